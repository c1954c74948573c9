using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using CatalogEvidenceSource = Prongsai.Core.Ita.Catalog.EvidenceSource;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>
/// Turns what the evidence sources offer into suggestions for checklist items, through the catalog's mapping
/// (category slug, page key, measures report of FY N or N-1, feature source key → item keys). Only content of the year
/// the item asks for is suggested (the fiscal year assessed, or the one before for annual reports); a feature's page with
/// no fiscal year (the Q&amp;A page) answers any year. Pure.
/// </summary>
public static class ChecklistSuggestions
{
    /// <summary>The source keys of <see cref="IEvidenceSource"/> that the mapping kinds read.</summary>
    public const string Documents = "documents";
    public const string Pages = "pages";
    public const string MeasuresReport = "measures-report";

    public sealed record Suggestion(string ItemKey, EvidenceCandidate Candidate, ItaEvidenceKind Kind, int? Period);

    public static IReadOnlyList<Suggestion> For(CatalogVersion catalog, IEnumerable<EvidenceCandidate> candidates)
    {
        var list = candidates.ToList();
        var suggestions = new List<Suggestion>();
        foreach (var mapping in catalog.Mapping)
        {
            foreach (var item in catalog.ItemsFor(mapping.Source))
            {
                var year = item.DataYear == DataYear.Previous ? catalog.FiscalYear - 1 : catalog.FiscalYear;
                var matches = list.Where(c => Answers(mapping.Source, c, catalog.FiscalYear, year) && ForItem(mapping, c, item.Key)).ToList();
                foreach (var candidate in matches)
                {
                    suggestions.Add(new Suggestion(item.Key, candidate, KindOf(mapping.Source), PeriodOf(item, candidate)));
                }

                if (mapping.Source.Kind == EvidenceSourceKind.Category && matches.Count > 0)
                {
                    // The category page filtered by the year lists every document at once: what assessors open for
                    // items published in several parts (monthly procurement summaries, say).
                    suggestions.Add(new Suggestion(item.Key, CategoryPage(matches[0], mapping.Source.Category!, year), ItaEvidenceKind.CategoryPage, null));
                }
            }
        }

        return suggestions.DistinctBy(s => (s.ItemKey, s.Candidate.SourceKey, s.Candidate.ItemId)).ToList();
    }

    private static bool Answers(CatalogEvidenceSource source, EvidenceCandidate candidate, int assessedYear, int dataYear) => source.Kind switch
    {
        EvidenceSourceKind.Category => candidate.SourceKey == Documents && candidate.Tags.Contains(source.Category!)
            && candidate.FiscalYear == dataYear,
        EvidenceSourceKind.Page => candidate.SourceKey == Pages && candidate.Tags.Contains(source.Page!),
        EvidenceSourceKind.MeasuresReport => candidate.SourceKey == MeasuresReport
            && candidate.FiscalYear == (source.ReportYear == DataYear.Previous ? assessedYear - 1 : assessedYear),
        EvidenceSourceKind.Feature => candidate.SourceKey == source.Feature && (candidate.FiscalYear is null || candidate.FiscalYear == dataYear),
        _ => false,
    };

    /// <summary>
    /// A feature's candidate whose tags name items of its mapping (the plan, its six-month report, its annual report)
    /// answers those items only; one whose tags name none answers every item the feature is mapped to.
    /// </summary>
    private static bool ForItem(EvidenceMapping mapping, EvidenceCandidate candidate, string itemKey) =>
        mapping.Source.Kind != EvidenceSourceKind.Feature || !candidate.Tags.Any(mapping.Items.Contains) || candidate.Tags.Contains(itemKey);

    /// <summary>The category page of a fiscal year, as a candidate; its path follows the documents' own ("/{org}/documents…").</summary>
    private static EvidenceCandidate CategoryPage(EvidenceCandidate document, string slug, int year)
    {
        var documents = document.PublicPath[..(document.PublicPath.LastIndexOf('/') + 1)];
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        return new EvidenceCandidate(Documents, "category-page", $"category:{slug}:{yearText}",
            $"{Publishing.DefaultCategories.All.FirstOrDefault(c => c.Slug == slug)?.Name ?? slug} ปีงบประมาณ {yearText}", $"{documents.TrimEnd('/')}?category={Uri.EscapeDataString(slug)}&year={yearText}",
            year, null, [slug]);
    }

    private static ItaEvidenceKind KindOf(CatalogEvidenceSource source) => source.Kind switch
    {
        EvidenceSourceKind.Page => ItaEvidenceKind.AboutPage,
        EvidenceSourceKind.MeasuresReport => ItaEvidenceKind.MeasuresReport,
        EvidenceSourceKind.Feature => ItaEvidenceKind.FeaturePage,
        _ => ItaEvidenceKind.Document,
    };

    /// <summary>
    /// For a monthly item, the month the content covers when its source knows it, else the Bangkok calendar month it was
    /// published in; for a half-yearly one the half. October's summary is often published in November or later, and an
    /// assessor counting the twelve months reads the month it covers.
    /// </summary>
    private static int? PeriodOf(CatalogItem item, EvidenceCandidate candidate)
    {
        int month;
        if (candidate.Covers is { } covers)
        {
            month = covers.Month;
        }
        else if (candidate.PublishedAt is { } at)
        {
            month = BangkokTime.ToBangkok(at).Month;
        }
        else
        {
            return null;
        }

        return item.Frequency switch
        {
            ItemFrequency.Monthly => month,
            ItemFrequency.HalfYearly => month is >= 10 or <= 3 ? 1 : 2,
            ItemFrequency.Quarterly => ((month + 2) % 12 / 3) + 1,
            _ => null,
        };
    }

    /// <summary>The months of a fiscal year in order, October of the year before to September.</summary>
    public static IReadOnlyList<(int Month, string Label)> FiscalMonths(int fiscalYear)
    {
        var culture = CultureInfo.GetCultureInfo("th-TH");
        return Enumerable.Range(0, 12).Select(i =>
        {
            var month = ((9 + i) % 12) + 1;
            var year = month >= 10 ? fiscalYear - 1 : fiscalYear;
            return (month, culture.DateTimeFormat.GetAbbreviatedMonthName(month) + " " + (year % 100).ToString("00", CultureInfo.InvariantCulture));
        }).ToList();
    }
}
