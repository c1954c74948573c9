using Microsoft.Extensions.DependencyInjection;
using Prongsai.Cli;
using Prongsai.Core.Tenancy;

namespace Prongsai.Tests.Infrastructure;

/// <summary>The admin command line run in-process against a test app's database, and files for it in a folder of their own.</summary>
internal static class CommandLine
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(ProngsaiApp app, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, app.Settings);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes the bytes to a new temporary folder under the name given, and returns the path.</summary>
    public static string TempFile(string name, byte[] content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prongsai-cli-").FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Reads the organization's data as the command line left it.</summary>
    public static async Task<T> QueryAsync<T>(ProngsaiApp app, TestOrg org, Func<Core.Data.ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<Core.Data.ProngsaiDbContext>());
    }
}
