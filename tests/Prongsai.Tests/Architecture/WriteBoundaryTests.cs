using Prongsai.Tests.Foundation;

namespace Prongsai.Tests.Architecture;

/// <summary>
/// Every write goes through a use case in Prongsai.Core (docs/architecture.md): the web app and the command line
/// only read through the DbContext and never touch Identity's managers. Start-up code (Program, the database
/// preparation at start) is the exception.
/// </summary>
public sealed class WriteBoundaryTests
{
    private static readonly string[] DbWrites =
    [
        "SaveChanges", "SaveChangesAsync", "Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange",
        "Remove", "RemoveRange", "Attach", "AttachRange", "Entry",
    ];

    private static readonly (string Type, Func<string, bool> Member)[] Forbidden =
    [
        ("Microsoft.EntityFrameworkCore.DbContext", DbWrites.Contains),
        ("Prongsai.Core.Data.ProngsaiDbContext", DbWrites.Contains),
        ("Microsoft.EntityFrameworkCore.DbSet`1", DbWrites.Contains),
        ("Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions", m => m.StartsWith("Execute", StringComparison.Ordinal)),
        ("Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", m => m.StartsWith("Execute", StringComparison.Ordinal)),
        ("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade", m => m.StartsWith("BeginTransaction", StringComparison.Ordinal) || m.StartsWith("Execute", StringComparison.Ordinal)),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", m => m.StartsWith("BeginTransaction", StringComparison.Ordinal) || m.StartsWith("Execute", StringComparison.Ordinal)),
        ("Microsoft.AspNetCore.Identity.UserManager`1", _ => true),
        ("Microsoft.AspNetCore.Identity.SignInManager`1", _ => true),
    ];

    /// <summary>Start-up only: configuring Identity and migrating the database when the process starts.</summary>
    private static readonly string[] StartUp = ["Program", "<Program>$", "Prongsai.Web.Infrastructure.Startup"];

    public static TheoryData<string> Hosts => new() { "Prongsai.Web", "prongsai" };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Hosts_write_only_through_use_cases(string assembly)
    {
        var calls = IlCalls.Of(AssemblyPath(assembly));
        Assert.True(calls.Count > 1000, $"only {calls.Count} calls read from {assembly}: the reader is broken");

        var violations = calls
            .Where(c => !StartUp.Contains(c.CallerType))
            .Where(c => Forbidden.Any(f => f.Type == c.TargetType && f.Member(c.TargetMember)))
            .Select(c => $"{c.CallerType}.{c.CallerMethod} → {c.TargetType}.{c.TargetMember}")
            .Distinct()
            .ToList();
        Assert.True(violations.Count == 0, "Writes outside a Core use case:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_reader_sees_writes_in_Core()
    {
        // The same reader over Core must find the writes the use cases make, or the test above proves nothing.
        var calls = IlCalls.Of(AssemblyPath("Prongsai.Core"));
        Assert.Contains(calls, c => c.CallerType == "Prongsai.Core.Organizations.ManageDepartments"
            && c.TargetType == "Microsoft.EntityFrameworkCore.DbContext" && c.TargetMember == "SaveChangesAsync");
        Assert.Contains(calls, c => c.CallerType == "Prongsai.Core.Organizations.ManageDepartments"
            && c.TargetType == "Microsoft.EntityFrameworkCore.DbSet`1" && c.TargetMember == "Add");
        Assert.Contains(calls, c => c.CallerType == "Prongsai.Core.Organizations.SignIn.StaffSignIn"
            && c.TargetType == "Microsoft.AspNetCore.Identity.SignInManager`1");
    }

    private static string AssemblyPath(string name)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug" : "Release";
        var project = name == "prongsai" ? "Prongsai.Cli" : name;
        var path = Path.Combine(PermissionsDocumentTests.RepositoryRoot(), "src", project, "bin", configuration, "net10.0", name + ".dll");
        Assert.True(File.Exists(path), $"{path} not built");
        return path;
    }
}
