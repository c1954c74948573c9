using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>
/// Taking the catalog file this release ships as the next revision asks first: GET says what would change for every
/// organization's checklist of that year and changes nothing; POST takes it (the revision seen is posted back, so a
/// revision saved in between is not overwritten unseen).
/// </summary>
public sealed class ItaCatalogUpdateModel(ShippedCatalogUpdates updates, TakeShippedItaCatalog take, StaffSession session) : PageModel
{
    [FromRoute] public int FiscalYear { get; set; }
    [FromRoute] public string Variant { get; set; } = "";
    [BindProperty] public int FromRevision { get; set; }

    public ShippedCatalogUpdate Update { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await updates.FindAsync(FiscalYear, Variant, HttpContext.RequestAborted) is not { } update)
        {
            return RedirectToPage("ItaCatalogs");
        }

        Update = update;
        FromRevision = update.CurrentRevision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var result = await take.RunAsync(new TakeShippedCatalogRequest(actor, FiscalYear, Variant, FromRevision), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            var next = result.Value!.Next;
            TempData["Message"] = Lang.T(
                string.Create(CultureInfo.InvariantCulture,
                    $"รับรายการที่มากับโปรแกรมแล้ว: ปีงบประมาณ {next.FiscalYear} ({next.Variant}) ฉบับที่ {next.Revision}"),
                string.Create(CultureInfo.InvariantCulture,
                    $"Took the catalog shipped with the application: fiscal year {next.FiscalYear} ({next.Variant}), revision {next.Revision}."));
            return RedirectToPage("ItaCatalogs");
        }

        if (UseCaseErrors.ForPage(this, result.Errors) is { } refusal)
        {
            return refusal;
        }

        // Something was saved since the Operator looked: show what would change now, with the error above it.
        if (await updates.FindAsync(FiscalYear, Variant, HttpContext.RequestAborted) is not { } update)
        {
            return RedirectToPage("ItaCatalogs");
        }

        Update = update;
        ModelState.Remove(nameof(FromRevision));
        FromRevision = update.CurrentRevision;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
