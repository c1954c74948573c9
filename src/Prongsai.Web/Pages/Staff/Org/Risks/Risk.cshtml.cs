using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// One risk in full, with its follow-up reports. The forms follow the assessment's state and the member's part: while
/// the year is a draft, the working group (department heads: for their departments) corrects the risk here and may
/// remove it through a confirmation page; once approved, they report per round (six and twelve months: progress,
/// outcome, what was done), a second report of a round correcting the first. Each form calls its use case, which checks
/// again; the others read.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(RisksPermissions.AssessRisks)]
public sealed class RiskModel(RiskBoard board, SaveCorruptionRisk save, RecordRiskFollowUp record) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public RiskForm EditInput { get; set; } = new();
    [BindProperty] public FollowUpForm HalfYearInput { get; set; } = new();
    [BindProperty] public FollowUpForm YearEndInput { get; set; } = new();

    public RiskView View { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public string RiskUrl => RiskLabels.RiskPath(Org.Slug, Id);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(kept: null) ? Page() : NotFound();


    public async Task<IActionResult> OnPostEditAsync()
    {
        var result = await save.EditAsync(Actor, Id, EditInput.ToInput(), HttpContext.RequestAborted);
        return await AnswerAsync(result, nameof(EditInput), Lang.T("บันทึกการแก้ไขแล้ว", "Your changes are saved."));
    }

    public async Task<IActionResult> OnPostHalfYearAsync() =>
        await AnswerAsync(await record.RunAsync(Actor, Id, FollowUpRound.HalfYear, HalfYearInput.ToInput(), HttpContext.RequestAborted),
            nameof(HalfYearInput), Recorded(FollowUpRound.HalfYear));

    public async Task<IActionResult> OnPostYearEndAsync() =>
        await AnswerAsync(await record.RunAsync(Actor, Id, FollowUpRound.YearEnd, YearEndInput.ToInput(), HttpContext.RequestAborted),
            nameof(YearEndInput), Recorded(FollowUpRound.YearEnd));

    private static string Recorded(FollowUpRound round) => Lang.T(
        $"บันทึกรายงานผล{RiskTexts.Round(round)}แล้ว เว็บไซต์แสดงรายงานนี้แล้ว",
        "The report is recorded; the website shows it.");

    /// <summary>Errors of a field beside it in its form; a clash with the state (approved meanwhile, say) at the top.</summary>
    private Task<IActionResult> AnswerAsync<T>(Result<T> result, string form, string done) =>
        AnswerFormAsync(result, form, done, RiskUrl, () => LoadAsync(kept: form), latest: RiskUrl);

    /// <summary>Reads the risk; every form but the one sent (<paramref name="kept"/>, kept as typed) starts from what is saved.</summary>
    private async Task<bool> LoadAsync(string? kept)
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        View = view;
        if (kept != nameof(EditInput))
        {
            EditInput = RiskForm.From(view.Line.Risk);
        }
        else if (ConflictLatest is not null)
        {
            EditInput.EditVersion = view.Line.Risk.EditVersion;
        }

        if (kept != nameof(HalfYearInput))
        {
            HalfYearInput = FollowUpForm.From(view.Line.HalfYear);
        }

        if (kept != nameof(YearEndInput))
        {
            YearEndInput = FollowUpForm.From(view.Line.YearEnd);
        }

        if (view.MayEdit)
        {
            Departments = await board.DepartmentsAsync(Actor, HttpContext.RequestAborted, view.Line.Risk.DepartmentId);
        }

        return true;
    }
}
