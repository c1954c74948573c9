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

    /// <summary>
    /// A page a feature publishes (the Q&amp;A page, the complaint statistics, the gift report), by the key of its
    /// <see cref="Features.IEvidenceSource"/>; a key no installed feature has simply never matches.
    /// </summary>
    Feature,
}

/// <summary>
/// One evidence source: a category slug, a page key, the measures report of FY N or N-1, or a feature's evidence
/// source key. Value equality, so it can be looked up in <see cref="CatalogVersion.Mapping"/>.
/// </summary>
public sealed record EvidenceSource(
    EvidenceSourceKind Kind, string? Category = null, string? Page = null, DataYear? ReportYear = null, string? Feature = null)
{
    public static EvidenceSource ForCategory(string slug) => new(EvidenceSourceKind.Category, Category: slug);

    public static EvidenceSource ForPage(string key) => new(EvidenceSourceKind.Page, Page: key);

    public static EvidenceSource ForMeasuresReport(DataYear year) => new(EvidenceSourceKind.MeasuresReport, ReportYear: year);

    public static EvidenceSource ForFeature(string key) => new(EvidenceSourceKind.Feature, Feature: key);
}

/// <summary>The items (by key) that an evidence source may answer; used to suggest evidence, never to approve it.</summary>
public sealed record EvidenceMapping(EvidenceSource Source, IReadOnlyList<string> Items);
