namespace Prongsai.Tests.Infrastructure;

public enum DbProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Runs a theory once per database provider: every data and HTTP test covers both.</summary>
public sealed class ProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        [[DbProvider.Sqlite], [DbProvider.Postgres]];
}
