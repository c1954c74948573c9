using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

public sealed class DepartmentsModel(ManageDepartments departments) : StaffPageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public bool CanManage => Actor.Has(OrganizationPermissions.ManageDepartments);

    public async Task OnGetAsync() => Departments = await departments.ListAsync(HttpContext.RequestAborted);

    public Task<IActionResult> OnPostAddAsync(string? name) =>
        AnswerAsync(departments.AddAsync(Actor, new DepartmentInput(name), HttpContext.RequestAborted), "เพิ่มส่วนราชการแล้ว");

    public Task<IActionResult> OnPostRenameAsync(int id, string? name) =>
        AnswerAsync(departments.UpdateAsync(Actor, id, new DepartmentInput(name), HttpContext.RequestAborted), "บันทึกชื่อแล้ว");

    public Task<IActionResult> OnPostRestoreAsync(int id) =>
        AnswerAsync(departments.RestoreAsync(Actor, id, HttpContext.RequestAborted), "นำส่วนราชการกลับมาใช้แล้ว");

    private async Task<IActionResult> AnswerAsync<T>(Task<Core.Common.Result<T>> work, string done)
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

        await OnGetAsync();
        return Page();
    }
}
