using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;
using Prongsai.Core.Organizations;

namespace Prongsai.Tests.Publishing;

/// <summary>The background pass visits only organizations with work waiting, and does that work.</summary>
public sealed class BackgroundJobsTests
{
    [Theory, Providers]
    public async Task One_pass_reads_pending_attachments_and_indexes_new_report_versions_of_the_organizations_that_need_it(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:Jobs:Enabled"] = "false" });
        var idle = await TestOrg.CreateAsync(app);
        var busy = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, busy, "แผน", ("plan.pdf", PublishingFixture.MinimalPdf));
        await PublishingFixture.PublishAsync(app, busy, document.Id);
        var seed = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "bangkha-2567-measures-report.txt"));
        var version = await PublishingFixture.AsOrgAsync(app, busy, async sp =>
        {
            var system = StaffActor.System("test");
            var imported = await sp.GetRequiredService<ImportReport>().RunAsync(new ImportReportRequest(system, new MemoryStream(seed), 2567, CreateDepartments: true));
            Assert.True(imported.Succeeded, string.Join(" ", imported.Errors.Select(e => e.Message)));
            var executive = new StaffActor("e", "ผู้บริหาร", null, new HashSet<Prongsai.Core.Organizations.OrgRole> { Prongsai.Core.Organizations.OrgRole.Executive }, new HashSet<int>());
            return (await sp.GetRequiredService<PublishMeasuresReport>().ApproveAndPublishAsync(executive, 2567)).Value!;
        });

        await Prongsai.Core.Jobs.BackgroundWorker.RunOnceAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), "test-node", CancellationToken.None);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.Equal(TextState.Done, await db.Attachments.IgnoreQueryFilters().Where(a => a.DocumentId == document.Id).Select(a => a.TextState).SingleAsync());
        Assert.True(await db.SearchEntries.IgnoreQueryFilters().AnyAsync(e =>
            e.OrganizationId == busy.Id && e.ItemType == LedgerItemTypes.MeasuresReport && e.ItemId == version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(await db.SearchEntries.IgnoreQueryFilters().AnyAsync(e => e.OrganizationId == idle.Id));
    }
}
