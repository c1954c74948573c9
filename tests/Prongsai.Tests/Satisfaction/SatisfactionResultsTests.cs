using Prongsai.Core.Satisfaction;

namespace Prongsai.Tests.Satisfaction;

/// <summary>The figures of a year as Thai survey reports print them: counts of each score, x̄, the sample S.D., the level and the percentage.</summary>
public sealed class SatisfactionResultsTests
{
    [Fact]
    public void Each_aspect_counts_its_scores_and_gives_mean_spread_and_level()
    {
        ScoredAnswer[] answers =
        [
            new(1, 5, 5, 2, 4),
            new(1, 4, 5, 3, 4),
            new(2, 5, 4, 3, 5),
            new(null, 3, 5, 1, 4),
        ];

        var results = SatisfactionResults.Of(2569, answers);

        Assert.Equal((2569, 4), (results.FiscalYear, results.Answers));
        var process = results.Aspects.Single(a => a.Aspect == SatisfactionAspect.Process);
        Assert.Equal([0, 0, 1, 1, 2], process.Counts);
        Assert.Equal((2, 1), (process.CountOf(5), process.CountOf(3)));
        Assert.Equal(4.25, process.Mean, 10);
        Assert.Equal(Math.Sqrt(2.75 / 3), process.StandardDeviation, 10); // (0.75² + 0.25² + 0.75² + 1.25²) / (4 − 1)
        Assert.Equal(85, process.Percent, 10);
        Assert.Equal("มาก", process.Level);

        var staff = results.Aspects.Single(a => a.Aspect == SatisfactionAspect.Staff);
        Assert.Equal((4.75, "มากที่สุด"), (staff.Mean, staff.Level));
        var facilities = results.Aspects.Single(a => a.Aspect == SatisfactionAspect.Facilities);
        Assert.Equal((2.25, "น้อย"), (facilities.Mean, facilities.Level));

        // Overall: the mean of every score given (each aspect has as many), 4.25 + 4.75 + 2.25 + 4.25 over four.
        Assert.Equal(3.875, results.Mean, 10);
        Assert.Equal(77.5, results.Percent, 10);
        Assert.Equal("มาก", results.Level);

        // By department, the busiest first and "not said" last among equals.
        Assert.Equal([(1, 2), (2, 1), (null, 1)], results.Departments.Select(d => (d.DepartmentId, d.Answers)));
        Assert.Equal((4.0 + 4.0) / 2, results.Departments[0].Mean, 10);
    }

    [Theory]
    [InlineData(4.51, "มากที่สุด")]
    [InlineData(4.5, "มาก")]
    [InlineData(4.509, "มากที่สุด")] // printed 4.51
    [InlineData(3.51, "มาก")]
    [InlineData(3.50, "ปานกลาง")]
    [InlineData(2.51, "ปานกลาง")]
    [InlineData(2.50, "น้อย")]
    [InlineData(1.51, "น้อย")]
    [InlineData(1.50, "น้อยที่สุด")]
    [InlineData(1.00, "น้อยที่สุด")]
    public void The_level_follows_the_printed_mean(double mean, string level) =>
        Assert.Equal(level, SatisfactionRules.LevelThai(mean));

    [Fact]
    public void A_year_without_answers_has_no_figures_and_one_answer_no_spread()
    {
        var none = SatisfactionResults.Of(2570, []);
        Assert.Equal((0, 0.0), (none.Answers, none.Mean));
        Assert.All(none.Aspects, a => Assert.Equal((0.0, 0.0, 0), (a.Mean, a.StandardDeviation, a.Counts.Sum())));
        Assert.Empty(none.Departments);

        var one = SatisfactionResults.Of(2570, [new ScoredAnswer(null, 5, 5, 5, 5)]);
        Assert.All(one.Aspects, a => Assert.Equal((5.0, 0.0, 100.0), (a.Mean, a.StandardDeviation, a.Percent)));
    }
}
