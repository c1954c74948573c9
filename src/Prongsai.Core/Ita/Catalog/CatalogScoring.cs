namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// How a fiscal year's results are read: the pass mark, the bands (grade or result label) and the weight of
/// each tool in the total. Configuration per catalog version, never constants: the NACC changes them.
/// </summary>
/// <param name="Bands">Highest first; a score falls in the first band whose conditions it meets.</param>
public sealed record CatalogScoring(decimal PassMark, IReadOnlyList<ScoreBand> Bands, IReadOnlyList<ToolWeight> Weights)
{
    /// <summary>The band of a total score, given each tool's own score (for bands that ask a minimum per tool).</summary>
    public ScoreBand? BandFor(decimal total, IReadOnlyDictionary<AssessmentTool, decimal> toolScores)
    {
        ArgumentNullException.ThrowIfNull(toolScores);
        return Bands.FirstOrDefault(b => total >= b.MinScore
            && (b.MinEachTool is not { } each || Weights.All(w => toolScores.TryGetValue(w.Tool, out var s) && s >= each)));
    }

    public bool Passes(decimal total) => total >= PassMark;
}

/// <summary>A band such as "AA" (95–100) or "ผ่านดีเยี่ยม" (≥ 95 and each tool ≥ 95).</summary>
/// <param name="Code">Short stable code ("AA", "excellent").</param>
/// <param name="Label">Thai label shown to people.</param>
/// <param name="MinScore">Lowest total score of the band (inclusive).</param>
/// <param name="MinEachTool">When set, every weighted tool must also score at least this.</param>
public sealed record ScoreBand(string Code, string Label, decimal MinScore, decimal? MinEachTool = null);

/// <summary>The share of a tool in the total score, in percent.</summary>
public sealed record ToolWeight(AssessmentTool Tool, decimal Percent);
