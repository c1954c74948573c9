using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Circulars;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Pages.Staff.Org.Circulars;

/// <summary>
/// Withdrawing a circular asks first: GET names it and says what will happen (kept, with its acknowledgements; nobody
/// asked any more) and changes nothing; POST withdraws it with the reason recipients will read.
/// </summary>
[RequirePermission(CircularsPermissions.IssueCirculars)]
public sealed class CancelModel(CircularBoard board, CancelCircular cancel) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public CircularView View { get; private set; } = null!;
    public string CircularUrl => $"/staff/{Org.Slug}/circulars/{Id}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return view.Circular.Status == CircularStatus.Cancelled ? Redirect(CircularUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await cancel.RunAsync(Actor, Id, Reason, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("ยกเลิกหนังสือเวียนแล้ว ผู้รับจะไม่ถูกขอให้รับทราบอีก", "Withdrawn: nobody is asked to acknowledge it any more.");
            return Redirect(CircularUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
