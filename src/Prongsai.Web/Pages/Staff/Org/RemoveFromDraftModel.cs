using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Common;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// The page that asks before an item leaves a year's draft (a project of the anti-corruption plan, a risk of the
/// assessment). GET names the item and changes nothing; when the year was approved meanwhile, those who work on the item
/// go back to it with a word (its page says why) and the others are refused (403). The page's POST hands its use case to
/// <see cref="RemoveAsync{T}"/>: the year's list with a flash on success, 403/404 as such, otherwise the page again with
/// the error (409, 422). An item the member may not see is 404 either way.
/// </summary>
/// <typeparam name="TView">the item as the member may see it, with what they may do with it</typeparam>
public abstract class RemoveFromDraftModel<TView> : StaffPageModel where TView : class
{
    [FromRoute] public int Id { get; set; }

    public TView View { get; private set; } = null!;

    /// <summary>The item's own page, where the page leads back to.</summary>
    public string ItemUrl => ItemPath(Org.Slug, Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await FindAsync(Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (MayEdit(view))
        {
            return Page();
        }

        if (WorksOn(view))
        {
            Flash = Locked;
            return Redirect(ItemUrl);
        }

        return Forbid();
    }

    /// <summary>Null for an item that does not exist or that the member may not see.</summary>
    protected abstract Task<TView?> FindAsync(int id, CancellationToken cancellationToken);

    protected abstract string ItemPath(string org, int id);

    /// <summary>The list of the item's year in the back office.</summary>
    protected abstract string ListPath(string org, TView view);

    /// <summary>Whether the member may change the item now (its year is a draft, and they work on it).</summary>
    protected abstract bool MayEdit(TView view);

    /// <summary>Whether the member works on the item at all, whatever state its year is in.</summary>
    protected abstract bool WorksOn(TView view);

    /// <summary>Why an item of an approved year stays, said on the item's page.</summary>
    protected abstract string Locked { get; }

    /// <summary>The flash once the item is removed, naming it.</summary>
    protected abstract string Removed(TView view);

    /// <summary>The POST: reads the item again (404 when gone), then <paramref name="remove"/> runs the use case.</summary>
    protected async Task<IActionResult> RemoveAsync<T>(Func<Task<Result<T>>> remove)
    {
        ArgumentNullException.ThrowIfNull(remove);
        if (await FindAsync(Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var result = await remove();
        if (result.Succeeded)
        {
            Flash = Removed(view);
            return Redirect(ListPath(Org.Slug, view));
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
