using Prongsai.Core.Calendar;
using Prongsai.Core.Calendar.Holidays;

namespace Prongsai.Core.Procurement;

/// <summary>Where a plan stands against the rule "published within 30 working days of the budget allocation".</summary>
public enum PlanDeadlineState
{
    /// <summary>No allocation date yet: nothing to count from.</summary>
    Unknown,
    Open,
    DueSoon,
    Overdue,
    PublishedOnTime,
    PublishedLate,
}

/// <summary>The plan's deadline: the due date, working days left (negative once passed), and its state.</summary>
public sealed record PlanDeadline(PlanDeadlineState State, DateOnly? DueOn, int? WorkingDaysLeft, DateOnly? PublishedOn)
{
    /// <summary>Working days allowed after the allocation (ระเบียบกระทรวงการคลังฯ 2560 ข้อ 11).</summary>
    public const int WorkingDays = 30;

    /// <summary>The dashboard warns from this many working days before the due date.</summary>
    public const int WarnWithin = 5;

    /// <summary>"ต้องประกาศภายใน 14 พฤศจิกายน 2567".</summary>
    public string? DueText => DueOn is { } due ? "ต้องประกาศภายในวันที่ " + ThaiDate.FormatLong(due) : null;

    public static async Task<PlanDeadline> ComputeAsync(
        WorkingDayCalendar calendar, DateOnly? allocatedOn, DateOnly? originalPublishedOn, DateOnly today, CancellationToken cancellationToken)
    {
        if (allocatedOn is not { } allocated)
        {
            return new PlanDeadline(PlanDeadlineState.Unknown, null, null, originalPublishedOn);
        }

        var due = await calendar.AddAsync(allocated, WorkingDays, cancellationToken);
        if (originalPublishedOn is { } published)
        {
            return new PlanDeadline(published <= due ? PlanDeadlineState.PublishedOnTime : PlanDeadlineState.PublishedLate, due, null, published);
        }

        var left = today <= due ? await calendar.BetweenAsync(today, due, cancellationToken) : -await calendar.BetweenAsync(due, today, cancellationToken);
        var state = today > due ? PlanDeadlineState.Overdue : left <= WarnWithin ? PlanDeadlineState.DueSoon : PlanDeadlineState.Open;
        return new PlanDeadline(state, due, left, null);
    }
}
