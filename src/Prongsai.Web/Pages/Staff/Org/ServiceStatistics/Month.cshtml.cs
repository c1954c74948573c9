using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>
/// One month's figures (/service-statistics/month/2024-10, where the dashboard's to-do leads): a box per service this
/// member records, filled with what is recorded so far, saved all together or not at all; the figures of the other
/// services and what Prongsai counted itself that month, to read. A month not begun is shown with why it cannot be
/// recorded yet; months before the first fiscal year the statistics answer for, and addresses that are not a month, do
/// not exist.
/// </summary>
[RequirePermissionToChange(ServiceStatisticsPermissions.RecordServiceStatistics)]
public sealed class MonthModel(ServiceStatisticsBoard board, RecordServiceCounts record, TimeProvider clock) : StaffPageModel
{
    [FromRoute(Name = "month")] public string? MonthText { get; set; }

    public YearMonth Month { get; private set; }
    public YearMonth ThisMonth { get; private set; }
    public IReadOnlyList<MonthFormLine> Lines { get; private set; } = [];
    public ServiceStatisticsView View { get; private set; } = null!;

    /// <summary>What each box shows: the figure recorded, or what was typed when the form comes back refused.</summary>
    public Dictionary<int, string?> Typed { get; } = [];

    /// <summary>
    /// What each box showed when the form was drawn (<see cref="RecordServiceCounts.NoneDrawn"/> when empty), sent back
    /// so a box left alone never clears a colleague's figure; after a clash, the figure now recorded.
    /// </summary>
    public Dictionary<int, string> Drawn { get; } = [];

    public bool MayRecord => Actor.Has(ServiceStatisticsPermissions.RecordServiceStatistics);
    public bool Begun => Month <= ThisMonth;

    /// <summary>The month's column in the fiscal year's table.</summary>
    public int Column => FiscalYear.ForMonth(Month).FirstMonth.MonthsUntil(Month);

    public YearMonth? Previous => Month > ServiceStatisticsLabels.FirstMonth ? Month.AddMonths(-1) : null;
    public YearMonth? Next => Month < ThisMonth ? Month.AddMonths(1) : null;

    /// <summary>Services of the year that this member does not record here, with the month's figure (all of them for readers).</summary>
    public IEnumerable<ServiceYearRow> Others
    {
        get
        {
            var mine = Lines.Select(l => l.ServiceId).ToHashSet();
            return View.Counted.Where(r => r.ServiceId is { } id && !mine.Contains(id) && (r.Months[Column] is not null || !r.Retired));
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        foreach (var line in Lines)
        {
            Typed[line.ServiceId] = line.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Drawn[line.ServiceId] = Shown(line);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Request.HasFormContentType)
        {
            return BadRequest();
        }

        // The boxes the form showed: a service added since is not in the post and keeps what it has (no box is not an
        // emptied box). Only this member's services are read, whatever else a post carries.
        var counts = new List<ServiceCountInput>();
        foreach (var line in Lines)
        {
            if (Request.Form.TryGetValue(RecordServiceCounts.FieldOf(line.ServiceId), out var values))
            {
                // A box sent twice is not a figure: joined with a space, the use case refuses it beside the box.
                var typed = string.Join(' ', values.ToArray());
                Typed[line.ServiceId] = typed;
                var drawn = Request.Form.TryGetValue(RecordServiceCounts.DrawnFieldOf(line.ServiceId), out var was) && was.Count == 1 ? was[0] : null;
                Drawn[line.ServiceId] = drawn ?? Shown(line);
                counts.Add(new ServiceCountInput(line.ServiceId, typed) { Drawn = drawn });
            }
            else
            {
                Typed[line.ServiceId] = line.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Drawn[line.ServiceId] = Shown(line);
            }
        }

        var result = await record.RunAsync(Actor, Month, counts, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Saved(result.Value!);
            return Redirect(ServiceStatisticsLabels.MonthPath(Org.Slug, Month));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors);
        foreach (var line in Lines.Where(l => result.Errors.Any(e => e is Prongsai.Core.Common.ConflictError && e.Field == RecordServiceCounts.FieldOf(l.ServiceId))))
        {
            // The box keeps what was typed; saving again replaces the figure the message names.
            Drawn[line.ServiceId] = Shown(line);
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private static string Shown(MonthFormLine line) =>
        line.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? RecordServiceCounts.NoneDrawn;

    private string Saved(RecordedMonth saved)
    {
        var name = ServiceStatisticsLabels.MonthName(saved.Month);
        return saved.Saved == 0 && saved.Cleared == 0
            ? Lang.T($"ตัวเลขของเดือน{name} ไม่มีการเปลี่ยนแปลง", $"Nothing changed for {name}.")
            : Lang.T($"บันทึกสถิติการให้บริการเดือน{name} แล้ว (บันทึก {Display.Number(saved.Saved)} รายการ ลบ {Display.Number(saved.Cleared)} รายการ)",
                $"The figures of {name} are saved ({Display.Number(saved.Saved)} saved, {Display.Number(saved.Cleared)} cleared).");
    }

    /// <summary>
    /// The month from the address, the member's lines and the fiscal year's figures; false when the address is not a
    /// month the statistics could hold: before the first fiscal year, or after the next one (nobody records that far).
    /// </summary>
    private async Task<bool> LoadAsync()
    {
        ThisMonth = YearMonth.FromDate(BangkokTime.Today(clock));
        if (!YearMonth.TryParse(MonthText, out var month) || month < ServiceStatisticsLabels.FirstMonth
            || month > new FiscalYear(FiscalYear.ForMonth(ThisMonth).BeYear + 1).LastMonth)
        {
            return false;
        }

        Month = month;
        var cancellationToken = HttpContext.RequestAborted;
        Lines = MayRecord ? await board.MonthFormAsync(Actor, month, cancellationToken) : [];
        View = await board.ForYearAsync(Org.Id, FiscalYear.ForMonth(month).BeYear, cancellationToken);
        return true;
    }
}
