using Prongsai.Core.Calendar;

namespace Prongsai.Core.Measures.Progress;

/// <summary>The status names of the report contract, and their Thai labels.</summary>
public static class MeasureStatus
{
    public const string NotStarted = "notStarted";
    public const string OnTrack = "onTrack";
    public const string Late = "late";
    public const string Done = "done";

    public static IReadOnlyList<string> All { get; } = [NotStarted, OnTrack, Late, Done];

    public static string Thai(string status) => status switch
    {
        NotStarted => "ยังไม่เริ่มดำเนินการ",
        OnTrack => "อยู่ระหว่างดำเนินการ",
        Late => "เลยกำหนด",
        Done => "ดำเนินการแล้วเสร็จ",
        _ => status,
    };

    public static string English(string status) => status switch
    {
        NotStarted => "Not started",
        OnTrack => "On track",
        Late => "Late",
        Done => "Done",
        _ => status,
    };
}

/// <summary>How far a measure (or a plan) has come on a given Bangkok date.</summary>
public sealed record ProgressSummary(
    string Status,
    int PercentDone,
    int StepsDone,
    int StepsTotal,
    bool DueThisMonth)
{
    public bool IsLate => Status == MeasureStatus.Late;
}

/// <summary>
/// Status rolls up from steps to measures to the plan. A measure is done when every step is done;
/// late when it is not done and its period ended before today (Asia/Bangkok); not started while no
/// step is done and no current progress entry was recorded (entries replaced by a correction do not
/// count); otherwise on track. A plan is done when every measure
/// is, late when any measure is, not started while every measure is; percent done is the mean.
/// </summary>
public static class StatusRollup
{
    public static ProgressSummary ForMeasure(Measure measure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var total = measure.Steps.Count;
        var done = measure.Steps.Count(s => s.IsDone);
        // A corrected entry is replaced by its correction: only current entries count as progress.
        var started = done > 0 || measure.Steps.Any(s => s.Progress.Any(p => p.IsCurrent));
        return Compute(total, done, started, measure.PeriodEnd, today);
    }

    /// <summary>The rule itself, on plain numbers (period end is the first day of the last month).</summary>
    public static ProgressSummary Compute(int stepsTotal, int stepsDone, bool started, DateOnly? periodEnd, DateOnly today)
    {
        var percent = stepsTotal == 0 ? 0 : (int)Math.Round(100.0 * stepsDone / stepsTotal, MidpointRounding.AwayFromZero);
        var endMonth = periodEnd is { } end ? YearMonth.FromDate(end) : (YearMonth?)null;
        var isDone = stepsTotal > 0 && stepsDone == stepsTotal;
        string status;
        if (isDone)
        {
            status = MeasureStatus.Done;
        }
        else if (endMonth is { } last && today > last.LastDay)
        {
            status = MeasureStatus.Late;
        }
        else if (!started && stepsDone == 0)
        {
            status = MeasureStatus.NotStarted;
        }
        else
        {
            status = MeasureStatus.OnTrack;
        }

        var dueThisMonth = !isDone && endMonth is { } month && month.Contains(today);
        return new ProgressSummary(status, percent, stepsDone, stepsTotal, dueThisMonth);
    }

    public static ProgressSummary ForPlan(IReadOnlyList<ProgressSummary> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.Count == 0)
        {
            return new ProgressSummary(MeasureStatus.NotStarted, 0, 0, 0, false);
        }

        var percent = (int)Math.Round(measures.Average(m => m.PercentDone), MidpointRounding.AwayFromZero);
        var status = measures.All(m => m.Status == MeasureStatus.Done) ? MeasureStatus.Done
            : measures.Any(m => m.Status == MeasureStatus.Late) ? MeasureStatus.Late
            : measures.All(m => m.Status == MeasureStatus.NotStarted) ? MeasureStatus.NotStarted
            : MeasureStatus.OnTrack;
        return new ProgressSummary(
            status, percent, measures.Sum(m => m.StepsDone), measures.Sum(m => m.StepsTotal), measures.Any(m => m.DueThisMonth));
    }

    public static ProgressSummary ForPlan(IEnumerable<Measure> measures, DateOnly today) =>
        ForPlan(measures.Select(m => ForMeasure(m, today)).ToList());
}
