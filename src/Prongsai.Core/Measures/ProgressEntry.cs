using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures;

/// <summary>What was done on a step, by whom and when, with its evidence.</summary>
public sealed class ProgressEntry : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int StepId { get; set; }
    public DateOnly Date { get; set; }
    public string? AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The entry this one corrects, when its author corrected an earlier entry.</summary>
    public int? CorrectionOfId { get; set; }

    /// <summary>
    /// When a correction replaced this entry. A replaced entry is kept (the history shows what was first written)
    /// but no longer counts as the step's progress.
    /// </summary>
    public DateTimeOffset? SupersededAt { get; set; }

    public bool IsCurrent => SupersededAt is null;

    public List<Evidence> Evidence { get; set; } = [];
}

public enum EvidenceKind
{
    File = 1,
    Url = 2,
    /// <summary>Something published in Prongsai (a document, a report version).</summary>
    Published = 3,
}

/// <summary>หลักฐาน: a file, a URL or a link to published content, with the date it took effect.</summary>
public sealed class Evidence : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int ProgressEntryId { get; set; }
    public EvidenceKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public string? FileKey { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    public string? Sha256 { get; set; }
    public DateOnly EffectiveDate { get; set; }
}
