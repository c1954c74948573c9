using System.Globalization;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Publishing;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>
/// Where the checklist looks for an item's evidence, as sentences a clerk can act on ("publish a document of 2568 in
/// the category «คู่มือการปฏิบัติงาน»"): read from the catalog's mapping, so an item that nothing suggests tells why.
/// Pure.
/// </summary>
public static class EvidenceHints
{
    public static IReadOnlyList<EvidenceHint> For(CatalogVersion catalog, CatalogItem item, IEnumerable<IEvidenceSource> sources)
    {
        var byKey = sources.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var year = (item.DataYear == DataYear.Previous ? catalog.FiscalYear - 1 : catalog.FiscalYear).ToString(CultureInfo.InvariantCulture);
        var hints = new List<EvidenceHint>();
        foreach (var source in catalog.Mapping.Where(m => m.Items.Contains(item.Key)).Select(m => m.Source))
        {
            var hint = source.Kind switch
            {
                EvidenceSourceKind.Category => CategoryHint(source.Category!, year),
                EvidenceSourceKind.Page => PageHint(source.Page!),
                EvidenceSourceKind.MeasuresReport => byKey.GetValueOrDefault(ChecklistSuggestions.MeasuresReport)?.Hint is { } report
                    ? report with
                    {
                        Thai = $"{report.Thai} (ปีงบประมาณ {ReportYear(catalog, source)})",
                        English = $"{report.English} (fiscal year {ReportYear(catalog, source)})",
                    }
                    : null,
                EvidenceSourceKind.Feature => byKey.GetValueOrDefault(source.Feature!)?.Hint,
                _ => null,
            };
            if (hint is not null && !hints.Contains(hint))
            {
                hints.Add(hint);
            }
        }

        return hints;
    }

    private static EvidenceHint CategoryHint(string slug, string year)
    {
        var category = DefaultCategories.All.FirstOrDefault(c => c.Slug == slug);
        return new($"เผยแพร่เอกสารปีงบประมาณ {year} ในหมวด «{category?.Name ?? slug}»",
            $"Publish a document of fiscal year {year} in the category «{category?.English ?? slug}»", "documents");
    }

    private static EvidenceHint PageHint(string key)
    {
        var page = OrganizationPages.Kind(key);
        return key == "executives"
            ? new("ใส่รายชื่อผู้บริหาร", "Enter the executives", "executives")
            : new($"เขียนหน้า «{page?.Title ?? key}» ด้วยเนื้อหาของหน่วยงานเอง ข้อความตั้งต้นไม่นับ",
                $"Write the page «{page?.English ?? key}» in the office's own words: the default text does not count", $"pages/{key}");
    }

    private static int ReportYear(CatalogVersion catalog, Catalog.EvidenceSource source) =>
        source.ReportYear == DataYear.Previous ? catalog.FiscalYear - 1 : catalog.FiscalYear;
}
