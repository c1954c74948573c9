using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalogs;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>One catalog item of a checklist with the organization's answer for it.</summary>
public sealed record ChecklistRow(CatalogSubIndicator SubIndicator, CatalogItem Item, ItaChecklistItem Entry, string? DepartmentName)
{
    public IEnumerable<ItaEvidence> Confirmed => Entry.Evidence.Where(e => e.State == ItaEvidenceState.Confirmed).OrderBy(e => e.Period ?? 0).ThenBy(e => e.Id);
    public IEnumerable<ItaEvidence> Suggested => Entry.Evidence.Where(e => e.State == ItaEvidenceState.Suggested).OrderBy(e => e.Id);

    /// <summary>Suggestions turned down, newest decision first: listed on the item's page so a rejection can be undone.</summary>
    public IEnumerable<ItaEvidence> Rejected => Entry.Evidence.Where(e => e.State == ItaEvidenceState.Rejected).OrderByDescending(e => e.DecidedAt).ThenByDescending(e => e.Id);
    public bool IsRetired => Item.Status == CatalogItemStatus.Retired;
}

/// <summary>Share of items ready or approved, overall or for a sub-indicator.</summary>
public sealed record Readiness(string Code, string Name, int Total, int Done)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Floor(100.0 * Done / Total);
}

/// <summary>A fiscal year's checklist as people read it: the catalog's order, each item's answer, and readiness.</summary>
public sealed record ChecklistView(ItaChecklist Checklist, CatalogVersion Catalog, IReadOnlyList<ChecklistRow> Rows)
{
    public int FiscalYear => Checklist.FiscalYear;

    /// <summary>Rows of current (not retired) items: what ITAS asks this year.</summary>
    public IEnumerable<ChecklistRow> Current => Rows.Where(r => !r.IsRetired);

    public Readiness Overall => new("", "", Current.Count(), Current.Count(r => r.Entry.IsDone));

    public IReadOnlyList<Readiness> BySubIndicator => Current.GroupBy(r => r.SubIndicator.Code)
        .Select(g => new Readiness(g.Key, g.First().SubIndicator.Name, g.Count(), g.Count(r => r.Entry.IsDone))).ToList();

    public IEnumerable<ChecklistRow> Missing => Current.Where(r => !r.Entry.IsDone);

    /// <summary>For a monthly item: each month of the fiscal year and whether confirmed evidence covers it.</summary>
    public static IReadOnlyList<(string Label, bool Covered)> MonthGrid(ChecklistRow row, int fiscalYear)
    {
        var months = row.Confirmed.Where(e => e.Period is not null).Select(e => e.Period!.Value).ToHashSet();
        return ChecklistSuggestions.FiscalMonths(fiscalYear).Select(m => (m.Label, months.Contains(m.Month))).ToList();
    }

    /// <summary>For a half-yearly item: the two halves of the fiscal year (Oct–Mar, Apr–Sep) and whether each is covered.</summary>
    public static IReadOnlyList<(string Label, bool Covered)> HalfGrid(ChecklistRow row)
    {
        var halves = row.Confirmed.Where(e => e.Period is not null).Select(e => e.Period!.Value).ToHashSet();
        return [("ต.ค.–มี.ค.", halves.Contains(1)), ("เม.ย.–ก.ย.", halves.Contains(2))];
    }
}

/// <summary>Reads checklists (staff pages, the public page, exports, the API). No writes.</summary>
public sealed class ChecklistReader(ProngsaiDbContext db, ItaCatalogs catalogs)
{
    /// <summary>The fiscal years that have a checklist, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ItaChecklist>().AsNoTracking().Select(c => c.FiscalYear).OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<ChecklistView?> GetAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var checklist = await db.Set<ItaChecklist>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Items).ThenInclude(i => i.Evidence)
            .FirstOrDefaultAsync(c => c.FiscalYear == fiscalYear, cancellationToken);
        if (checklist is null)
        {
            return null;
        }

        var catalog = await catalogs.LatestAsync(checklist.FiscalYear, checklist.Variant, cancellationToken);
        if (catalog is null)
        {
            return null;
        }

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var entries = checklist.Items.ToDictionary(i => i.ItemKey, StringComparer.Ordinal);
        var rows = new List<ChecklistRow>();
        foreach (var sub in catalog.Tools.SelectMany(t => t.Indicators).SelectMany(i => i.SubIndicators))
        {
            foreach (var item in sub.Items)
            {
                // A retired item is listed only while it still holds something; a new item not opened yet shows as missing.
                var entry = entries.GetValueOrDefault(item.Key);
                if (item.Status == CatalogItemStatus.Retired && (entry is null || entry.Evidence.Count == 0))
                {
                    continue;
                }

                entry ??= new ItaChecklistItem { ItemKey = item.Key, ChecklistId = checklist.Id, OrganizationId = checklist.OrganizationId };
                rows.Add(new ChecklistRow(sub, item, entry, entry.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null));
            }
        }

        return new ChecklistView(checklist, catalog, rows);
    }
}
