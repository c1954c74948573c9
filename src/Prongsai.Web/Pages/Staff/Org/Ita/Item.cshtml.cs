using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Ita;

/// <summary>
/// One checklist item: its evidence (suggestions to confirm or reject, rejected ones to bring back, confirmed links with their check results,
/// an external link to add), the month grid of monthly items, status and note, department, approval. Removing
/// evidence is a link to its confirmation page (<see cref="DeleteEvidenceModel"/>), which moves it to the trash.
/// </summary>
[RefuseUnreadableChoices]
public sealed class ItemModel(
    ChecklistReader reader, ProngsaiDbContext db, EditEvidence edit, ApproveItems approve, ManageChecklist manage,
    IEnumerable<IEvidenceSource> sources) : StaffPageModel
{
    public ChecklistView View { get; private set; } = null!;
    public ChecklistRow Row { get; private set; } = null!;
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    /// <summary>What makes the system suggest evidence for this item, so a clerk who finds none knows what to do.</summary>
    public IReadOnlyList<EvidenceHint> Hints { get; private set; } = [];

    public bool CanEdit => Actor.HasFor(ItaPermissions.EditItaEvidence, Row.Entry.DepartmentId);
    public bool CanApprove => Actor.Has(ItaPermissions.ApproveItaItems);
    public bool CanManage => Actor.Has(ItaPermissions.ManageItaChecklist);

    /// <summary>The form that came back refused ("link", "status", "assign"): its messages and what was typed go back into it.</summary>
    public string? RefusedForm { get; private set; }

    /// <summary>A field's value: as typed when its form was refused (read from the post), else <paramref name="saved"/>.</summary>
    public string? ValueOf(string form, string field, string? saved = null) =>
        RefusedForm == form && Request.HasFormContentType && Request.Form.TryGetValue(field, out var typed) ? typed.ToString() : saved;

    public async Task<IActionResult> OnGetAsync(int fiscalYear, int itemId) =>
        await LoadAsync(fiscalYear, itemId) ? Page() : NotFound();

    public Task<IActionResult> OnPostDecideAsync(int fiscalYear, int itemId, int evidenceId, bool confirm) =>
        AnswerAsync(fiscalYear, itemId, edit.DecideAsync(Actor, evidenceId, confirm, HttpContext.RequestAborted),
            confirm ? Lang.T("ยืนยันหลักฐานแล้ว", "Confirmed the evidence.")
                : Lang.T("ปฏิเสธข้อเสนอแล้ว นำกลับมาพิจารณาได้จากรายการ \"ข้อเสนอที่ปฏิเสธแล้ว\" ด้านล่าง",
                    "Turned down the suggestion; it can be brought back from \"Rejected suggestions\" below."), null);

    public Task<IActionResult> OnPostUndoRejectAsync(int fiscalYear, int itemId, int evidenceId) =>
        AnswerAsync(fiscalYear, itemId, edit.UndoRejectAsync(Actor, evidenceId, HttpContext.RequestAborted),
            Lang.T("นำข้อเสนอกลับมาพิจารณาแล้ว", "The suggestion is back for a decision."), null);

    public Task<IActionResult> OnPostLinkAsync(int fiscalYear, int itemId, string? url, string? title, int? period) =>
        AnswerAsync(fiscalYear, itemId, edit.AddExternalAsync(Actor, itemId, new ExternalEvidenceInput(url, title, period), HttpContext.RequestAborted),
            Lang.T("เพิ่มลิงก์แล้ว", "Added the link."), "link");

    public Task<IActionResult> OnPostStatusAsync(int fiscalYear, int itemId, ItaItemStatus status, string? note, int? editVersion)
    {
        StatusVersion = editVersion;
        return AnswerAsync(fiscalYear, itemId, edit.SetStatusAsync(Actor, itemId, status, note, HttpContext.RequestAborted, editVersion),
            Lang.T("บันทึกสถานะแล้ว", "Saved the status."), "status");
    }

    /// <summary>The item's edit count the status form carries: as posted, or as the item now is (<see cref="EditConflicts"/>).</summary>
    public int? StatusVersion { get; private set; }


    public Task<IActionResult> OnPostApproveAsync(int fiscalYear, int itemId) =>
        AnswerAsync(fiscalYear, itemId, approve.ApproveAsync(Actor, itemId, HttpContext.RequestAborted), Lang.T("อนุมัติแล้ว", "Approved."), null);

    public Task<IActionResult> OnPostWithdrawAsync(int fiscalYear, int itemId) =>
        AnswerAsync(fiscalYear, itemId, approve.WithdrawAsync(Actor, itemId, HttpContext.RequestAborted),
            Lang.T("ยกเลิกการอนุมัติแล้ว", "Withdrew the approval."), null);

    public Task<IActionResult> OnPostAssignAsync(int fiscalYear, int itemId, int? departmentId) =>
        AnswerAsync(fiscalYear, itemId, manage.AssignAsync(Actor, itemId, departmentId, HttpContext.RequestAborted),
            Lang.T("บันทึกผู้รับผิดชอบแล้ว", "Saved who is responsible."), "assign");

    /// <param name="form">The form that was sent, whose fields hold the messages; null for a button whose message goes on top.</param>
    private async Task<IActionResult> AnswerAsync<T>(int fiscalYear, int itemId, Task<Result<T>> work, string done, string? form)
    {
        var result = await work;
        if (result.Succeeded)
        {
            Flash = done;
            return Redirect($"/staff/{Org.Slug}/ita/{fiscalYear}/items/{itemId}");
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        RefusedForm = form;
        if (!await LoadAsync(fiscalYear, itemId))
        {
            return NotFound();
        }

        if (EditConflicts.Among(result.Errors))
        {
            StatusVersion = ShowEditConflict(Row.Entry.EditVersion, $"/staff/{Org.Slug}/ita/{fiscalYear}/items/{itemId}");
            return Page();
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(int fiscalYear, int itemId)
    {
        var view = await reader.GetAsync(fiscalYear, HttpContext.RequestAborted);
        var row = view?.Rows.FirstOrDefault(r => r.Entry.Id == itemId);
        if (view is null || row is null)
        {
            return false;
        }

        View = view;
        Row = row;
        Hints = EvidenceHints.For(view.Catalog, row.Item, sources);
        Departments = await DepartmentChoices.Offered(db.Departments.AsNoTracking(), row.Entry.DepartmentId).OrderBy(d => d.SortOrder).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    public static string KindText(ItaEvidenceKind kind) => Lang.T(ItaTexts.Kind(kind), ItaTexts.KindEnglish(kind));

    /// <summary>Who turned a suggestion down and when (พ.ศ.), after its kind: " · ปฏิเสธโดย … 5 ธ.ค. 69".</summary>
    public static string RejectedText(ItaEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var by = evidence.DecidedBy is { } name ? $" · {Lang.T("ปฏิเสธโดย", "rejected by")} {name}" : "";
        return evidence.DecidedAt is { } at ? $"{by} {Core.Calendar.ThaiDate.FormatShort(at)}" : by;
    }

    public static string CheckText(LinkCheckOutcome outcome) => Lang.T(ItaTexts.Check(outcome), ItaTexts.CheckEnglish(outcome));
}
