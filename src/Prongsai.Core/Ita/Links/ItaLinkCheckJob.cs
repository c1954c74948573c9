using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Jobs;
using Prongsai.Core.Publishing;

namespace Prongsai.Core.Ita.Links;

/// <summary>
/// Checks every confirmed evidence link once a day and keeps the result on the evidence (shown on the checklist).
/// Prongsai's own content is checked in the database — it exists, is published, and is of the fiscal year the item
/// asks for; a feature's page by asking its evidence source whether it still offers it (a risk assessment reopened,
/// a gift report withdrawn: the page answers 404 and the assessor would find nothing); external addresses through
/// <see cref="ExternalLinkChecker"/>.
/// </summary>
public sealed class ItaLinkCheckJob(
    ProngsaiDbContext db, ChecklistReader reader, ExternalLinkChecker checker, IEnumerable<IEvidenceSource> sources,
    IOptions<LinkCheckerOptions> options, TimeProvider clock) : IBackgroundJob
{
    private const int Batch = 100;

    public string Name => "ita-link-check";

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext context)
    {
        var due = clock.GetUtcNow().AddHours(-options.Value.RecheckHours);
        return Due(context.Set<ItaEvidence>().IgnoreQueryFilters(), due).Select(e => e.OrganizationId);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var due = clock.GetUtcNow().AddHours(-options.Value.RecheckHours);
        var evidence = await Due(db.Set<ItaEvidence>(), due)
            .OrderBy(e => e.LinkCheckedAt).ThenBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        if (evidence.Count == 0)
        {
            return;
        }

        var itemIds = evidence.Select(e => e.ChecklistItemId).Distinct().ToList();
        var items = await db.Set<ItaChecklistItem>().AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.ItemKey, i.ChecklistId }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var years = await db.Set<ItaChecklist>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.FiscalYear, cancellationToken);
        var views = new Dictionary<int, ChecklistView?>();
        var offered = new Dictionary<(string, int?), IReadOnlyList<EvidenceCandidate>?>();
        foreach (var e in evidence)
        {
            var item = items[e.ChecklistItemId];
            var fiscalYear = years[item.ChecklistId];
            if (!views.TryGetValue(fiscalYear, out var view))
            {
                views[fiscalYear] = view = await reader.GetAsync(fiscalYear, cancellationToken);
            }

            var catalogItem = view?.Catalog.ItemByKey(item.ItemKey);
            var dataYear = catalogItem?.DataYear == DataYear.Previous ? fiscalYear - 1 : fiscalYear;
            var result = e.IsExternal
                ? await CheckExternalAsync(e.Url, cancellationToken)
                : e.Kind == ItaEvidenceKind.FeaturePage
                    ? await CheckFeaturePageAsync(e, offered, cancellationToken)
                    : await CheckInternalAsync(e, dataYear, cancellationToken);
            e.LinkOutcome = result.Outcome;
            e.LinkMessage = result.Message.Length > 500 ? result.Message[..500] : result.Message;
            e.LinkCheckedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<ItaEvidence> Due(IQueryable<ItaEvidence> evidence, DateTimeOffset due)
    {
        var external = options.Value.CheckExternal;
        return evidence.Where(e => e.State == ItaEvidenceState.Confirmed && (e.LinkCheckedAt == null || e.LinkCheckedAt < due)
            && (external || e.Kind != ItaEvidenceKind.ExternalUrl));
    }

    private async Task<LinkCheckResult> CheckExternalAsync(string url, CancellationToken cancellationToken) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? await checker.CheckAsync(uri, cancellationToken)
            : new LinkCheckResult(LinkCheckOutcome.HttpError, "ที่อยู่ไม่ถูกต้อง");

    /// <summary>A feature's page is up while its source still offers it for the evidence's year (each source asked
    /// once per run and year).</summary>
    private async Task<LinkCheckResult> CheckFeaturePageAsync(
        ItaEvidence evidence, Dictionary<(string, int?), IReadOnlyList<EvidenceCandidate>?> offered, CancellationToken cancellationToken)
    {
        var key = (evidence.SourceKey ?? "", evidence.FiscalYear);
        if (!offered.TryGetValue(key, out var candidates))
        {
            var source = sources.FirstOrDefault(s => s.Key == evidence.SourceKey);
            offered[key] = candidates = source is null ? null : await source.FindAsync(evidence.FiscalYear, cancellationToken);
        }

        if (candidates is null)
        {
            return new(LinkCheckOutcome.NotFound, "ไม่พบหน้านี้ในระบบแล้ว");
        }

        return candidates.Any(c => c.ItemId == evidence.SourceItemId && c.PublicPath == evidence.Url)
            ? new(LinkCheckOutcome.Ok, "เผยแพร่อยู่")
            : new(LinkCheckOutcome.NotPublished, "หน้านี้ไม่ได้เผยแพร่อยู่ (ยังไม่อนุมัติ ถูกเปิดแก้ไข หรือถอนการเผยแพร่) ผู้ตรวจประเมินจะเปิดไม่พบ");
    }

    private async Task<LinkCheckResult> CheckInternalAsync(ItaEvidence evidence, int dataYear, CancellationToken cancellationToken)
    {
        var id = evidence.SourceItemId;
        switch (evidence.Kind)
        {
            case ItaEvidenceKind.Document when int.TryParse(id, CultureInfo.InvariantCulture, out var documentId):
                var document = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
                    .Select(d => new { d.Status, d.FiscalYear }).FirstOrDefaultAsync(cancellationToken);
                if (document is null)
                {
                    return new(LinkCheckOutcome.NotFound, "ไม่พบเอกสาร (ถูกลบแล้ว)");
                }

                if (document.Status != DocumentStatus.Published)
                {
                    return new(LinkCheckOutcome.NotPublished, "เอกสารยังไม่เผยแพร่หรือถูกถอนการเผยแพร่");
                }

                return document.FiscalYear is { } year && year != dataYear
                    ? new(LinkCheckOutcome.WrongFiscalYear, string.Create(CultureInfo.InvariantCulture, $"เอกสารเป็นของปีงบประมาณ {year} แต่ข้อนี้ต้องการข้อมูลปี {dataYear}"))
                    : new(LinkCheckOutcome.Ok, "เผยแพร่อยู่");
            case ItaEvidenceKind.MeasuresReport:
                var published = await db.MeasureReportVersions.AsNoTracking().AnyAsync(v => v.FiscalYear == evidence.FiscalYear, cancellationToken);
                return published ? new(LinkCheckOutcome.Ok, "เผยแพร่อยู่") : new(LinkCheckOutcome.NotPublished, "ยังไม่เผยแพร่รายงานของปีนี้");
            case ItaEvidenceKind.AboutPage:
                var exists = await db.OrganizationPages.AsNoTracking().AnyAsync(p => p.Key == id, cancellationToken)
                    || (id == "executives" && await db.Executives.AnyAsync(cancellationToken));
                return exists ? new(LinkCheckOutcome.Ok, "เผยแพร่อยู่") : new(LinkCheckOutcome.NotPublished, "หน้านี้ยังเป็นข้อความตัวอย่าง ไม่มีข้อมูลของหน่วยงาน");
            default:
                return new(LinkCheckOutcome.Ok, "หน้าในระบบ");
        }
    }
}
