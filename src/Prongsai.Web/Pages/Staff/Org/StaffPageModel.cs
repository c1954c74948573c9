using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// Base of the organization back-office pages (/staff/{org}/...): the folder convention has already required
/// back-office access; this loads who acts (<see cref="Actor"/>), which every use case call takes and checks.
/// </summary>
public abstract class StaffPageModel : PageModel
{
    public OrganizationRef Org { get; private set; } = null!;

    /// <summary>The signed-in member as this organization sees them (roles, departments).</summary>
    public StaffActor Actor { get; private set; } = StaffActor.Anonymous;

    [TempData]
    public string? Flash { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            context.Result = NotFound();
            return;
        }

        Org = organization;
        Actor = await HttpContext.RequestServices.GetRequiredService<StaffSession>().GetActorAsync(HttpContext.RequestAborted);
        if (!Actor.IsMember)
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    /// <summary>403 or 404 for a forbidden or missing item; null for errors the page shows on its form.</summary>
    protected IActionResult? StatusFor(IReadOnlyList<Error> errors) =>
        UseCaseErrors.StatusOf(errors) switch
        {
            StatusCodes.Status403Forbidden => Forbid(),
            StatusCodes.Status404NotFound => NotFound(),
            _ => null,
        };

    /// <summary>
    /// A use case's errors as the page's answer: forbidden and not-found become 403/404 (null is returned for
    /// errors that belong on the form, which are added to ModelState beside their fields).
    /// </summary>
    protected IActionResult? Refusal(IReadOnlyList<Error> errors, string? prefix = null) =>
        UseCaseErrors.ForPage(this, errors, prefix);

    /// <summary>Puts a use case's errors on the form, so the page shows them beside their fields.</summary>
    protected void AddErrors(IEnumerable<Error> errors, string? prefix = null) =>
        UseCaseErrors.AddToModelState(ModelState, errors, prefix);
}
