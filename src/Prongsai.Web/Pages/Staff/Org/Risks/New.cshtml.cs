using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// Adding a risk to a year's draft assessment: the process, the category, what could happen, likelihood and impact in
/// words, what already keeps it in check, the measures, the department in charge (department heads: their own) and the
/// period. A refused form comes back as typed with each error beside its field, and nothing saved. Everyone in the back
/// office may read the form; only the working group sends it.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(RisksPermissions.AssessRisks)]
public sealed class NewModel(RiskBoard board, SaveCorruptionRisk save, TimeProvider clock)
    : AddToYearModel<RiskYear, RiskForm>(clock, RiskRules.FirstYear, RisksPermissions.AssessRisks)
{
    public async Task<IActionResult> OnPostAsync() =>
        await AddAsync(year => save.AddAsync(Actor, year, Input.ToInput(), HttpContext.RequestAborted),
            risk => RiskLabels.RiskPath(Org.Slug, risk.Id), Lang.T("เพิ่มความเสี่ยงแล้ว", "The risk is added."));

    protected override Task<RiskYear> ReadAsync(int year, CancellationToken cancellationToken) => board.YearAsync(year, cancellationToken);

    protected override Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync(CancellationToken cancellationToken) =>
        board.DepartmentsAsync(Actor, cancellationToken);
}
