using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Storage;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Requests;

/// <summary>
/// One request in the back office: its facts, steps, messages and internal notes, and the actions the member may take
/// (each a use case that checks again). The identity is masked; a ComplaintOfficer reveals it with a button, and that
/// reading is audited. A request the member may not see answers 404, like one that does not exist.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(RequestsPermissions.AnswerRequests)]
public sealed class RequestModel(ProngsaiDbContext db, HandleRequest handle, RequestQueue queue, IFileStore store) : StaffPageModel
{
    public TrackedRequest Item { get; private set; } = null!;
    public RequestType Type { get; private set; } = null!;
    public bool Late { get; private set; }
    public bool VeryLate { get; private set; }
    public bool MayScreen { get; private set; }
    public bool MayAnswer { get; private set; }
    public bool MaySeeIdentity { get; private set; }
    public RequesterIdentity? Identity { get; private set; }

    /// <summary>When, by whom and why the question was taken off the website; null while it is there or never was.</summary>
    public QaWithdrawal? Withdrawal { get; private set; }
    public string? Department { get; private set; }
    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<(string Id, string Name)> Officers { get; private set; } = [];

    /// <summary>The action whose form was refused (its handler name): the message and what was typed go back into it.</summary>
    public string? RefusedForm { get; private set; }

    /// <summary>What was typed into <paramref name="field"/> of the refused form <paramref name="form"/>; null for any other form.</summary>
    public string? TypedInto(string form, string field) =>
        RefusedForm == form && Request.HasFormContentType ? Request.Form[field].ToString() : null;

    /// <summary>The field of each action's form that its message stands beside.</summary>
    private static string FieldOf(string? form) => form switch
    {
        "Screen" or "Start" or "Conclude" => "note",
        "Forward" => "agency",
        "Reject" or "Withdraw" => "reason",
        "Assign" => "departmentId",
        _ => "text",
    };

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(int id, int fileId)
    {
        if (!await LoadAsync(id) || Item.Attachments.FirstOrDefault(a => a.Id == fileId) is not { } file
            || await store.OpenReadAsync(file.FileKey, HttpContext.RequestAborted) is not { } stream)
        {
            return NotFound();
        }

        return File(stream, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostScreenAsync(int id, string? note) =>
        ActAsync(id, a => handle.ScreenAsync(a, id, note), Lang.T("คัดกรองแล้ว", "Screened."));

    public Task<IActionResult> OnPostAssignAsync(int id, int? departmentId, string? officerUserId) =>
        ActAsync(id, a => handle.AssignAsync(a, id, departmentId, officerUserId), Lang.T("มอบหมายแล้ว", "Assigned."));

    public Task<IActionResult> OnPostStartAsync(int id, string? note) =>
        ActAsync(id, a => handle.StartAsync(a, id, note), Lang.T("บันทึกว่ากำลังดำเนินการแล้ว", "Recorded as in progress."));

    public Task<IActionResult> OnPostForwardAsync(int id, string? agency, string? note) =>
        ActAsync(id, a => handle.ForwardAsync(a, id, agency, note), Lang.T("ส่งต่อเรื่องแล้ว", "Forwarded."));

    public Task<IActionResult> OnPostAnswerAsync(int id, string? text, int? editVersion)
    {
        AnswerVersion = editVersion;
        return ActAsync(id, a => handle.AnswerAsync(a, id, text, HttpContext.RequestAborted, editVersion), Lang.T("ตอบเรื่องแล้ว", "Answered."));
    }

    /// <summary>The request's edit count the answer form carries: as posted, or as it now is after a colleague's answer
    /// refused this one (<see cref="EditConflicts"/>).</summary>
    public int? AnswerVersion { get; private set; }


    public Task<IActionResult> OnPostConcludeAsync(int id, string? note) =>
        ActAsync(id, a => handle.ConcludeAsync(a, id, note), Lang.T("ปิดเรื่องแล้ว", "Closed."));

    public Task<IActionResult> OnPostRejectAsync(int id, string? reason) =>
        ActAsync(id, a => handle.RejectAsync(a, id, reason), Lang.T("บันทึกไม่รับเรื่องแล้ว", "Recorded as rejected."));

    public Task<IActionResult> OnPostWithdrawAsync(int id, string? reason) =>
        ActAsync(id, a => handle.WithdrawFromWebsiteAsync(a, id, reason),
            Lang.T("นำคำถามนี้ออกจากเว็บไซต์แล้ว", "Taken off the website."));

    public Task<IActionResult> OnPostMessageAsync(int id, string? text) =>
        ActAsync(id, a => handle.MessageAsync(a, id, text, isInternal: false), Lang.T("ส่งข้อความถึงผู้ยื่นเรื่องแล้ว", "Sent the message to the requester."));

    public Task<IActionResult> OnPostNoteAsync(int id, string? text) =>
        ActAsync(id, a => handle.MessageAsync(a, id, text, isInternal: true), Lang.T("บันทึกภายในแล้ว", "Saved the internal note."));

    /// <summary>Shows the identity on this answer only (not kept in the page's address or a cookie); the use case audits it.</summary>
    public async Task<IActionResult> OnPostRevealAsync(int id)
    {
        var result = await handle.RevealIdentityAsync(Actor, id, HttpContext.RequestAborted);
        if (!result.Succeeded && StatusFor(result.Errors) is { } status)
        {
            return status;
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Errors[0].Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Identity = result.Value;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<IActionResult> ActAsync(int id, Func<StaffActor, Task<Result<TrackedRequest>>> action, string done)
    {
        var result = await action(Actor);
        if (result.Succeeded)
        {
            Flash = done;
            return Redirect($"/staff/{Org.Slug}/requests/{id}");
        }

        if (StatusFor(result.Errors) is { } status)
        {
            return status;
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        RefusedForm = RouteData.Values["handler"] as string;
        if (EditConflicts.Among(result.Errors))
        {
            AnswerVersion = ShowEditConflict(Item.EditVersion, $"/staff/{Org.Slug}/requests/{id}");
            return Page();
        }

        ModelState.AddModelError(FieldOf(RefusedForm), string.Join(" ", result.Errors.Select(e => e.Message)));
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.Set<TrackedRequest>().AsNoTracking().AsSplitQuery()
            .Include(r => r.Type).Include(r => r.Steps).Include(r => r.Messages).Include(r => r.Attachments)
            .FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (item is null || !RequestAccess.CanSee(Actor, item.Type!, item))
        {
            return false;
        }

        Item = item;
        Type = item.Type!;
        (Late, VeryLate) = queue.Flags(item);
        MayScreen = RequestAccess.CanScreen(Actor, Type, item);
        MayAnswer = RequestAccess.CanAnswer(Actor, Type, item);
        MaySeeIdentity = RequestAccess.CanSeeIdentity(Actor, Type, item);
        Departments = await DepartmentChoices.Offered(db.Departments.AsNoTracking(), item.DepartmentId).OrderBy(d => d.SortOrder)
            .ToDictionaryAsync(d => d.Id, d => d.Name, HttpContext.RequestAborted);
        Department = item.DepartmentId is { } d ? Departments.GetValueOrDefault(d) : null;
        Withdrawal = await QaWithdrawals.LatestAsync(db, item, HttpContext.RequestAborted);
        if (MayScreen)
        {
            Officers = (await db.Users.AsNoTracking().Where(u => u.OrganizationId == Org.Id).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(HttpContext.RequestAborted)).Select(u => (u.Id, u.DisplayName)).ToList();
        }

        return true;
    }
}
