namespace Prongsai.Core.Features;

/// <summary>
/// A piece of published content that can stand as evidence for something outside its feature (an ITA
/// disclosure item, say): what it is, where the public finds it, and for which fiscal year.
/// </summary>
/// <param name="Covers">
/// The month the content reports on, when the source knows it (a monthly procurement summary of October published in
/// December covers October); null: the checklist takes the month it was published in.
/// </param>
public sealed record EvidenceCandidate(
    string SourceKey, string ItemType, string ItemId, string Title, string PublicPath, int? FiscalYear,
    DateTimeOffset? PublishedAt, IReadOnlyList<string> Tags, Calendar.YearMonth? Covers = null);

/// <summary>
/// The registration point for evidence: each feature that publishes content offers it through one source
/// (registered with <see cref="FeatureBuilder.EvidenceSource{T}"/>), and a consumer asks every registered
/// source in the current organization. The ITA checklist gives the tags their meaning (catalog mappings).
/// </summary>
public interface IEvidenceSource
{
    /// <summary>A stable name ("documents", "measures-report", "pages"), used in catalog mappings.</summary>
    string Key { get; }

    /// <summary>
    /// What the office does for this source to offer evidence, and where in its back office: the checklist item page
    /// tells a clerk who finds no suggestion why, instead of leaving them to guess.
    /// </summary>
    EvidenceHint Hint { get; }

    /// <summary>Published content of the current organization; <paramref name="fiscalYear"/> narrows it when given.</summary>
    Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken);
}

/// <summary>A sentence in Thai and English on what makes a source offer evidence, and the back-office page that does it.</summary>
/// <param name="StaffPath">Relative to the organization's back office ("gifts"); empty: its start page.</param>
public sealed record EvidenceHint(string Thai, string English, string StaffPath);
