using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Pages;

/// <summary>Edit the organization's about and policy pages (stored text replaces the default).</summary>
[RequirePermissionToChange(OrganizationPermissions.ManageOrganizationProfile)]
public sealed class IndexModel(ProngsaiDbContext db, OrganizationPages pages, Prongsai.Core.Caching.ContentVersion versions) : StaffPageModel
{
    public PageKind? Kind { get; private set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public bool IsDefault { get; private set; }

    /// <summary>The page's edit count the form carries (<see cref="EditConflicts"/>).</summary>
    public int EditVersion { get; private set; }


    public async Task<IActionResult> OnGetAsync(string? key)
    {
        if (key is null)
        {
            return Page();
        }

        Kind = OrganizationPages.Kind(key);
        if (Kind is null || key == "executives")
        {
            return NotFound();
        }

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == Org.Id);
        (Title, Body, IsDefault, _) = await pages.GetAsync(organization, key);
        EditVersion = await CurrentVersionAsync(key);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? key, string? title, string? body, int? editVersion)
    {
        var result = await pages.SaveAsync(Actor, key ?? "", title, body, HttpContext.RequestAborted, editVersion);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            Kind = OrganizationPages.Kind(key);
            (Title, Body) = (title ?? "", body ?? "");
            if (EditConflicts.Among(result.Errors))
            {
                EditVersion = ShowEditConflict(await CurrentVersionAsync(key!), $"/staff/{Org.Slug}/pages/{key}");
            }
            else
            {
                EditVersion = editVersion ?? await CurrentVersionAsync(key!);
            }

            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        await versions.BumpAsync(Org.Id, HttpContext.RequestAborted);
        Flash = Lang.T("บันทึกแล้ว", "Saved.");
        return Redirect($"/staff/{Org.Slug}/pages/{key}");
    }

    private Task<int> CurrentVersionAsync(string key) =>
        db.OrganizationPages.AsNoTracking().Where(p => p.Key == key).Select(p => p.EditVersion).FirstOrDefaultAsync(HttpContext.RequestAborted);
}
