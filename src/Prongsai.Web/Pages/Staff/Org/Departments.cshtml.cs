using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

public sealed class DepartmentsModel(ManageDepartments departments) : StaffPageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public bool CanManage => Actor.Has(OrganizationPermissions.ManageDepartments);

    /// <summary>The form that came back refused, so its message and what was typed go back into it and no other.</summary>
    public RefusedDepartmentForm? Refused { get; private set; }

    public async Task OnGetAsync() => Departments = await departments.ListAsync(HttpContext.RequestAborted);

    public Task<IActionResult> OnPostAddAsync(string? name) =>
        AnswerAsync(departments.AddAsync(Actor, new DepartmentInput(name), HttpContext.RequestAborted),
            Lang.T("เพิ่มส่วนราชการแล้ว", "Added the department."), new(null, name));

    public Task<IActionResult> OnPostRenameAsync(int id, string? name) =>
        AnswerAsync(departments.UpdateAsync(Actor, id, new DepartmentInput(name), HttpContext.RequestAborted),
            Lang.T("บันทึกชื่อแล้ว", "Saved the name."), new(id, name));

    public Task<IActionResult> OnPostRestoreAsync(int id) =>
        AnswerAsync(departments.RestoreAsync(Actor, id, HttpContext.RequestAborted),
            Lang.T("นำส่วนราชการกลับมาใช้แล้ว", "The department is in use again."), null);

    private async Task<IActionResult> AnswerAsync<T>(Task<Core.Common.Result<T>> work, string done, RefusedDepartmentForm? form)
    {
        var result = await work;
        if (result.Succeeded)
        {
            Flash = done;
            return RedirectToPage();
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Refused = form;
        await OnGetAsync();
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}

/// <param name="DepartmentId">The department being renamed; null for the form that adds one.</param>
/// <param name="TypedName">The name as it was typed.</param>
public sealed record RefusedDepartmentForm(int? DepartmentId, string? TypedName);
