using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>
/// Service statistics (ข้อมูลสถิติการให้บริการ): a fiscal year's figures month by month — the services the office counts
/// by hand and what Prongsai counts from its own records — the months to record, and the list of services with a form
/// to add one. Every member of the back office reads it; those who record (for their own departments' services) change it.
/// </summary>
[RequirePermissionToChange(ServiceStatisticsPermissions.RecordServiceStatistics)]
public sealed class IndexModel(ServiceStatisticsBoard board, ManageCountedServices manage, ProngsaiDbContext db, TimeProvider clock) : StaffPageModel
{
    private const string Permission = ServiceStatisticsPermissions.RecordServiceStatistics;

    /// <summary>The fiscal year in พ.ศ.; none: the current one.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty] public CountedServiceForm Add { get; set; } = new();

    public int FiscalYear { get; private set; }
    public int CurrentYear { get; private set; }
    public ServiceStatisticsView View { get; private set; } = null!;
    public IReadOnlyList<(CountedService Service, string? Department)> Services { get; private set; } = [];
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyList<MonthToRecord> Months { get; private set; } = [];

    public bool MayRecord => Actor.Has(Permission);

    /// <summary>Department roles change their own departments' services only; the others are read.</summary>
    public bool MayChange(CountedService service) => Actor.HasFor(Permission, service.DepartmentId);

    /// <summary>The years the choice offers: this one back to the first the statistics answer for.</summary>
    public IEnumerable<int> Years => Enumerable.Range(ServiceStatisticsRules.FirstYear, CurrentYear - ServiceStatisticsRules.FirstYear + 1).Reverse();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!ModelState.IsValid)
        {
            // A department that is not a number: said beside the field, never taken for "the whole office".
            return await LoadAsync() ? ShowAgain(StatusCodes.Status422UnprocessableEntity) : NotFound();
        }

        var result = await manage.AddAsync(Actor, Add.ToInput(), HttpContext.RequestAborted);
        return await AnswerFormAsync(result, nameof(Add),
            Lang.T($"เพิ่มบริการ \"{result.Value?.Name}\" แล้ว บันทึกจำนวนได้ตั้งแต่เดือนนี้", $"\"{result.Value?.Name}\" is added; its figures can be recorded."),
            Done, LoadAsync);
    }

    public async Task<IActionResult> OnPostRetireAsync(int id)
    {
        var result = await manage.RetireAsync(Actor, id, HttpContext.RequestAborted);
        return await AnswerFormAsync(result, "Service",
            Lang.T($"\"{result.Value?.Name}\" เลิกให้บริการแล้ว ไม่ต้องบันทึกจำนวนในเดือนถัดไป ตัวเลขที่บันทึกไว้ยังแสดงอยู่",
                $"\"{result.Value?.Name}\" is retired: later months do not ask for it; its recorded figures stay."),
            Done, LoadAsync);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id)
    {
        var result = await manage.RestoreAsync(Actor, id, HttpContext.RequestAborted);
        return await AnswerFormAsync(result, "Service",
            Lang.T($"\"{result.Value?.Name}\" กลับมาให้บริการแล้ว", $"\"{result.Value?.Name}\" is given again."), Done, LoadAsync);
    }

    private string Done => Year is { } year ? ServiceStatisticsLabels.YearPath(Org.Slug, year) : ServiceStatisticsLabels.IndexPath(Org.Slug);

    private PageResult ShowAgain(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The year's table, the services and what waits; false for a year before the first or not begun.</summary>
    private async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        CurrentYear = Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        FiscalYear = Year ?? CurrentYear;
        if (FiscalYear < ServiceStatisticsRules.FirstYear || FiscalYear > CurrentYear)
        {
            return false;
        }

        View = await board.ForYearAsync(Org.Id, FiscalYear, cancellationToken);
        Services = await board.ServicesAsync(cancellationToken);
        Departments = MayRecord ? await DepartmentChoices.ForAsync(db, Actor, Permission, cancellationToken) : [];
        Months = MayRecord ? ToRecord() : View.Months.Take(View.Begun).Reverse().Select(m => new MonthToRecord(m, 0)).ToList();
        return true;
    }

    /// <summary>
    /// The begun months, newest first, each with how many of this member's services have no figure — the services the
    /// month's form asks for (not retired before the month began), as <see cref="ServiceStatisticsBoard.MonthFormAsync"/> lists them.
    /// </summary>
    private List<MonthToRecord> ToRecord()
    {
        var figures = View.Counted.Where(r => r.ServiceId is not null).ToDictionary(r => r.ServiceId!.Value, r => r.Months);
        var mine = Services.Select(s => s.Service).Where(MayChange).ToList();
        return Enumerable.Range(0, View.Begun).Reverse().Select(i =>
        {
            var month = View.Months[i];
            var missing = mine.Count(s => s.IsAskedFor(month) && !(figures.TryGetValue(s.Id, out var months) && months[i] is not null));
            return new MonthToRecord(month, missing, i < View.Ended);
        }).ToList();
    }
}
