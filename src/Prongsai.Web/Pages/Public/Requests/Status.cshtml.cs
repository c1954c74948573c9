using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>
/// /{org}/track/{code}: the request's status, dated steps, the answer and the messages; the citizen replies here.
/// Wrong codes count towards the same limit as on /{org}/track. Never cached, never indexed.
/// </summary>
[PublicPost("reply")]
public sealed class StatusModel(CitizenRequests requests, TrackingGuard guard) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Code { get; private set; } = "";

    /// <summary>No request has the code in the address: the page offers the tracking form with it, as typed.</summary>
    public bool Missing { get; private set; }
    public CitizenView View { get; private set; } = null!;

    /// <summary>The message as typed, when it comes back refused (its error is beside it, under "text").</summary>
    public string? Text { get; private set; }
    public string? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, string? text)
    {
        if (await LoadAsync(code) is { } refused)
        {
            return refused;
        }

        var result = await requests.ReplyAsync(code, text, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("text", result.Errors[0].Message);
            Text = text;
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        Sent = Lang.T("ส่งข้อความแล้ว", "Message sent.");
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

        if (await requests.FindAsync(code, HttpContext.RequestAborted) is not { } view)
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
