using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Common;
using Prongsai.Web.Authorization;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// Base of the organization back-office pages (/staff/{org}/...): the folder convention has
/// already required back-office access; this loads the member's roles for finer checks.
/// </summary>
public abstract class StaffPageModel : PageModel
{
    public OrganizationRef Org { get; private set; } = null!;
    public StaffSession.Membership Member { get; private set; } = StaffSession.Membership.None;

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
        Member = await HttpContext.RequestServices.GetRequiredService<StaffSession>().GetAsync(HttpContext.RequestAborted);
        if (!Member.IsMember)
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    /// <summary>Puts a use case's errors on the form, so the page shows them beside their fields.</summary>
    protected void AddErrors(IEnumerable<Error> errors, string? prefix = null)
    {
        foreach (var error in errors)
        {
            var key = error.Field is null ? string.Empty : (prefix is null ? error.Field : $"{prefix}.{error.Field}");
            ModelState.AddModelError(key, error.Message);
        }
    }
}
