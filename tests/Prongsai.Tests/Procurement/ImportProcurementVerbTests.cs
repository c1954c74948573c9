using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Cli;
using Prongsai.Core.Data;
using Prongsai.Core.Procurement;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using C = Prongsai.Core.Procurement.Import.ProcurementColumns;

namespace Prongsai.Tests.Procurement;

/// <summary>prongsai import-procurement: the page's preview and errors on the command line, all or nothing.</summary>
public sealed class ImportProcurementVerbTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    [Theory, Providers]
    public async Task Bad_lines_exit_1_with_line_and_column_and_save_nothing_then_a_good_file_saves(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var folder = Directory.CreateTempSubdirectory("prongsai-procurement-cli-").FullName;
        var bad = Path.Combine(folder, "bad.csv");
        await File.WriteAllBytesAsync(bad, ProcurementCsv.Bytes(ProcurementCsv.Line("1"), ProcurementCsv.Line("2", (C.Budget, "1,2,3"))));
        var good = Path.Combine(folder, "good.csv");
        await File.WriteAllBytesAsync(good, ProcurementCsv.Bytes(ProcurementCsv.Line("1"), ProcurementCsv.Line("2")));

        var refused = await RunAsync(app.Settings, "import-procurement", bad, "--org", org.Slug, "--fiscal-year", "2568");
        Assert.Equal(1, refused.Code);
        Assert.Contains("แถวที่ 3 คอลัมน์ C \"วงเงินที่จะซื้อหรือจ้าง\": อ่านจำนวนเงินไม่ได้", refused.Error);
        var dry = await RunAsync(app.Settings, "import-procurement", good, "--org", org.Slug, "--fiscal-year", "2568", "--dry-run");
        Assert.True(dry.Code == 0, dry.Error);
        Assert.Contains("dry run", dry.Out);
        Assert.Equal(0, await CountAsync(app, org));

        var saved = await RunAsync(app.Settings, "import-procurement", good, "--org", org.Slug, "--fiscal-year", "2568");
        Assert.True(saved.Code == 0, saved.Error);
        Assert.Contains("saved 2 records", saved.Out);
        Assert.Equal(2, await CountAsync(app, org));
        Assert.Equal(2, (await RunAsync(app.Settings, "import-procurement", good, "--org", org.Slug)).Code);
    }

    private static async Task<int> CountAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<ProcurementRecord>().CountAsync();
    }
}
