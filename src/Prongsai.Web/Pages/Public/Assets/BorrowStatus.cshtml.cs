using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Assets;
using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Public.Requests;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Assets;

/// <summary>
/// /{org}/borrow/track/{code}: where a request sent from the website stands, with the approver's note to the borrower;
/// the villager withdraws it here while it waits. Wrong codes count towards the same limit as on /{org}/track. Never
/// cached, never indexed.
/// </summary>
[PublicPost]
public sealed class BorrowStatusModel(FollowAssetLoanOnline loans, TrackingGuard guard) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Code { get; private set; } = "";

    /// <summary>No request has the code in the address: the page offers the tracking form with it, as typed.</summary>
    public bool Missing { get; private set; }
    public OnlineLoanView View { get; private set; } = null!;
    public string? Problem { get; private set; }
    public bool JustWithdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ?? Page();

    public async Task<IActionResult> OnPostWithdrawAsync(string code)
    {
        if (await LoadAsync(code) is { } refused)
        {
            return refused;
        }

        var result = await HttpContext.RequestServices.GetRequiredService<WithdrawAssetLoanOnline>().RunAsync(code, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Problem = result.Errors[0].Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            JustWithdrawn = true;
        }

        await LoadAsync(code);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string code)
    {
        Slug = HttpContext.Organization()?.Slug ?? "";
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (guard.IsBlocked(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests, TrackingText.TooMany);
        }

        if (await loans.FindAsync(code, HttpContext.RequestAborted) is not { } view)
        {
            guard.Failed(HttpContext);
            Missing = true;
            Code = code;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Code = TrackingCodes.Format(TrackingCodes.Normalize(code)!);
        View = view;
        return null;
    }
}
