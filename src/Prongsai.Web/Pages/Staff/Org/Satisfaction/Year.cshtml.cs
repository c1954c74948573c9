using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Satisfaction;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Staff.Org.Satisfaction;

/// <summary>
/// One fiscal year of the survey: the figures a report prints (per aspect the count of each score, x̄, S.D. and level;
/// by department), every suggestion, the answers as CSV, and — once the year is over and someone answered — the report
/// form, where those who publish it write what the office found and will improve. Everyone in the back office reads it
/// (the Auditor included); only publishing needs the permission.
/// </summary>
[RequirePermissionToChange(SatisfactionPermissions.PublishSatisfactionReport)]
public sealed class YearModel(SatisfactionBoard board, PublishSatisfactionReport publish, ProngsaiDbContext db, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int Year { get; set; }
    [BindProperty] public string? Findings { get; set; }

    public int CurrentYear { get; private set; }
    public SatisfactionResults Results { get; private set; } = null!;
    public SatisfactionReport? Report { get; private set; }
    public IReadOnlyList<SatisfactionSuggestion> Suggestions { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();

    /// <summary>The year is over: its answers can no longer change, so its report may be published.</summary>
    public bool IsOver => Year < CurrentYear;

    /// <summary>30 September: the last day an answer counts in this year.</summary>
    public DateOnly LastDay => new FiscalYear(Year).End;

    public bool MayPublish => Actor.Has(SatisfactionPermissions.PublishSatisfactionReport) && IsOver && Results.Answers > 0;

    public string PublicReportUrl => PortalData.BaseUrl(Request) + SatisfactionPaths.PublicReport(Org.Slug, Year);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Findings = Report?.Findings;
        return Page();
    }

    /// <summary>Every answer of the year as CSV, for an office that analyses it further (no one's name is in it: none is asked).</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!IsSurveyYear())
        {
            return NotFound();
        }

        // Every department, since an answer may name one that no other answer does.
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, HttpContext.RequestAborted);
        var csv = await board.AnswersCsvAsync(Year, departments, HttpContext.RequestAborted);
        return File(csv, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"satisfaction-{Org.Slug}-{Year}.csv"));
    }

    public async Task<IActionResult> OnPostAsync() =>
        await AnswerFormAsync(await publish.RunAsync(Actor, Year, Findings, HttpContext.RequestAborted), form: null,
            Lang.T("เผยแพร่รายงานผลบนเว็บไซต์แล้ว", "The report is on the website."),
            SatisfactionLabels.StaffYear(Org.Slug, Year) + "#report-heading", LoadAsync);

    /// <summary>A year the survey may have: from the first Prongsai knows to the current one.</summary>
    private bool IsSurveyYear()
    {
        CurrentYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        return Year >= SatisfactionRules.FirstYear && Year <= CurrentYear;
    }

    private async Task<bool> LoadAsync()
    {
        if (!IsSurveyYear())
        {
            return false;
        }

        var cancellationToken = HttpContext.RequestAborted;
        Results = await board.ResultsAsync(Year, cancellationToken);
        Report = await board.ReportAsync(Year, cancellationToken);
        Suggestions = await board.SuggestionsAsync(Year, cancellationToken);
        Departments = await DepartmentChoices.NamesAsync(db,
            Results.Departments.Select(d => d.DepartmentId).Concat(Suggestions.Select(s => s.DepartmentId)), cancellationToken);
        return true;
    }

    public string DepartmentName(int? departmentId) => SatisfactionLabels.Department(departmentId, Departments);
}
