using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures.Publishing;

/// <summary>Keeps the latest published version of each measures report in the search index.</summary>
public sealed class MeasuresReportIndexer(ProngsaiDbContext db, CurrentOrganization organization, SearchIndex index, TimeProvider clock) : ISearchIndexer
{
    public string Name => "measures-report-index";

    public string ItemType => LedgerItemTypes.MeasuresReport;

    /// <summary>As the other search indexers: after an upgrade that clears every mark, one tick does not hold the worker
    /// for every organization of a large installation.</summary>
    public const int OrganizationsPerTick = StampedSearchIndexer.OrganizationsPerTick;

    /// <summary>Organizations with a report version the indexer has not seen yet (a partial index keeps this cheap).</summary>
    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext db) =>
        db.MeasureReportVersions.IgnoreQueryFilters().Where(v => v.SearchIndexedAt == null).Select(v => v.OrganizationId)
            .Distinct().OrderBy(id => id).Take(OrganizationsPerTick);

    /// <summary>
    /// The latest published version of each measures plan is searchable; older versions are not. Every version read
    /// here is then marked as seen, so the worker stops asking until the next publication; one published meanwhile
    /// was not read and stays unmarked.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var organizationId = organization.OrganizationId!.Value;
        var versions = await db.MeasureReportVersions.AsNoTracking()
            .Select(v => new { v.Id, v.PlanId, v.Version, v.FiscalYear, v.PublishedAt, v.SearchIndexedAt })
            .ToListAsync(cancellationToken);
        var latest = versions.GroupBy(v => v.PlanId).Select(g => g.MaxBy(v => v.Version)!).ToList();
        var wanted = latest.Select(v => v.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var indexed = await db.SearchEntries.Where(e => e.ItemType == LedgerItemTypes.MeasuresReport).Select(e => e.ItemId).ToListAsync(cancellationToken);
        foreach (var stale in indexed.Where(id => !wanted.Contains(id)))
        {
            await index.RemoveAsync(organizationId, LedgerItemTypes.MeasuresReport, stale, cancellationToken);
        }

        // A version not seen yet is indexed again even when it has an entry: an upgrade that changes what is indexed
        // clears the marks (migration ReindexMeasuresReports).
        foreach (var version in latest.Where(v => v.SearchIndexedAt is null || !indexed.Contains(v.Id.ToString(CultureInfo.InvariantCulture))))
        {
            var json = await db.MeasureReportVersions.AsNoTracking().Where(v => v.Id == version.Id).Select(v => v.SnapshotJson).FirstAsync(cancellationToken);
            var (title, text) = ReadSnapshot(json);
            title = string.IsNullOrWhiteSpace(title)
                ? string.Create(CultureInfo.InvariantCulture, $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {version.FiscalYear}")
                : title;
            await index.UpsertAsync(organizationId, LedgerItemTypes.MeasuresReport, version.Id.ToString(CultureInfo.InvariantCulture), title,
                string.Create(CultureInfo.InvariantCulture, $"/{organization.Slug}/measures/{version.FiscalYear}"), text,
                null, version.FiscalYear, version.PublishedAt, cancellationToken);
        }

        var seen = versions.Select(v => v.Id).ToList();
        var now = clock.GetUtcNow();
        await db.MeasureReportVersions.Where(v => v.SearchIndexedAt == null && seen.Contains(v.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.SearchIndexedAt, now), cancellationToken);
    }

    /// <summary>
    /// Strings of the snapshot that are codes, not words a reader searches for or should see in a snippet: the
    /// organization's slug, the publication time, a period's year-months and a measure's status ("done").
    /// </summary>
    private static readonly HashSet<string> Codes = new(
        new[]
        {
            nameof(MeasuresReport.Organization), nameof(MeasuresReport.PublishedAt), nameof(ReportPeriod.Start),
            nameof(ReportPeriod.End), nameof(MeasureReportItem.Status),
        }.Select(JsonNamingPolicy.CamelCase.ConvertName),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The snapshot's title (a "title" property at the top) and every string in it but the codes, for search.</summary>
    internal static (string? Title, string Text) ReadSnapshot(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            string? title = null;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name.Equals("title", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        title = Prongsai.Core.Text.PlainText.FromHtml(property.Value.GetString());
                    }
                }
            }

            var sb = new StringBuilder();
            Collect(document.RootElement, sb);
            return (title, sb.ToString());
        }
        catch (JsonException)
        {
            return (null, "");
        }
    }

    private static void Collect(JsonElement element, StringBuilder sb)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                sb.Append(Prongsai.Core.Text.PlainText.FromHtml(element.GetString())).Append('\n');
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => !Codes.Contains(p.Name)))
                {
                    Collect(property.Value, sb);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, sb);
                }

                break;
        }
    }
}
