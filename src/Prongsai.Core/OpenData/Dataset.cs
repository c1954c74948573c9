namespace Prongsai.Core.OpenData;

public enum DatasetKind
{
    /// <summary>แผนการใช้จ่ายงบประมาณ (and its disbursement reports) of a fiscal year.</summary>
    Budget = 1,

    /// <summary>The procurement plan and the monthly สขร.1 records of a fiscal year.</summary>
    Procurement = 2,

    /// <summary>The same procurement as an OCDS 1.1.5 release package.</summary>
    Ocds = 3,

    /// <summary>The published integrity and transparency measures report of a fiscal year.</summary>
    Measures = 4,

    /// <summary>The monthly figures of the services the office gives (ข้อมูลสถิติการให้บริการ) in a fiscal year.</summary>
    ServiceStatistics = 5,
}

/// <summary>One file or API answer of a dataset. <see cref="Path"/> is site-relative ("/bangkha/…"); hosts make it absolute.</summary>
public sealed record DatasetDistribution(string Format, string MediaType, string Path, string Title);

/// <summary>
/// One published dataset of an organization, as the catalog page and the DCAT catalogs describe it. <see cref="Name"/> is
/// the short name the organization's own page shows; <see cref="Title"/> adds the organization, for national portals.
/// <see cref="IsSample"/>: built from demo content (shown as ตัวอย่าง, never in the installation-wide catalog).
/// </summary>
public sealed record Dataset(
    string Key,
    DatasetKind Kind,
    int FiscalYear,
    string Name,
    string Title,
    string Description,
    IReadOnlyList<string> Keywords,
    DateTimeOffset Issued,
    DateTimeOffset Modified,
    string LandingPath,
    IReadOnlyList<DatasetDistribution> Distributions,
    bool IsSample = false);

/// <summary>An organization and its published datasets (newest fiscal year first, then by kind).</summary>
public sealed record OrganizationDatasets(int OrganizationId, string Slug, string Name, string? Province, IReadOnlyList<Dataset> Datasets);
