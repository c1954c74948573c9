using System.Text;
using Prongsai.Cli;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Ita;

/// <summary>prongsai import-ita-catalog: exit 0 saved or dry run, 1 with every error and its line, 2 on wrong usage.</summary>
public sealed class ImportCatalogCommandTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    [Theory, Providers]
    public async Task Import_dry_run_errors_and_usage(DbProvider provider)
    {
        var app = Apps.For(provider);
        var directory = Directory.CreateTempSubdirectory("prongsai-ita-cli-").FullName;
        try
        {
            var good = Path.Combine(directory, "lao-2569.csv");
            await File.WriteAllTextAsync(good, FlatSheet.Csv(FlatSheet.FromCatalog(ShippedCatalogs.Find(2569)!, thai: true)), Encoding.UTF8);
            var rows = FlatSheet.FromCatalog(ShippedCatalogs.Find(2569)!, thai: false);
            rows[2][Array.IndexOf(FlatSheet.AllColumns, FlatColumn.FiscalYear)] = "2570";
            var bad = Path.Combine(directory, "bad.csv");
            await File.WriteAllTextAsync(bad, FlatSheet.Csv(rows), Encoding.UTF8);

            var dry = await RunAsync(app.Settings, "import-ita-catalog", good, "--dry-run");
            Assert.True(dry.Code == 0, dry.Error);
            Assert.Contains("dry run", dry.Out, StringComparison.Ordinal);

            var saved = await RunAsync(app.Settings, "import-ita-catalog", good);
            Assert.True(saved.Code == 0, saved.Error);
            Assert.Contains("saved", saved.Out, StringComparison.Ordinal);

            // The same file again changes nothing, and says so.
            var again = await RunAsync(app.Settings, "import-ita-catalog", good);
            Assert.True(again.Code == 0, again.Error);
            Assert.Contains("ไม่มีอะไรเปลี่ยน", again.Out, StringComparison.Ordinal);
            Assert.Contains("Nothing changed", again.Out, StringComparison.Ordinal);

            var failed = await RunAsync(app.Settings, "import-ita-catalog", bad);
            Assert.Equal(1, failed.Code);
            Assert.Contains("บรรทัด 3", failed.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was saved", failed.Error, StringComparison.Ordinal);

            Assert.Equal(2, (await RunAsync(app.Settings, "import-ita-catalog")).Code);
            Assert.Equal(2, (await RunAsync(app.Settings, "import-ita-catalog", good, "--variant", "Not Valid")).Code);
            Assert.Equal(1, (await RunAsync(app.Settings, "import-ita-catalog", Path.Combine(directory, "none.csv"))).Code);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
