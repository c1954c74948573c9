using Microsoft.EntityFrameworkCore;
using Prongsai.Cli;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Json;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Ita;

/// <summary>
/// prongsai ita-catalog-updates: lists what the Operator's page offers after an upgrade and takes it with --take, an
/// Operator's own import only with --replace-own-import. Its own database: catalogs belong to the whole installation.
/// </summary>
public sealed class ItaCatalogUpdatesCommandTests
{
    private const int Year = 2568;

    private static async Task<(int Code, string Out, string Error)> RunAsync(ProngsaiApp app, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, app.Settings);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<List<StoredCatalog>> RevisionsAsync(ProngsaiApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<StoredCatalog>().AsNoTracking()
            .Where(c => c.FiscalYear == Year).OrderBy(c => c.Revision).ToListAsync();
    }

    [Theory, Providers]
    public async Task An_earlier_shipped_catalog_is_listed_then_taken_and_nothing_is_left_to_take(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ShippedCatalogUpdateTests.SaveAsync(scope.ServiceProvider, ShippedCatalogUpdateTests.ShippedBeforeFeatureMappings(), shipped: true);
        }

        var listed = await RunAsync(app, "ita-catalog-updates");
        Assert.True(listed.Code == 0, listed.Error);
        Assert.Contains("fiscal year 2568 (lao) ฉบับที่ / revision 1 → 2", listed.Out, StringComparison.Ordinal);
        Assert.Contains("มากับโปรแกรมรุ่นก่อน", listed.Out, StringComparison.Ordinal);
        Assert.Contains("ระบบแนะนำหลักฐานให้ได้เพิ่มขึ้น", listed.Out, StringComparison.Ordinal);
        Assert.Single(await RevisionsAsync(app));

        Assert.Equal(2, (await RunAsync(app, "ita-catalog-updates", "--take", "68")).Code);
        var none = await RunAsync(app, "ita-catalog-updates", "--take", "2568", "--variant", "municipality");
        Assert.Equal(1, none.Code);
        Assert.Single(await RevisionsAsync(app));

        var taken = await RunAsync(app, "ita-catalog-updates", "--take", "2568");
        Assert.True(taken.Code == 0, taken.Error);
        Assert.Contains("saved as revision 2", taken.Out, StringComparison.Ordinal);
        var revisions = await RevisionsAsync(app);
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        Assert.True(revisions[1].Shipped);
        Assert.Equal(CatalogJson.Write(ShippedCatalogs.Find(Year)! with { Revision = 2 }), revisions[1].Json);

        Assert.Contains("ตรงกับที่มากับโปรแกรมรุ่นนี้ทุกปี", (await RunAsync(app, "ita-catalog-updates")).Out, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync(app, "ita-catalog-updates", "--take", "2568")).Code);
    }

    [Theory, Providers]
    public async Task An_operators_own_import_is_replaced_only_when_asked(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var own = ShippedCatalogUpdateTests.ShippedBeforeFeatureMappings() with { Label = "รายการ OIT 2568 (ตรวจกับคู่มือแล้ว)", Unconfirmed = false };
            await ShippedCatalogUpdateTests.SaveAsync(scope.ServiceProvider, own, shipped: false);
        }

        Assert.Contains("นำเข้าโดยผู้ดูแลระบบ", (await RunAsync(app, "ita-catalog-updates")).Out, StringComparison.Ordinal);
        var refused = await RunAsync(app, "ita-catalog-updates", "--take", "2568");
        Assert.Equal(1, refused.Code);
        Assert.Contains("--replace-own-import", refused.Error, StringComparison.Ordinal);
        Assert.Single(await RevisionsAsync(app));

        var taken = await RunAsync(app, "ita-catalog-updates", "--take", "2568", "--replace-own-import");
        Assert.True(taken.Code == 0, taken.Error);
        Assert.Equal([1, 2], (await RevisionsAsync(app)).Select(r => r.Revision));
    }
}
