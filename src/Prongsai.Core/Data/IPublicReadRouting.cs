namespace Prongsai.Core.Data;

/// <summary>
/// Whether this scope's database context may read from the read replica (ConnectionStrings:ProngsaiReadOnly).
/// True only for an anonymous public GET: staff pages, signed-in sessions and every write use the primary.
/// </summary>
public interface IPublicReadRouting
{
    bool UseReadReplica { get; }
}

/// <summary>Every context on the primary: the CLI, background jobs, and the app without a replica.</summary>
public sealed class PrimaryOnlyRouting : IPublicReadRouting
{
    public bool UseReadReplica => false;
}
