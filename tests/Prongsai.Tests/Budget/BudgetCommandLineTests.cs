using Prongsai.Cli;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Budget;

/// <summary>prongsai import-budget, in-process against a real database: the same preview, errors and all-or-nothing as the page.</summary>
public sealed class BudgetCommandLineTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    [Theory, Providers]
    public async Task Import_budget_dry_runs_refuses_bad_files_with_their_rows_and_saves_a_good_one(DbProvider provider)
    {
        var app = Apps.For(provider);
        var slug = "b" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await RunAsync(app.Settings, "create-org", "--slug", slug, "--name", "องค์การบริหารส่วนตำบลทดสอบงบ")).Code);
        using var folder = new TempDirectory();
        var good = Path.Combine(folder.Path, "plan.csv");
        await File.WriteAllBytesAsync(good, PlanCsv());
        var rows = PlanRows();
        rows[1][8] = "10^20";
        var bad = Path.Combine(folder.Path, "bad.csv");
        await File.WriteAllBytesAsync(bad, Csv(PlanHeader, rows));

        var usage = await RunAsync(app.Settings, "import-budget", good, "--org", slug);
        Assert.Equal(2, usage.Code);

        var dry = await RunAsync(app.Settings, "import-budget", good, "--org", slug, "--fiscal-year", "2568", "--dry-run");
        Assert.True(dry.Code == 0, dry.Error);
        Assert.Contains("plan lines: 4", dry.Out, StringComparison.Ordinal);
        Assert.Contains("[months-over-amount] แถว/row 4:", dry.Out, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing saved", dry.Out, StringComparison.Ordinal);

        var refused = await RunAsync(app.Settings, "import-budget", bad, "--org", slug, "--fiscal-year", "2568");
        Assert.Equal(1, refused.Code);
        Assert.Contains("แถวที่ 3 คอลัมน์ \"จำนวนเงิน\": อ่านจำนวนเงินไม่ได้: \"10^20\"", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", refused.Error, StringComparison.Ordinal);

        var saved = await RunAsync(app.Settings, "import-budget", good, "--org", slug, "--fiscal-year", "2568");
        Assert.True(saved.Code == 0, saved.Error);
        Assert.Contains("บันทึกแล้ว / saved", saved.Out, StringComparison.Ordinal);
        var again = await RunAsync(app.Settings, "import-budget", good, "--org", slug, "--fiscal-year", "2568");
        Assert.Equal(1, again.Code);
        Assert.Contains("--replace", again.Error, StringComparison.Ordinal);
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("prongsai-budget-cli-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
