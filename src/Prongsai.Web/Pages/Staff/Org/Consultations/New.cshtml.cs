using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>
/// Writing a new consultation as a draft: what it is about, the details, the department in charge (department heads:
/// their own) and the period. A refused form comes back as typed with each error beside its field (422), nothing saved.
/// Everyone in the back office may read the form; only those who run consultations send it.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(ConsultationsPermissions.ManageConsultations)]
public sealed class NewModel(SaveConsultation save, ProngsaiDbContext db) : StaffPageModel
{
    [BindProperty] public ConsultationForm Input { get; set; } = new();

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public bool MayManage => Actor.Has(ConsultationsPermissions.ManageConsultations);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await save.AddAsync(Actor, Input.ToInput(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("บันทึกฉบับร่างแล้ว ตรวจทานแล้วกดเผยแพร่เมื่อพร้อม", "The draft is saved. Check it, then publish it when ready.");
            return Redirect(ConsultationLabels.StaffPath(Org.Slug, result.Value!.Id));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Departments = await DepartmentChoices.ForAsync(db, Actor, ConsultationsPermissions.ManageConsultations, HttpContext.RequestAborted);
}
