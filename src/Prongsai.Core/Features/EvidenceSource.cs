namespace Prongsai.Core.Features;

/// <summary>
/// A piece of published content that can stand as evidence for something outside its feature (an ITA
/// disclosure item, say): what it is, where the public finds it, and for which fiscal year.
/// </summary>
public sealed record EvidenceCandidate(
    string SourceKey, string ItemType, string ItemId, string Title, string PublicPath, int? FiscalYear,
    DateTimeOffset? PublishedAt, IReadOnlyList<string> Tags);

/// <summary>
/// The registration point for evidence: each feature that publishes content offers it through one source
/// (registered with <see cref="FeatureBuilder.EvidenceSource{T}"/>), and a consumer asks every registered
/// source in the current organization. The ITA checklist gives the tags their meaning (catalog mappings).
/// </summary>
public interface IEvidenceSource
{
    /// <summary>A stable name ("documents", "measures-report", "pages"), used in catalog mappings.</summary>
    string Key { get; }

    /// <summary>Published content of the current organization; <paramref name="fiscalYear"/> narrows it when given.</summary>
    Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken);
}
