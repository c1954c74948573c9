using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Assets;
using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>
/// /{org}/track: type a tracking code, of a question, a complaint or a request to borrow equipment. Any text that is
/// not a code of this organization gets the same answer.
/// </summary>
[PublicPost]
public sealed class TrackModel(CitizenRequests requests, FollowAssetLoanOnline loans, TrackingGuard guard) : PageModel
{
    public string Slug { get; private set; } = "";
    public string? Problem { get; private set; }

    /// <summary>The code as typed, shown again beside the problem.</summary>
    public string? Code { get; private set; }

    public IActionResult OnGet()
    {
        Slug = HttpContext.Organization()?.Slug ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        Slug = HttpContext.Organization()?.Slug ?? "";
        Code = code?.Trim();
        if (string.IsNullOrEmpty(Code))
        {
            Problem = TrackingText.Empty;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (guard.IsBlocked(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests, TrackingText.TooMany);
        }

        // One page for every code a receipt gives: a question or complaint, or a request to borrow equipment.
        var page = await requests.FindAsync(code, HttpContext.RequestAborted) is not null ? "track"
            : await loans.FindAsync(code, HttpContext.RequestAborted) is not null ? "borrow/track"
            : null;
        if (page is null)
        {
            guard.Failed(HttpContext);
            Problem = TrackingText.NotFound;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        // 303: the browser fetches the status page with GET (a reload does not post the code again).
        Response.Headers.Location = $"/{Slug}/{page}/{TrackingCodes.Format(TrackingCodes.Normalize(code)!)}";
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}

/// <summary>The tracking-code form's values (<c>_TrackForm</c>): where it posts, the code as typed, what was wrong.</summary>
public sealed record TrackForm(string Slug, string? Code, string? Problem);

/// <summary>The two answers a wrong code can get: both say nothing about codes that exist.</summary>
public static class TrackingText
{
    public static string NotFound => Lang.T("ไม่พบเรื่องตามรหัสติดตามนี้ กรุณาตรวจสอบรหัสบนใบรับเรื่องอีกครั้ง", "No request has this tracking code. Check the code on your receipt.");

    public static string Empty => Lang.T("กรุณากรอกรหัสติดตาม", "Please type the tracking code.");

    public static string TooMany => Lang.T("กรอกรหัสติดตามผิดหลายครั้งเกินไป กรุณารอ 10 นาทีแล้วลองใหม่", "Too many wrong tracking codes. Please wait 10 minutes and try again.");
}
