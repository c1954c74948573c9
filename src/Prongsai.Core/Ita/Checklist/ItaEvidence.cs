using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>What a piece of evidence points at.</summary>
public enum ItaEvidenceKind
{
    /// <summary>A published document of the library.</summary>
    Document = 0,

    /// <summary>A document category page filtered by fiscal year.</summary>
    CategoryPage = 1,

    /// <summary>The published measures report of a fiscal year.</summary>
    MeasuresReport = 2,

    /// <summary>An about page of the organization (structure, executives, contact…).</summary>
    AboutPage = 3,

    /// <summary>An http(s) address outside Prongsai.</summary>
    ExternalUrl = 4,

    /// <summary>A page a feature publishes (Q&amp;A, complaint rules and statistics, the gift report), by a catalog's feature mapping.</summary>
    FeaturePage = 5,
}

/// <summary>A suggestion waits for staff; only confirmed evidence is part of the answer.</summary>
public enum ItaEvidenceState
{
    Suggested = 0,
    Confirmed = 1,
    Rejected = 2,
}

/// <summary>What the link checker found the last time it opened the address.</summary>
public enum LinkCheckOutcome
{
    Ok = 0,
    NotFound = 1,
    NotPublished = 2,
    WrongFiscalYear = 3,
    HttpError = 4,
    TooManyRedirects = 5,
    LoginPage = 6,
    EmptyPage = 7,
    Unreachable = 8,
    Refused = 9,
}

/// <summary>
/// One piece of evidence for a checklist item: a Prongsai page (by its public path) or an external address.
/// Suggestions come from the evidence sources through the catalog mapping; staff confirm or reject them.
/// </summary>
public sealed class ItaEvidence : ITenantOwned
{
    public const int MaxUrl = 2000;
    public const int MaxTitle = 500;

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int ChecklistItemId { get; set; }
    public ItaEvidenceKind Kind { get; set; }
    public ItaEvidenceState State { get; set; }
    public required string Title { get; set; }

    /// <summary>The public path ("/bangkha/documents/12") for Prongsai content, the absolute address for external evidence.</summary>
    public required string Url { get; set; }

    /// <summary>The evidence source and its item ("documents", "12") that suggested this, for matching again.</summary>
    public string? SourceKey { get; set; }
    public string? SourceItemId { get; set; }

    /// <summary>The fiscal year of the content, when it has one (documents, category pages, reports).</summary>
    public int? FiscalYear { get; set; }

    /// <summary>For monthly items the calendar month (1–12) the evidence covers; for half-yearly ones the half (1–2).</summary>
    public int? Period { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public LinkCheckOutcome? LinkOutcome { get; set; }
    public string? LinkMessage { get; set; }
    public DateTimeOffset? LinkCheckedAt { get; set; }

    public bool IsExternal => Kind == ItaEvidenceKind.ExternalUrl;
}
