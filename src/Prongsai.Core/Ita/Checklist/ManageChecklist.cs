using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>What a refresh of the suggestions did.</summary>
public sealed record SuggestionRun(int ChecklistId, int ItemsAdded, int Suggested);

/// <summary>
/// Opening a fiscal year's checklist (one item per current catalog item, all missing), refreshing the suggestions
/// from every registered evidence source, assigning items to departments and setting the ITAS due date.
/// </summary>
public sealed class ManageChecklist(ProngsaiDbContext db, ItaCatalogs catalogs, IEnumerable<IEvidenceSource> sources, TimeProvider clock)
{
    public async Task<Result<SuggestionRun>> OpenAsync(StaffActor actor, int fiscalYear, string variant = CatalogVersion.DefaultVariant, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ItaPermissions.ManageItaChecklist) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.Set<ItaChecklist>().AnyAsync(c => c.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture, $"มีรายการตรวจสอบของปีงบประมาณ {fiscalYear} แล้ว"), "FiscalYear");
        }

        if (await catalogs.LatestAsync(fiscalYear, variant, cancellationToken) is null)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"ยังไม่มีรายการ OIT ของปีงบประมาณ {fiscalYear} ({variant}) ให้ผู้ดูแลระบบนำเข้าก่อน"), "FiscalYear");
        }

        db.Set<ItaChecklist>().Add(new ItaChecklist { FiscalYear = fiscalYear, Variant = variant, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return await RefreshAsync(fiscalYear, actor.UserName, cancellationToken);
    }

    /// <summary>
    /// Adds items the catalog gained since (a re-import) and suggests evidence from what is published now. Confirmed,
    /// rejected and earlier suggestions are left as they are: a rejected suggestion is never offered again.
    /// </summary>
    public async Task<Result<SuggestionRun>> SuggestAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ItaPermissions.ManageItaChecklist) is { } forbidden)
        {
            return forbidden;
        }

        return await RefreshAsync(fiscalYear, actor.UserName, cancellationToken);
    }

    public async Task<Result<ItaChecklistItem>> AssignAsync(StaffActor actor, int itemId, int? departmentId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ItaPermissions.ManageItaChecklist) is { } forbidden)
        {
            return forbidden;
        }

        var item = await db.Set<ItaChecklistItem>().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound();
        }

        if (departmentId is { } id && !await DepartmentChoices.IsOfferedAsync(db, id, item.DepartmentId, cancellationToken))
        {
            return Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId");
        }

        item.DepartmentId = departmentId;
        item.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<Result<ItaChecklist>> SetDueDateAsync(StaffActor actor, int fiscalYear, DateOnly? dueOn, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ItaPermissions.ManageItaChecklist) is { } forbidden)
        {
            return forbidden;
        }

        var checklist = await db.Set<ItaChecklist>().FirstOrDefaultAsync(c => c.FiscalYear == fiscalYear, cancellationToken);
        if (checklist is null)
        {
            return Error.NotFound();
        }

        checklist.DueOn = dueOn;
        await db.SaveChangesAsync(cancellationToken);
        return checklist;
    }

    private async Task<Result<SuggestionRun>> RefreshAsync(int fiscalYear, string userName, CancellationToken cancellationToken)
    {
        var checklist = await db.Set<ItaChecklist>().Include(c => c.Items).ThenInclude(i => i.Evidence)
            .FirstOrDefaultAsync(c => c.FiscalYear == fiscalYear, cancellationToken);
        if (checklist is null)
        {
            return Error.NotFound(string.Create(CultureInfo.InvariantCulture, $"ยังไม่ได้เปิดรายการตรวจสอบของปีงบประมาณ {fiscalYear}"));
        }

        var catalog = (await catalogs.LatestAsync(checklist.FiscalYear, checklist.Variant, cancellationToken))!;
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var item in catalog.CurrentItems.Where(i => checklist.Items.All(e => e.ItemKey != i.Key)))
        {
            checklist.Items.Add(new ItaChecklistItem { ItemKey = item.Key, Status = ItaItemStatus.Missing, UpdatedAt = now });
            added++;
        }

        var candidates = new List<EvidenceCandidate>();
        var featureYears = FeatureDataYears(catalog);
        foreach (var source in sources)
        {
            // Last year's annual reports answer this year's items, so every year is asked for and the mapping picks.
            candidates.AddRange(await source.FindAsync(null, cancellationToken));

            // A feature's page may stand for a year that has nothing in it (no gifts to report is still a report), which
            // a source offers only when asked for that year: those the catalog maps to it are asked for by name.
            foreach (var year in featureYears.GetValueOrDefault(source.Key) ?? [])
            {
                candidates.AddRange((await source.FindAsync(year, cancellationToken))
                    .Where(c => !candidates.Any(o => o.SourceKey == c.SourceKey && o.ItemId == c.ItemId && o.FiscalYear == c.FiscalYear)));
            }
        }

        var suggested = 0;
        foreach (var suggestion in ChecklistSuggestions.For(catalog, candidates))
        {
            var entry = checklist.Items.FirstOrDefault(i => i.ItemKey == suggestion.ItemKey);
            var candidate = suggestion.Candidate;
            if (entry is null || entry.Evidence.Any(e => e.SourceKey == candidate.SourceKey && e.SourceItemId == candidate.ItemId))
            {
                continue;
            }

            entry.Evidence.Add(new ItaEvidence
            {
                Kind = suggestion.Kind,
                State = ItaEvidenceState.Suggested,
                Title = candidate.Title.Length > ItaEvidence.MaxTitle ? candidate.Title[..ItaEvidence.MaxTitle] : candidate.Title,
                Url = candidate.PublicPath,
                SourceKey = candidate.SourceKey,
                SourceItemId = candidate.ItemId,
                FiscalYear = candidate.FiscalYear,
                Period = suggestion.Period,
                CreatedAt = now,
                CreatedBy = userName,
            });
            suggested++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SuggestionRun(checklist.Id, added, suggested);
    }

    /// <summary>For each feature source the catalog maps, the fiscal years its items ask for (the year assessed or the one before).</summary>
    private static Dictionary<string, int[]> FeatureDataYears(CatalogVersion catalog) =>
        catalog.Mapping.Where(m => m.Source.Kind == EvidenceSourceKind.Feature)
            .SelectMany(m => catalog.ItemsFor(m.Source).Select(i => (Key: m.Source.Feature!, Year: i.DataYear == DataYear.Previous ? catalog.FiscalYear - 1 : catalog.FiscalYear)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Year).Distinct().Order().ToArray(), StringComparer.Ordinal);
}
