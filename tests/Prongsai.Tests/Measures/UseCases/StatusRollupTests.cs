using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Reports;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>Status and percent roll up from steps to measures to the plan; "late" follows the Bangkok date.</summary>
public sealed class StatusRollupTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 1);

    [Theory]
    [InlineData(0, 0, false, "2024-03-31", "notStarted", 0)]
    [InlineData(3, 0, false, "2024-03-31", "notStarted", 0)]
    [InlineData(3, 0, true, "2024-03-31", "onTrack", 0)]
    [InlineData(3, 1, false, "2024-03-31", "onTrack", 33)]
    [InlineData(3, 2, false, "2024-03-31", "onTrack", 67)]
    [InlineData(3, 3, false, "2024-03-31", "done", 100)]
    [InlineData(3, 1, false, "2024-04-01", "late", 33)]
    [InlineData(3, 0, false, "2024-04-01", "late", 0)]
    [InlineData(3, 3, false, "2025-01-01", "done", 100)]
    public void Measure_status_from_steps_and_the_period_end(int total, int done, bool progressRecorded, string today, string status, int percent)
    {
        var summary = StatusRollup.Compute(total, done, progressRecorded, March2024, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(status, summary.Status);
        Assert.Equal(percent, summary.PercentDone);
    }

    [Fact]
    public void Due_this_month_only_while_not_done_in_the_last_month()
    {
        Assert.True(StatusRollup.Compute(2, 1, false, March2024, new DateOnly(2024, 3, 10)).DueThisMonth);
        Assert.False(StatusRollup.Compute(2, 2, false, March2024, new DateOnly(2024, 3, 10)).DueThisMonth);
        Assert.False(StatusRollup.Compute(2, 1, false, March2024, new DateOnly(2024, 2, 10)).DueThisMonth);
        Assert.False(StatusRollup.Compute(2, 1, false, null, new DateOnly(2024, 3, 10)).DueThisMonth);
    }

    [Fact]
    public void Plan_is_late_when_any_measure_is_and_done_when_all_are()
    {
        ProgressSummary S(string status, int percent) => new(status, percent, 0, 0, false);

        Assert.Equal("late", StatusRollup.ForPlan([S("done", 100), S("late", 50)]).Status);
        Assert.Equal("done", StatusRollup.ForPlan([S("done", 100), S("done", 100)]).Status);
        Assert.Equal("notStarted", StatusRollup.ForPlan([S("notStarted", 0), S("notStarted", 0)]).Status);
        Assert.Equal("onTrack", StatusRollup.ForPlan([S("done", 100), S("notStarted", 0)]).Status);
        Assert.Equal(50, StatusRollup.ForPlan([S("done", 100), S("notStarted", 0)]).PercentDone);
        Assert.Equal("notStarted", StatusRollup.ForPlan([]).Status);
    }

    [Theory, Providers]
    public async Task Late_turns_on_at_midnight_in_Bangkok_not_UTC(DbProvider provider)
    {
        // 31 March 2024 23:30 UTC is already 1 April 06:30 in Bangkok: a measure ending in March is late.
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 31, 16, 30, 0, TimeSpan.Zero));
        await using var host = await MeasuresTestHost.StartAsync(provider, clock);
        await host.UseAsync<EditMeasures, object>(async e => await e.CreatePlanAsync(MeasuresTestHost.Admin, 2567, new PlanInput("แผนทดสอบ", null)));
        var added = await host.UseAsync<EditMeasures, Prongsai.Core.Common.Result<Measure>>(e => e.AddMeasureAsync(MeasuresTestHost.Admin, 2567,
            new MeasureInput("1", "มาตรการ", [new StepInput(null, "ขั้นตอนหนึ่ง"), new StepInput(null, "ขั้นตอนสอง")], [], "", "ตุลาคม 2566 - มีนาคม 2567",
                true, [], null, [])));
        Assert.True(added.Succeeded);

        // 16:30 UTC = 23:30 in Bangkok, still 31 March.
        Assert.Equal("notStarted", (await DraftAsync(host)).Measures[0].Status);

        clock.Now = new DateTimeOffset(2024, 3, 31, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal("late", (await DraftAsync(host)).Measures[0].Status);

        var stepId = await host.QueryAsync(db => Task.FromResult(db.MeasureSteps.OrderBy(s => s.SortOrder).First().Id));
        await host.UseAsync<RecordProgress, object>(async p => await p.SetDoneAsync(MeasuresTestHost.Admin, stepId, true));
        var report = await DraftAsync(host);
        Assert.Equal("late", report.Measures[0].Status);
        Assert.Equal(50, report.Measures[0].PercentDone);

        var dashboard = await host.UseAsync<MeasuresDashboard, PlanDashboard?>(d => d.ForFiscalYearAsync(MeasuresTestHost.Admin, 2567));
        Assert.Equal("late", dashboard!.Overall.Status);
        Assert.All(dashboard.Departments, d => Assert.Equal(1, d.Late));
    }

    private static async Task<MeasuresReport> DraftAsync(MeasuresTestHost host) =>
        (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
}
