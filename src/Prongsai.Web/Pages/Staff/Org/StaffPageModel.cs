using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;
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

    /// <summary>Set when a colleague's save refused this one: the address of the record as it now is.</summary>
    public string? ConflictLatest { get; private set; }

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

    /// <summary>The file this page's import keeps between its preview and its confirmation, with what was chosen with it.</summary>
    protected PendingImport<TChoices> PendingImport<TChoices>(string import, IFileStore files)
        where TChoices : class => new(import, Org.Id, Actor.UserId ?? "", files, TempData);

    /// <summary>An import's confirmation with no kept file to save: the sentence on the page, 422.</summary>
    protected PageResult NoKeptImport()
    {
        ModelState.AddModelError(string.Empty, PendingImportTexts.Gone);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
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

    /// <summary>
    /// How a page with several forms answers one of them: on success the flash and a redirect to <paramref name="done"/>
    /// (post, redirect, get); 403/404 as such; otherwise the errors beside the fields of that form (<paramref name="form"/>
    /// is their prefix; null when the form posts its fields under the names the use case gives them) or at the top, the
    /// page read again by <paramref name="reload"/> (false: it is gone, 404), and 422 or 409.
    /// </summary>
    /// <remarks>
    /// A form of a record several members edit gives <paramref name="latest"/>, the record's address: a save refused
    /// because a colleague saved first then links to it, and <paramref name="reload"/> sees <see cref="ConflictLatest"/>
    /// set, so it gives the kept form the record's current count.
    /// </remarks>
    protected async Task<IActionResult> AnswerFormAsync<T>(
        Result<T> result, string? form, string flash, string done, Func<Task<bool>> reload, string? latest = null)
    {
        if (result.Succeeded)
        {
            Flash = flash;
            return Redirect(done);
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, form);
        if (EditConflicts.Among(result.Errors))
        {
            EditConflicts.Show(ModelState);
            ConflictLatest = latest;
        }

        if (!await reload())
        {
            return NotFound();
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    /// <summary>
    /// A save refused because a colleague saved after this page was drawn (<see cref="EditVersions"/>): the message at
    /// the top, 409, and the link to the record as it now is (<paramref name="latest"/>). Returns the record's current
    /// count (<paramref name="current"/>) for the form, so saving again replaces the colleague's save knowingly. Every
    /// edit form answers a conflict through here, so none forgets a step.
    /// </summary>
    protected int ShowEditConflict(int current, string latest)
    {
        EditConflicts.Show(ModelState);
        ConflictLatest = latest;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return current;
    }

    /// <summary>Puts a use case's errors on the form, so the page shows them beside their fields.</summary>
    protected void AddErrors(IEnumerable<Error> errors, string? prefix = null) =>
        UseCaseErrors.AddToModelState(ModelState, errors, prefix);
}
