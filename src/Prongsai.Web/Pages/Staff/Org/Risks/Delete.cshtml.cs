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
public sealed class DeleteModel(RiskBoard board, RemoveCorruptionRisk remove) : RemoveFromDraftModel<RiskView>
{
    public bool Reported => View.Line.HalfYear is not null || View.Line.YearEnd is not null;

    public async Task<IActionResult> OnPostAsync() => await RemoveAsync(() => remove.RunAsync(Actor, Id, HttpContext.RequestAborted));

    protected override Task<RiskView?> FindAsync(int id, CancellationToken cancellationToken) => board.FindAsync(Actor, id, cancellationToken);

    protected override string ItemPath(string org, int id) => RiskLabels.RiskPath(org, id);

    protected override string ListPath(string org, RiskView view) => RiskLabels.YearPath(org, view.Assessment.FiscalYear);

    protected override bool MayEdit(RiskView view) => view.MayEdit;

    protected override bool WorksOn(RiskView view) => Actor.HasFor(RisksPermissions.AssessRisks, view.Line.Risk.DepartmentId);

    protected override string Locked => Lang.T("ผลการประเมินปีนี้อนุมัติแล้ว ลบความเสี่ยงไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน",
        "This year's assessment is approved: ask the head of the office to reopen it first.");

    protected override string Removed(RiskView view) =>
        Lang.T($"ย้ายความเสี่ยงไปถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน): {view.Line.Risk.Process}", $"Moved to the trash (restorable for 30 days): {view.Line.Risk.Process}");
}
