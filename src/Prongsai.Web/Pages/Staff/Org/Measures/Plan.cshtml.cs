using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>The plan of a fiscal year: its text, the measures (reorder, delete), the dashboard, and publication.</summary>
public sealed class PlanModel(MeasuresDashboard dashboard, EditMeasures edit, PublishMeasuresReport publish, MeasureReportVersions versions, AskForApproval approval)
    : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public PlanDashboard Dashboard { get; private set; } = null!;
    public IReadOnlyList<PublishedVersionInfo> Versions { get; private set; } = [];
    public bool CanManage => Actor.Has(MeasurePermissions.ManageMeasurePlan);
    public bool CanRequest => Actor.Has(MeasurePermissions.RequestPublication);
    public bool CanPublish => Actor.Has(MeasurePermissions.ApproveAndPublish);
    public bool CanEdit => Actor.Has(MeasurePermissions.EditMeasures);
    public IReadOnlyList<StaffContact> Requesters { get; private set; } = [];
    public IReadOnlyList<StaffContact> Approvers { get; private set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Introduction { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Title = MeasureText.ForEditing(Dashboard.Plan.Title);
        Introduction = MeasureText.ForEditing(Dashboard.Plan.Introduction);
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync()
    {
        var result = await edit.UpdatePlanAsync(Actor, FiscalYear, new PlanInput(Title, Introduction), HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, Lang.T("บันทึกชื่อรายงานและบทนำแล้ว", "Saved the report's title and introduction."));
    }

    public async Task<IActionResult> OnPostMoveAsync(int measureId, int direction)
    {
        var result = await edit.MoveMeasureAsync(Actor, measureId, direction, HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, Lang.T("จัดลำดับแล้ว", "Reordered."));
    }

    public async Task<IActionResult> OnPostRequestAsync()
    {
        var result = await publish.RequestApprovalAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, Lang.T("ส่งคำขออนุมัติเผยแพร่ถึงผู้บริหารแล้ว (ผู้บริหารได้รับการแจ้งเตือน)",
            "Sent the request for approval to publish to the Executives (they have been notified)."));
    }

    public async Task<IActionResult> OnPostAskAsync()
    {
        var result = await approval.AskToRequestAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        var names = result.Succeeded ? string.Join(", ", result.Value!.Select(c => c.DisplayName)) : "";
        return await AfterAsync(result.Errors, Lang.T("แจ้ง " + names + " ให้ส่งขออนุมัติเผยแพร่แล้ว", "Asked " + names + " to request approval to publish."));
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Prongsai.Core.Common.Error> errors, string success)
    {
        if (errors.Count == 0)
        {
            Flash = success;
            return Redirect($"/staff/{Org.Slug}/measures/{FiscalYear}");
        }

        if (StatusFor(errors) is { } status)
        {
            return status;
        }

        AddErrors(errors);
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Response.StatusCode = Infrastructure.FormState.RefusedStatus(errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var loaded = await dashboard.ForFiscalYearAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        if (loaded is null)
        {
            return false;
        }

        Dashboard = loaded;
        Versions = await versions.ListAsync(FiscalYear, HttpContext.RequestAborted);
        Requesters = await approval.WhoCanRequestAsync(Actor, HttpContext.RequestAborted);
        Approvers = await approval.WhoCanApproveAsync(HttpContext.RequestAborted);
        return true;
    }

    public static string Status(ProgressSummary progress) =>
        Infrastructure.Lang.T(MeasureStatus.Thai(progress.Status), MeasureStatus.English(progress.Status));
}
