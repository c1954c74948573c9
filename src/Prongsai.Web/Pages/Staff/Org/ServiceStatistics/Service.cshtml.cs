using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>
/// Correcting a service's name, unit or department (its own page, as the list holds the form to add one). Read by every
/// member of the back office; sent by those who record for the service's department, into a department they record for.
/// </summary>
[RequirePermissionToChange(ServiceStatisticsPermissions.RecordServiceStatistics)]
public sealed class ServiceModel(ProngsaiDbContext db, ManageCountedServices manage) : StaffPageModel
{
    private const string Permission = ServiceStatisticsPermissions.RecordServiceStatistics;

    [FromRoute] public int Id { get; set; }
    [BindProperty] public CountedServiceForm Input { get; set; } = new();

    public CountedService Service { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public bool MayChange => Actor.HasFor(Permission, Service.DepartmentId);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = CountedServiceForm.Of(Service);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(StatusCodes.Status422UnprocessableEntity);
        }

        var result = await manage.EditAsync(Actor, Id, Input.ToInput(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T($"บันทึกการแก้ไข \"{result.Value!.Name}\" แล้ว", $"\"{result.Value!.Name}\" is saved.");
            return Redirect(ServiceStatisticsLabels.IndexPath(Org.Slug) + "#services-heading");
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        return await ShowAgainAsync(FormState.RefusedStatus(result.Errors));
    }

    private async Task<IActionResult> ShowAgainAsync(int status)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await db.Set<CountedService>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == Id, HttpContext.RequestAborted) is not { } service)
        {
            return false;
        }

        Service = service;
        Departments = await DepartmentChoices.ForAsync(db, Actor, Permission, HttpContext.RequestAborted, service.DepartmentId);
        return true;
    }
}
