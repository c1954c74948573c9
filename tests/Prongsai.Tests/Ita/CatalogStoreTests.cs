using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Json;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>Saved catalogs: shipped ones on first use, imports as revisions, all or nothing, checklists kept.</summary>
public sealed class CatalogStoreTests
{
    private static Task<Result<ImportCatalogOutcome>> ImportAsync(MeasuresTestHost host, byte[] bytes, bool dryRun = false, StaffActor? actor = null) =>
        host.UseAsync<ImportItaCatalog, Result<ImportCatalogOutcome>>(i =>
            i.RunAsync(new ImportCatalogRequest(actor ?? StaffActor.PlatformOperator(), new MemoryStream(bytes), DryRun: dryRun)));

    private static async Task<ImportCatalogOutcome> OutcomeAsync(MeasuresTestHost host, byte[] bytes, bool dryRun = false)
    {
        var result = await ImportAsync(host, bytes, dryRun);
        ItaTestData.Succeeded(result);
        return result.Value!;
    }

    private static byte[] Shipped(string name)
    {
        using var stream = ShippedCatalogs.Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Theory, Providers]
    public async Task Shipped_catalogs_are_saved_on_first_use_and_listed(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var listed = await host.UseAsync<ItaCatalogs, IReadOnlyList<CatalogListing>>(c => c.ListAsync());
        Assert.Equal([2569, 2568, 2567, 2566], listed.Select(l => l.FiscalYear));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync()));

        var fy2568 = await host.UseAsync<ItaCatalogs, CatalogVersion?>(c => c.LatestAsync(2568));
        Assert.NotNull(fy2568);
        Assert.Equal(26, fy2568.CurrentItems.Count());
        Assert.Equal(1, fy2568.Revision);
        var stored = await host.QueryAsync(db => db.Set<StoredCatalog>().SingleAsync());
        Assert.True(stored.Shipped);
        Assert.Equal(2568, stored.FiscalYear);
        Assert.Null(await host.UseAsync<ItaCatalogs, CatalogVersion?>(c => c.LatestAsync(2570)));
    }

    [Theory, Providers]
    public async Task Reimporting_the_shipped_lists_as_they_are_makes_no_revision(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        foreach (var (name, items) in new[] { ("lao-2567.json", 43), ("lao-2568.json", 26), ("lao-2569.json", 25) })
        {
            var result = await ImportAsync(host, Shipped(name));
            ItaTestData.Succeeded(result);
            Assert.Equal("json", result.Value!.Format);
            Assert.True(result.Value.Unchanged);
            Assert.False(result.Value.Saved);
            Assert.Equal(1, result.Value.Catalog.Revision); // the shipped one, saved first: the file says the same
            Assert.Equal(items, result.Value.Catalog.CurrentItems.Count());
        }

        Assert.Equal(3, await host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync()));
    }

    [Theory, Providers]
    public async Task A_changed_file_is_the_next_revision_and_the_same_file_again_creates_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var changed = ShippedCatalogs.Find(2568)! with { Label = "รายการ OIT ปีงบประมาณ พ.ศ. 2568 (ตรวจกับคู่มือแล้ว)" };
        var file = Encoding.UTF8.GetBytes(CatalogJson.Write(changed));

        var first = await OutcomeAsync(host, file);
        Assert.Equal((2, true, false), (first.Catalog.Revision, first.Saved, first.Unchanged));

        // The same content again, as JSON or as a dry run: nothing is saved, and the outcome names the newest revision.
        var again = await OutcomeAsync(host, file);
        Assert.Equal((2, false, true), (again.Catalog.Revision, again.Saved, again.Unchanged));
        var dry = await OutcomeAsync(host, file, dryRun: true);
        Assert.Equal((2, false, true), (dry.Catalog.Revision, dry.Saved, dry.Unchanged));
        Assert.Equal(2, await host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync(c => c.FiscalYear == 2568)));
        Assert.Equal(changed.Label, (await host.UseAsync<ItaCatalogs, CatalogVersion?>(c => c.LatestAsync(2568)))!.Label);
    }

    [Theory, Providers]
    public async Task A_malformed_sheet_gives_line_precise_errors_and_changes_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var rows = FlatSheet.FromCatalog(ShippedCatalogs.Find(2568)!, thai: false);
        rows[3][Array.IndexOf(FlatSheet.AllColumns, Core.Ita.Catalog.Flat.FlatColumn.Frequency)] = "fortnightly";
        rows[5][Array.IndexOf(FlatSheet.AllColumns, Core.Ita.Catalog.Flat.FlatColumn.Code)] = rows[2][Array.IndexOf(FlatSheet.AllColumns, Core.Ita.Catalog.Flat.FlatColumn.Code)];
        var before = await host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync());

        var result = await ImportAsync(host, Encoding.UTF8.GetBytes(FlatSheet.Csv(rows)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("บรรทัด 4", StringComparison.Ordinal) && e.Message.Contains("คอลัมน์", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("บรรทัด 6", StringComparison.Ordinal));
        Assert.Equal(before, await host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Only_the_platform_operator_imports_and_a_dry_run_saves_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var forbidden = await ImportAsync(host, Shipped("lao-2569.json"), actor: StaffActor.System(organizationId: host.OrganizationId));
        Assert.IsType<ForbiddenError>(Assert.Single(forbidden.Errors));

        var dry = await ImportAsync(host, Shipped("lao-2569.json"), dryRun: true);
        ItaTestData.Succeeded(dry);
        Assert.False(dry.Value!.Saved);
        Assert.Equal(1, await host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync())); // only the shipped revision 1
    }

    [Theory, Providers]
    public async Task A_reimport_without_an_item_keeps_the_checklist_and_the_retired_items_evidence(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.OpenAsync(host, 2568);
        var newsItem = await ItaTestData.ItemAsync(host, 2568, "news");
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e =>
            e.AddExternalAsync(ItaTestData.System(host), newsItem.Id, new ExternalEvidenceInput("https://example.go.th/news", "ข่าว"))));

        // The operator's corrected sheet drops the news item (O4) and keeps the rest, without a key column.
        var rows = FlatSheet.FromCatalog(ShippedCatalogs.Find(2568)!, thai: true, withKey: false);
        var code = Array.IndexOf(FlatSheet.AllColumns.Where(c => c != Core.Ita.Catalog.Flat.FlatColumn.Key).ToArray(), Core.Ita.Catalog.Flat.FlatColumn.Code);
        rows.RemoveAll(r => r[code] == "O4");
        var result = await ImportAsync(host, Encoding.UTF8.GetBytes(FlatSheet.Csv(rows)));

        ItaTestData.Succeeded(result);
        Assert.Equal(["news"], result.Value!.Changes.Retired);
        var view = await host.UseAsync<ChecklistReader, ChecklistView?>(r => r.GetAsync(2568));
        Assert.NotNull(view);
        Assert.Equal(2, view.Catalog.Revision);
        var retired = Assert.Single(view.Rows, r => r.Item.Key == "news");
        Assert.True(retired.IsRetired);
        Assert.Equal("https://example.go.th/news", Assert.Single(retired.Confirmed).Url);
        Assert.Equal(25, view.Current.Count());
        Assert.Equal(26, await host.QueryAsync(db => db.Set<ItaChecklistItem>().CountAsync()));
    }
}
