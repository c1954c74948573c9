using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>
/// Correcting a consultation. A draft changes freely; a published one that has opened keeps its first day, and its last
/// day only moves later (the use case says so beside the field).
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(ConsultationsPermissions.ManageConsultations)]
public sealed class EditModel(ConsultationBoard board, SaveConsultation save, ProngsaiDbContext db) : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public ConsultationForm Input { get; set; } = new();

    public Consultation Consultation { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public bool MayManage => Actor.Has(ConsultationsPermissions.ManageConsultations);


    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = ConsultationForm.From(Consultation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await save.EditAsync(Actor, Id, Input.ToInput(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("บันทึกการแก้ไขแล้ว", "The changes are saved.");
            return Redirect(ConsultationLabels.StaffPath(Org.Slug, Id));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        if (EditConflicts.Among(result.Errors))
        {
            Input.EditVersion = ShowEditConflict(Consultation.EditVersion, $"{ConsultationLabels.StaffPath(Org.Slug, Id)}/edit");
            return Page();
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await board.FindAsync(Id, HttpContext.RequestAborted) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Departments = await DepartmentChoices.ForAsync(db, Actor, ConsultationsPermissions.ManageConsultations, HttpContext.RequestAborted, consultation.DepartmentId);
        return true;
    }
}
