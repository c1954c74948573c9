using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;

namespace Prongsai.Core.Ita.Submission;

/// <summary>A link the public may follow: confirmed evidence of a ready or approved item.</summary>
/// <param name="Period">For monthly items the month ("ต.ค. 66"), for half-yearly ones the half; else null.</param>
public sealed record PublicItaLink(string Title, string Url, string? Period);

/// <param name="Answered">True when the item is ready or approved (ITAS "มี"); its links are shown only then.</param>
public sealed record PublicItaItem(string Code, string Key, string Title, bool Answered, bool Approved, IReadOnlyList<PublicItaLink> Links, string? Note);

public sealed record PublicItaSubIndicator(string Code, string Name, IReadOnlyList<PublicItaItem> Items);

public sealed record PublicItaIndicator(int Number, string Name, IReadOnlyList<PublicItaSubIndicator> SubIndicators);

/// <summary>
/// What the public sees of a checklist (the public page and the public API): every current item in catalog order,
/// links only for ready or approved items, nothing of work in progress, suggestions or departments.
/// </summary>
public sealed record PublicChecklist(
    int FiscalYear, string CatalogLabel, bool CatalogUnconfirmed, int Total, int Answered, IReadOnlyList<PublicItaIndicator> Indicators)
{
    /// <param name="siteOrigin">Put before Prongsai's own paths ("" keeps them relative).</param>
    public static PublicChecklist From(ChecklistView view, string siteOrigin = "")
    {
        ArgumentNullException.ThrowIfNull(view);
        var months = ChecklistSuggestions.FiscalMonths(view.FiscalYear).ToDictionary(m => m.Month, m => m.Label);
        var rows = view.Current.ToList();
        var indicators = view.Catalog.Tools.SelectMany(t => t.Indicators)
            .Select(i => new PublicItaIndicator(i.Number, i.Name, i.SubIndicators
                .Select(s => new PublicItaSubIndicator(s.Code, s.Name, rows.Where(r => r.SubIndicator.Code == s.Code).Select(r => Item(r, months, siteOrigin)).ToList()))
                .Where(s => s.Items.Count > 0).ToList()))
            .Where(i => i.SubIndicators.Count > 0).ToList();
        return new PublicChecklist(view.FiscalYear, view.Catalog.Label, view.Catalog.Unconfirmed, rows.Count, rows.Count(r => r.Entry.IsDone), indicators);
    }

    private static PublicItaItem Item(ChecklistRow row, Dictionary<int, string> months, string origin)
    {
        var done = row.Entry.IsDone;
        var links = done
            ? row.Confirmed.Select(e => new PublicItaLink(e.Title, e.IsExternal ? e.Url : origin + e.Url, PeriodLabel(row.Item, e.Period, months))).ToList()
            : [];
        return new PublicItaItem(row.Item.Code, row.Item.Key, row.Item.DisplayTitle, done, row.Entry.Status == ItaItemStatus.Approved, links, done ? row.Entry.Note : null);
    }

    private static string? PeriodLabel(CatalogItem item, int? period, Dictionary<int, string> months) => (item.Frequency, period) switch
    {
        (ItemFrequency.Monthly, { } m) => months.GetValueOrDefault(m),
        (ItemFrequency.HalfYearly, 1) => "รอบ 6 เดือนแรก",
        (ItemFrequency.HalfYearly, 2) => "รอบ 6 เดือนหลัง",
        (ItemFrequency.Quarterly, { } q) => "ไตรมาส " + q.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
