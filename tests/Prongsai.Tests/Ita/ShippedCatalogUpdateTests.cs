using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Json;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>
/// A saved catalog older than the file this release ships: offered when it is an unchanged earlier shipped file, only
/// mentioned when it is the operator's own import, taken as the next revision by the Operator alone, with an audit record.
/// </summary>
public sealed class ShippedCatalogUpdateTests
{
    private const int Year = 2568;
    private static readonly StaffActor Operator = StaffActor.PlatformOperator("ผู้ดูแลแพลตฟอร์มทดสอบ");

    /// <summary>The FY2568 list as a release before the feature mappings shipped it: the same file without them.</summary>
    internal static CatalogVersion ShippedBeforeFeatureMappings(int fiscalYear = Year)
    {
        var shipped = ShippedCatalogs.Find(fiscalYear)!;
        return shipped with { Revision = 1, Mapping = shipped.Mapping.Where(m => m.Source.Kind != EvidenceSourceKind.Feature).ToList() };
    }

    /// <summary>Saves a revision as an earlier release (shipped) or an operator's import would have.</summary>
    internal static async Task SaveAsync(IServiceProvider services, CatalogVersion catalog, bool shipped)
    {
        var db = services.GetRequiredService<ProngsaiDbContext>();
        db.Set<StoredCatalog>().Add(new StoredCatalog
        {
            FiscalYear = catalog.FiscalYear,
            Variant = catalog.Variant,
            Revision = catalog.Revision,
            Label = catalog.Label,
            Unconfirmed = catalog.Unconfirmed,
            Json = CatalogJson.Write(catalog),
            Shipped = shipped,
            SavedAt = DateTimeOffset.UnixEpoch,
            SavedBy = shipped ? "prongsai" : "operator",
        });
        await db.SaveChangesAsync();
    }

    private static Task<IReadOnlyList<ShippedCatalogUpdate>> ListAsync(MeasuresTestHost host) =>
        host.UseAsync<ShippedCatalogUpdates, IReadOnlyList<ShippedCatalogUpdate>>(u => u.ListAsync());

    private static Task<Result<ShippedCatalogUpdate>> TakeAsync(MeasuresTestHost host, StaffActor actor, int fromRevision, int fiscalYear = Year) =>
        host.UseAsync<TakeShippedItaCatalog, Result<ShippedCatalogUpdate>>(t =>
            t.RunAsync(new TakeShippedCatalogRequest(actor, fiscalYear, CatalogVersion.DefaultVariant, fromRevision)));

    private static Task<int> RevisionsAsync(MeasuresTestHost host) =>
        host.QueryAsync(db => db.Set<StoredCatalog>().CountAsync(c => c.FiscalYear == Year));

    private static int FeatureLinks(CatalogVersion catalog) =>
        catalog.Mapping.Where(m => m.Source.Kind == EvidenceSourceKind.Feature).Sum(m => m.Items.Count);

    [Theory, Providers]
    public async Task An_earlier_shipped_catalog_is_offered_and_taken_as_the_next_revision_with_an_audit_record(DbProvider provider)
    {
        // FY2568 is under way, so its gift report page exists (a year without gifts still has one).
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 6, 2));
        await host.RunAsync(async sp => { await SaveAsync(sp, ShippedBeforeFeatureMappings(), shipped: true); return 0; });
        await ItaTestData.OpenAsync(host, Year);
        Assert.DoesNotContain((await ItaTestData.ItemAsync(host, Year, "gift-report")).Evidence, e => e.Kind == ItaEvidenceKind.FeaturePage);

        var update = Assert.Single(await ListAsync(host));
        Assert.Equal((Year, "lao", 1, true, 2), (update.FiscalYear, update.Variant, update.CurrentRevision, update.CurrentIsShipped, update.Next.Revision));
        Assert.Equal(FeatureLinks(ShippedCatalogs.Find(Year)!), update.Difference.LinksAdded);
        Assert.Equal(0, update.Difference.LinksRemoved);
        Assert.Empty(update.Difference.Items.Added);
        Assert.Empty(update.Difference.Items.Retired);
        Assert.Empty(update.Difference.Reworded);
        Assert.False(update.Difference.OtherDetails);

        var taken = await TakeAsync(host, Operator, fromRevision: 1);

        ItaTestData.Succeeded(taken);
        var saved = await host.QueryAsync(db => db.Set<StoredCatalog>().SingleAsync(c => c.FiscalYear == Year && c.Revision == 2));
        Assert.True(saved.Shipped); // so that a later release may offer its own file again
        Assert.Equal(Operator.UserName, saved.SavedBy);
        Assert.Equal(CatalogJson.Write(ShippedCatalogs.Find(Year)! with { Revision = 2 }), saved.Json);
        var audit = await host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(
            a => a.Entity == nameof(StoredCatalog) && a.EntityId == saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(AuditActions.Create, audit.Action);
        Assert.Contains(Operator.UserName, audit.Changes, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(host));

        // The checklist follows the new revision as after any import: same rows, and the gift report is now suggested.
        var view = await host.UseAsync<ChecklistReader, ChecklistView?>(r => r.GetAsync(Year));
        Assert.Equal(2, view!.Catalog.Revision);
        Assert.Equal(26, view.Current.Count());
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.SuggestAsync(ItaTestData.System(host), Year)));
        Assert.Contains((await ItaTestData.ItemAsync(host, Year, "gift-report")).Evidence,
            e => e.Kind == ItaEvidenceKind.FeaturePage && e.State == ItaEvidenceState.Suggested);
    }

    [Theory, Providers]
    public async Task An_operators_own_import_is_said_to_differ_but_never_recommended_or_replaced_unasked(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await host.RunAsync(async sp => { await SaveAsync(sp, ShippedBeforeFeatureMappings(), shipped: true); return 0; });
        var own = ShippedBeforeFeatureMappings() with { Label = "รายการ OIT ปีงบประมาณ พ.ศ. 2568 (ตรวจกับคู่มือแล้ว)", Unconfirmed = false };
        var imported = await host.UseAsync<ImportItaCatalog, Result<ImportCatalogOutcome>>(i => i.RunAsync(
            new ImportCatalogRequest(Operator, new MemoryStream(Encoding.UTF8.GetBytes(CatalogJson.Write(own))))));
        ItaTestData.Succeeded(imported);

        var update = Assert.Single(await ListAsync(host));
        Assert.False(update.CurrentIsShipped);
        Assert.Equal(2, update.CurrentRevision);
        Assert.True(update.Difference.OtherDetails); // the label the operator wrote

        // Reading, listing and checklists leave the operator's revision in place.
        await ItaTestData.OpenAsync(host, Year);
        var latest = await host.UseAsync<ItaCatalogs, CatalogVersion?>(c => c.LatestAsync(Year));
        Assert.Equal((2, own.Label), (latest!.Revision, latest.Label));
        Assert.Equal(2, await RevisionsAsync(host));

        // A confirmation made on what revision 1 looked like is refused now that revision 2 exists.
        var stale = await TakeAsync(host, Operator, fromRevision: 1);
        Assert.IsType<ConflictError>(Assert.Single(stale.Errors));
        Assert.Equal(2, await RevisionsAsync(host));
    }

    [Theory, Providers]
    public async Task A_catalog_saved_from_this_releases_file_is_up_to_date_and_nothing_is_offered(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.Empty(await ListAsync(host)); // nothing saved yet: first use will save this release's file
        await host.UseAsync<ItaCatalogs, CatalogVersion?>(c => c.LatestAsync(Year));

        Assert.Empty(await ListAsync(host));
        var taken = await TakeAsync(host, Operator, fromRevision: 1);
        Assert.IsType<NotFoundError>(Assert.Single(taken.Errors));
        Assert.Equal(1, await RevisionsAsync(host));
    }

    [Theory, Providers]
    public async Task Only_the_platform_operator_takes_a_shipped_catalog(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await host.RunAsync(async sp => { await SaveAsync(sp, ShippedBeforeFeatureMappings(), shipped: true); return 0; });

        foreach (var actor in new[] { StaffActor.System("ผู้ดูแลหน่วยงาน", host.OrganizationId), MeasuresTestHost.Executive })
        {
            var refused = await TakeAsync(host, actor, fromRevision: 1);
            Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));
        }

        Assert.Equal(1, await RevisionsAsync(host));
        Assert.Single(await ListAsync(host));
    }
}
