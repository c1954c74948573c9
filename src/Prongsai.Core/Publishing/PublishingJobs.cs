using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Ledger;
using Prongsai.Core.Search;
using Prongsai.Core.Storage;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>
/// The publishing work that runs in the background, per organization: scheduled documents
/// whose time has come, reading attachments' text for search (state visible to staff), and
/// indexing published measures reports.
/// </summary>
public sealed class PublishingJobs(
    ProngsaiDbContext db, CurrentOrganization organization, PublishDocument publish, DocumentIndexer indexer,
    SearchIndex index, IFileStore store, IAttachmentTextExtractor extractor)
{
    public async Task RunAsync(int attachmentsPerRun = 5, CancellationToken cancellationToken = default)
    {
        await publish.PublishDueAsync(cancellationToken);
        await ExtractPendingAsync(attachmentsPerRun, cancellationToken);
        await IndexMeasuresReportsAsync(cancellationToken);
    }

    public async Task<int> ExtractPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        var pending = await db.Attachments.Where(a => a.TextState == TextState.Pending).OrderBy(a => a.Id).Take(max).ToListAsync(cancellationToken);
        foreach (var attachment in pending)
        {
            await using (var content = await store.OpenReadAsync(attachment.FileKey, cancellationToken))
            {
                var result = content is null
                    ? new ExtractedText(TextState.Failed, null, "ไม่พบไฟล์ในที่เก็บ / file missing")
                    : await extractor.ExtractAsync(content, attachment.Kind, cancellationToken);
                attachment.TextState = result.State;
                attachment.ExtractedText = result.Text;
                attachment.TextNote = result.Note is { Length: > 500 } note ? note[..500] : result.Note;
            }

            await db.SaveChangesAsync(cancellationToken);
            var document = await db.Documents.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == attachment.DocumentId, cancellationToken);
            if (document?.Status == DocumentStatus.Published)
            {
                await indexer.IndexAsync(organization.Slug!, document, cancellationToken);
            }
        }

        return pending.Count;
    }

    /// <summary>The latest published version of each measures plan is searchable; older versions are not.</summary>
    public async Task IndexMeasuresReportsAsync(CancellationToken cancellationToken = default)
    {
        var organizationId = organization.OrganizationId!.Value;
        var versions = await db.MeasureReportVersions.AsNoTracking()
            .Select(v => new { v.Id, v.PlanId, v.Version, v.FiscalYear, v.PublishedAt })
            .ToListAsync(cancellationToken);
        var latest = versions.GroupBy(v => v.PlanId).Select(g => g.MaxBy(v => v.Version)!).ToList();
        var wanted = latest.Select(v => v.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var indexed = await db.SearchEntries.Where(e => e.ItemType == LedgerItemTypes.MeasuresReport).Select(e => e.ItemId).ToListAsync(cancellationToken);
        foreach (var stale in indexed.Where(id => !wanted.Contains(id)))
        {
            await index.RemoveAsync(organizationId, LedgerItemTypes.MeasuresReport, stale, cancellationToken);
        }

        foreach (var version in latest.Where(v => !indexed.Contains(v.Id.ToString(CultureInfo.InvariantCulture))))
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
    }

    /// <summary>The snapshot's title (a "title" property at the top) and every string in it, for search.</summary>
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
                        title = Text.PlainText.FromHtml(property.Value.GetString());
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
                sb.Append(Text.PlainText.FromHtml(element.GetString())).Append('\n');
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
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

/// <summary>Prongsai:Jobs — how often the background publishing work runs.</summary>
public sealed class PublishingJobOptions
{
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 20;
}

/// <summary>
/// Runs PublishingJobs for every organization on one node at a time (a JobLock lease in the
/// database), so scheduled publishing happens once however many nodes run.
/// </summary>
public sealed class PublishingWorker(IServiceScopeFactory scopes, IOptions<PublishingJobOptions> options, ILogger<PublishingWorker> logger)
    : BackgroundService
{
    private const string JobName = "publishing";
    private readonly string holder = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)));
        do
        {
            try
            {
                await RunOnceAsync(scopes, holder, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Publishing jobs failed; retrying on the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task RunOnceAsync(IServiceScopeFactory scopes, string holder, CancellationToken cancellationToken)
    {
        List<(int Id, string Slug)> organizations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var jobLock = scope.ServiceProvider.GetRequiredService<JobLock>();
            if (!await jobLock.TryAcquireAsync(JobName, holder, TimeSpan.FromMinutes(5), cancellationToken))
            {
                return;
            }

            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            // Only organizations with work waiting: with thousands of organizations, visiting each one
            // every tick would cost several queries per organization for nothing.
            var scheduled = db.Documents.IgnoreQueryFilters()
                .Where(d => d.Status == DocumentStatus.Scheduled).Select(d => d.OrganizationId);
            var pendingText = db.Attachments.IgnoreQueryFilters()
                .Where(a => a.TextState == TextState.Pending).Select(a => a.OrganizationId);
            var versions = db.MeasureReportVersions.IgnoreQueryFilters();
            var entries = db.SearchEntries.IgnoreQueryFilters().Where(e => e.ItemType == LedgerItemTypes.MeasuresReport);
            var unindexedReports = versions
                .Where(v => !versions.Any(w => w.PlanId == v.PlanId && w.Version > v.Version))
#pragma warning disable CA1305 // translated to SQL (a cast to text); no culture is involved
                .Where(v => !entries.Any(e => e.OrganizationId == v.OrganizationId && e.ItemId == v.Id.ToString()))
#pragma warning restore CA1305
                .Select(v => v.OrganizationId);
            var busy = scheduled.Union(pendingText).Union(unindexedReports);
            organizations = (await db.Organizations.AsNoTracking().Where(o => busy.Contains(o.Id))
                    .Select(o => new { o.Id, o.Slug }).ToListAsync(cancellationToken))
                .Select(o => (o.Id, o.Slug)).ToList();
        }

        try
        {
            foreach (var (id, slug) in organizations)
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(id, slug);
                await scope.ServiceProvider.GetRequiredService<PublishingJobs>().RunAsync(cancellationToken: cancellationToken);
            }
        }
        finally
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLock>().ReleaseAsync(JobName, holder, CancellationToken.None);
        }
    }
}
