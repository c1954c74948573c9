using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Jobs;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>
/// The worker finds new report versions through their "seen by the indexer" mark, not by comparing every version
/// with the search index; a run indexes the latest version, drops the older one's entry and marks both seen.
/// </summary>
public sealed class ReportSearchIndexingTests
{
    [Theory, Providers]
    public async Task A_published_version_is_work_until_the_indexer_has_seen_it_and_only_the_latest_is_searchable(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(imported.Succeeded);
        Assert.Empty(await WorkAsync(host));

        var first = await PublishAsync(host);
        Assert.Equal([host.OrganizationId], await WorkAsync(host));

        await host.RunBackgroundJobsAsync();
        Assert.Empty(await WorkAsync(host));
        Assert.Equal([first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], await EntriesAsync(host));
        Assert.Equal(host.Clock.GetUtcNow(), await host.QueryAsync(db => db.MeasureReportVersions.Where(v => v.Id == first.Id).Select(v => v.SearchIndexedAt).SingleAsync()));

        // The words of the report, not its codes: a snippet must not start with "bangkha 2024-10-15T03:00:00Z".
        var text = await host.QueryAsync(db => db.SearchEntries.IgnoreQueryFilters()
            .Where(e => e.ItemType == LedgerItemTypes.MeasuresReport).Select(e => e.Text).SingleAsync());
        Assert.Contains("คู่มือ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slug, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}", text);
        Assert.DoesNotMatch(@"\b(" + string.Join('|', Core.Measures.Progress.MeasureStatus.All) + @")\b", text);

        var second = await PublishAsync(host);
        Assert.Equal([host.OrganizationId], await WorkAsync(host));
        await host.RunBackgroundJobsAsync();

        Assert.Empty(await WorkAsync(host));
        Assert.Equal([second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], await EntriesAsync(host));
        Assert.Equal(0, await host.QueryAsync(db => db.MeasureReportVersions.CountAsync(v => v.SearchIndexedAt == null)));

        // An upgrade that changes what is indexed clears the marks (migration ReindexMeasuresReports): the entry that
        // exists is written again.
        await host.QueryAsync(db => db.SearchEntries.IgnoreQueryFilters().Where(e => e.ItemType == LedgerItemTypes.MeasuresReport)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Text, "bangkha 2024-10-15T03:00:00Z")));
        await host.QueryAsync(db => db.MeasureReportVersions.ExecuteUpdateAsync(u => u.SetProperty(v => v.SearchIndexedAt, (DateTimeOffset?)null)));
        await host.RunBackgroundJobsAsync();
        var rewritten = await host.QueryAsync(db => db.SearchEntries.IgnoreQueryFilters()
            .Where(e => e.ItemType == LedgerItemTypes.MeasuresReport).Select(e => e.Text).SingleAsync());
        Assert.Contains("คู่มือ", rewritten, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.MeasureReportVersions.CountAsync(v => v.SearchIndexedAt == null)));
    }

    private static async Task<MeasureReportVersion> PublishAsync(MeasuresTestHost host)
    {
        var published = await host.UseAsync<PublishMeasuresReport, Result<MeasureReportVersion>>(p => p.ApproveAndPublishAsync(MeasuresTestHost.Executive, 2567));
        Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
        return published.Value!;
    }

    private static Task<List<int>> WorkAsync(MeasuresTestHost host) => host.RunAsync(sp =>
    {
        var indexer = sp.GetServices<IBackgroundJob>().OfType<MeasuresReportIndexer>().Single();
        return indexer.OrganizationsWithWork(sp.GetRequiredService<Core.Data.ProngsaiDbContext>()).Distinct().ToListAsync();
    });

    private static Task<List<string>> EntriesAsync(MeasuresTestHost host) => host.QueryAsync(db =>
        db.SearchEntries.IgnoreQueryFilters().Where(e => e.ItemType == LedgerItemTypes.MeasuresReport).Select(e => e.ItemId).ToListAsync());
}
