using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// Removing a risk from a draft asks first: GET names the risk and changes nothing; POST removes it and goes back to
/// the year's list. Only the working group, for a risk of a draft they may work on; a risk already reported on stays.
/// </summary>
[RequirePermission(RisksPermissions.AssessRisks)]
public sealed class DeleteModel(RiskBoard board, RemoveCorruptionRisk remove) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }

    public RiskView View { get; private set; } = null!;
    public string RiskUrl => RiskLabels.RiskPath(Org.Slug, Id);
    public bool Reported => View.Line.HalfYear is not null || View.Line.YearEnd is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (view.MayEdit)
        {
            return Page();
        }

        // Approved meanwhile: the working group goes back to the risk, which says why; others are refused.
        if (Actor.HasFor(RisksPermissions.AssessRisks, view.Line.Risk.DepartmentId))
        {
            Flash = Lang.T("ผลการประเมินปีนี้อนุมัติแล้ว ลบความเสี่ยงไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน", "This year's assessment is approved: ask the head of the office to reopen it first.");
            return Redirect(RiskUrl);
        }

        return Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var result = await remove.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T($"ลบความเสี่ยงแล้ว: {view.Line.Risk.Process}", $"Removed: {view.Line.Risk.Process}");
            return Redirect(RiskLabels.YearPath(Org.Slug, view.Assessment.FiscalYear));
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
