using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures;

/// <summary>
/// A published, frozen version of a plan's report: the JSON snapshot (the public contract) and
/// the DOCX/PDF rendered once at publication. Never edited after it is written.
/// </summary>
public sealed class MeasureReportVersion : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }
    public int FiscalYear { get; set; }
    public int Version { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public required string SnapshotJson { get; set; }
    public string? SnapshotSha256 { get; set; }
    public string? DocxFileKey { get; set; }
    public string? PdfFileKey { get; set; }

    /// <summary>Why no PDF was stored (e.g. the converter is not installed); shown to staff.</summary>
    public string? PdfProblem { get; set; }

    /// <summary>
    /// When the search indexer last saw this version (null: not yet). Bookkeeping of the indexer, not part of the
    /// report: it lets the background worker find new versions with an index lookup instead of comparing every
    /// version of every organization with the search index on each tick.
    /// </summary>
    public DateTimeOffset? SearchIndexedAt { get; set; }
}
