namespace Prongsai.Core.Satisfaction;

/// <summary>The scores of one answer, as the results read them.</summary>
public sealed record ScoredAnswer(int? DepartmentId, int Process, int Staff, int Facilities, int Quality)
{
    public int ScoreOf(SatisfactionAspect aspect) => SatisfactionRules.Pick(aspect, Process, Staff, Facilities, Quality);

    public double Mean => (Process + Staff + Facilities + Quality) / 4.0;
}

/// <summary>One aspect over a year: how many answers gave each score, the mean, its spread (S.D.) and its level.</summary>
public sealed record AspectResult(SatisfactionAspect Aspect, IReadOnlyList<int> Counts, double Mean, double StandardDeviation)
{
    /// <summary>How many answers gave <paramref name="score"/> (1–5).</summary>
    public int CountOf(int score) => Counts[score - SatisfactionRules.LowestScore];

    public double Percent => SatisfactionRules.Percent(Mean);
    public string Level => SatisfactionRules.LevelThai(Mean);
}

/// <summary>The answers that named one department (null: those that did not say), with their mean over all four aspects.</summary>
public sealed record DepartmentResult(int? DepartmentId, int Answers, double Mean)
{
    public double Percent => SatisfactionRules.Percent(Mean);
}

/// <summary>
/// A fiscal year's results, the way Thai satisfaction reports print them: for each aspect the count of each score, the
/// mean (x̄) and the sample standard deviation (S.D.); overall, the mean of every score given, as a level and a percentage.
/// </summary>
public sealed record SatisfactionResults(int FiscalYear, int Answers, IReadOnlyList<AspectResult> Aspects, IReadOnlyList<DepartmentResult> Departments)
{
    public double Mean => Answers == 0 ? 0 : Aspects.Average(a => a.Mean);
    public double Percent => SatisfactionRules.Percent(Mean);
    public string Level => SatisfactionRules.LevelThai(Mean);

    public static SatisfactionResults Of(int fiscalYear, IReadOnlyCollection<ScoredAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var aspects = SatisfactionRules.Aspects.Select(aspect =>
        {
            var scores = answers.Select(a => a.ScoreOf(aspect)).ToList();
            var counts = SatisfactionRules.Scores.Select(score => scores.Count(s => s == score)).ToList();
            return new AspectResult(aspect, counts, MeanOf(scores), StandardDeviationOf(scores));
        }).ToList();
        var departments = answers.GroupBy(a => a.DepartmentId)
            .Select(g => new DepartmentResult(g.Key, g.Count(), g.Average(a => a.Mean)))
            .OrderByDescending(d => d.Answers).ThenBy(d => d.DepartmentId ?? int.MaxValue)
            .ToList();
        return new SatisfactionResults(fiscalYear, answers.Count, aspects, departments);
    }

    private static double MeanOf(List<int> scores) => scores.Count == 0 ? 0 : scores.Average();

    /// <summary>The sample standard deviation (n − 1), as survey reports give it; 0 for fewer than two answers.</summary>
    private static double StandardDeviationOf(List<int> scores)
    {
        if (scores.Count < 2)
        {
            return 0;
        }

        var mean = scores.Average();
        return Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1));
    }
}
