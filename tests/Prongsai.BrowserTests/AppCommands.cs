using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Prongsai.Cli;
using Xunit.Sdk;

namespace Prongsai.BrowserTests;

/// <summary>
/// The app's own command line (<see cref="CliApp"/>), run in-process against the database and data directory of
/// the running <see cref="AppServer"/>: how the journeys create their fresh organizations, accounts and imports,
/// the way an operator would.
/// </summary>
public sealed partial class AppCommands(AppServer app)
{
    /// <summary>The seed report (the text the measures feature was built from), as the unit tests use it.</summary>
    public static string SeedReportPath =>
        Path.Combine(RepoPaths.RepoRoot, "tests", "Prongsai.Tests", "TestData", "bangkha-2567-measures-report.txt");

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Runs a verb; fails the test with its output unless it exits with 0. Returns standard output.</summary>
    public string Run(params string[] args)
    {
        var (code, output, error) = RunAllowingFailure(args);
        if (code != CliApp.Ok)
        {
            throw new XunitException(
                $"prongsai {string.Join(' ', args)} exited with {code}.\nstdout:\n{output}\nstderr:\n{error}");
        }

        return output;
    }

    public (int Code, string Output, string Error) RunAllowingFailure(params string[] args)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Prongsai"] = app.ConnectionString,
            ["Prongsai:DataDirectory"] = app.DataDirectory,
        };
        using var output = new StringWriter();
        using var error = new StringWriter();
        OneAtATime.Wait();
        try
        {
            var code = CliApp.RunAsync(args, output, error, settings).GetAwaiter().GetResult();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>
    /// create-org with a new, unused slug (PREFIX-xxxxxx) and the standard departments
    /// (สำนักปลัด, กองคลัง, กองช่าง, กองการศึกษา ศาสนาและวัฒนธรรม). Returns the slug.
    /// </summary>
    public string CreateOrganization(string prefix, string name)
    {
        var slug = $"{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        Run("create-org", "--slug", slug, "--name", name, "--kind", "Sao", "--province", "สมุทรสาคร");
        return slug;
    }

    /// <summary>import-report of the seed report into a fiscal year of the organization (a draft plan).</summary>
    public string ImportSeedReport(string slug, int fiscalYear) =>
        Run("import-report", SeedReportPath, "--org", slug, "--fiscal-year", fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>create-user; returns the one-time password it prints.</summary>
    public string CreateUser(string slug, string email, string role, string? department = null, string? name = null)
    {
        List<string> args = ["create-user", "--org", slug, "--email", email, "--role", role, "--name", name ?? email];
        if (department is not null)
        {
            args.AddRange(["--department", department]);
        }

        var output = Run([.. args]);
        var match = OneTimePassword().Match(output);
        return match.Success
            ? match.Groups[1].Value
            : throw new XunitException($"create-user printed no one-time password:\n{output}");
    }

    /// <summary>create-user, then reset-password --password: an account that signs in without the first-time change.</summary>
    public void CreateUserWithPassword(string slug, string email, string role, string password, string? department = null, string? name = null)
    {
        CreateUser(slug, email, role, department, name);
        Run("reset-password", "--email", email, "--password", password);
    }

    [GeneratedRegex(@"one-time password:\s*(\S+)")]
    private static partial Regex OneTimePassword();
}
