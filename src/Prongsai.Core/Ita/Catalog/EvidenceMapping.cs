namespace Prongsai.Core.Ita.Catalog;

/// <summary>What kind of Prongsai content can answer an item.</summary>
public enum EvidenceSourceKind
{
    /// <summary>A document category of the library, by slug (see Publishing/DefaultCategories).</summary>
    Category,

    /// <summary>A fixed page of the organization, by key (see Publishing/OrganizationPages.Kinds).</summary>
    Page,

    /// <summary>The published measures report of the fiscal year assessed (current) or the one before (previous).</summary>
    MeasuresReport,
}

/// <summary>
/// One evidence source: a category slug, a page key, or the measures report of FY N or N-1. Value equality,
/// so it can be looked up in <see cref="CatalogVersion.Mapping"/>.
/// </summary>
public sealed record EvidenceSource(EvidenceSourceKind Kind, string? Category = null, string? Page = null, DataYear? ReportYear = null)
{
    public static EvidenceSource ForCategory(string slug) => new(EvidenceSourceKind.Category, Category: slug);

    public static EvidenceSource ForPage(string key) => new(EvidenceSourceKind.Page, Page: key);

    public static EvidenceSource ForMeasuresReport(DataYear year) => new(EvidenceSourceKind.MeasuresReport, ReportYear: year);
}

/// <summary>The items (by key) that an evidence source may answer; used to suggest evidence, never to approve it.</summary>
public sealed record EvidenceMapping(EvidenceSource Source, IReadOnlyList<string> Items);
