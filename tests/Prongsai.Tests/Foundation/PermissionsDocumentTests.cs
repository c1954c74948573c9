using Prongsai.Core.Organizations;

namespace Prongsai.Tests.Foundation;

/// <summary>docs/permissions.md is the matrix people read; this keeps it equal to the features' declarations the code enforces.</summary>
public sealed class PermissionsDocumentTests
{
    [Fact]
    public void The_documented_matrix_is_the_enforced_matrix()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "permissions.md");
        var lines = File.ReadAllLines(path);
        var roles = Enum.GetValues<OrgRole>();
        var header = lines.Single(l => l.StartsWith("| Permission |", StringComparison.Ordinal))
            .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToArray();
        Assert.Equal(roles.Select(r => r.ToString()), header);

        var registry = Prongsai.Core.Features.FeatureRegistry.Current;
        Assert.NotEmpty(registry.Permissions);
        foreach (var permission in registry.Permissions.Select(p => p.Key))
        {
            var row = lines.SingleOrDefault(l => l.StartsWith($"| `{permission}`", StringComparison.Ordinal));
            Assert.True(row is not null, $"{permission} is missing from docs/permissions.md");
            var cells = row!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToArray();
            for (var i = 0; i < roles.Length; i++)
            {
                Assert.True(registry.Allows([roles[i]], permission) == (cells[i] == "✔"), $"{permission} / {roles[i]}");
            }
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Prongsai.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Prongsai.slnx not found above the test output.");
    }
}
