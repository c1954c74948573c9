using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>An external address given as evidence, with the month (monthly items) or half it covers.</summary>
public sealed record ExternalEvidenceInput(string? Url, string? Title, int? Period = null);

/// <summary>
/// The evidence of an item: confirming or rejecting suggestions (and undoing a rejection), adding external http(s) links, removing evidence (to
/// the trash, after a confirmation page), and moving the item between missing, in progress and ready with its note to
/// the assessor. Department roles act only on items assigned to their departments. Approval is
/// <see cref="ApproveItems"/>'s.
/// </summary>
public sealed class EditEvidence(ProngsaiDbContext db, ItaCatalogs catalogs, TimeProvider clock)
{
    public async Task<Result<ItaEvidence>> DecideAsync(StaffActor actor, int evidenceId, bool confirm, CancellationToken cancellationToken = default)
    {
        var (evidence, item, problem) = await EvidenceForAsync(actor, evidenceId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        evidence!.State = confirm ? ItaEvidenceState.Confirmed : ItaEvidenceState.Rejected;
        evidence.DecidedBy = actor.UserName;
        evidence.DecidedAt = clock.GetUtcNow();
        Touch(item!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    /// <summary>
    /// Undoes a rejection (one click, so one slip): the suggestion waits for a decision again, as it did before. The row
    /// was kept with its state, so nothing else is needed; the audit trail has the state going back. Only a rejected
    /// suggestion comes back (a conflict otherwise, e.g. when a colleague brought it back already).
    /// </summary>
    public async Task<Result<ItaEvidence>> UndoRejectAsync(StaffActor actor, int evidenceId, CancellationToken cancellationToken = default)
    {
        var (evidence, item, problem) = await EvidenceForAsync(actor, evidenceId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (evidence!.State != ItaEvidenceState.Rejected)
        {
            return Error.Conflict("ข้อเสนอนี้ไม่ได้อยู่ในรายการที่ปฏิเสธแล้ว (อาจมีผู้นำกลับมาพิจารณาแล้ว)");
        }

        evidence.State = ItaEvidenceState.Suggested;
        evidence.DecidedBy = null;
        evidence.DecidedAt = null;
        Touch(item!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    public async Task<Result<ItaEvidence>> AddExternalAsync(StaffActor actor, int itemId, ExternalEvidenceInput input, CancellationToken cancellationToken = default)
    {
        var (item, problem) = await ItemForAsync(actor, itemId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var text = input.Url?.Trim() ?? "";
        if (text.Length == 0 || text.Length > ItaEvidence.MaxUrl || !Uri.TryCreate(text, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
        {
            return Error.Invalid("กรุณาระบุที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://", "Url");
        }

        var title = string.IsNullOrWhiteSpace(input.Title) ? url.Host : input.Title.Trim();
        if (title.Length > ItaEvidence.MaxTitle)
        {
            return Error.Invalid($"ชื่อหลักฐานยาวเกิน {ItaEvidence.MaxTitle} ตัวอักษร", "Title");
        }

        if (input.Period is { } period && period is < 1 or > 12)
        {
            return Error.Invalid("เดือนต้องอยู่ระหว่าง 1 ถึง 12", "Period");
        }

        var now = clock.GetUtcNow();
        var evidence = new ItaEvidence
        {
            Kind = ItaEvidenceKind.ExternalUrl,
            State = ItaEvidenceState.Confirmed,
            Title = title,
            Url = url.AbsoluteUri,
            Period = input.Period,
            CreatedAt = now,
            CreatedBy = actor.UserName,
            DecidedBy = actor.UserName,
            DecidedAt = now,
        };
        item!.Evidence.Add(evidence);
        Touch(item, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    /// <summary>The evidence for the removal's confirmation page, named by its item, when the actor may remove it.</summary>
    public async Task<Result<EvidenceRemoval>> FindRemovalAsync(StaffActor actor, int evidenceId, CancellationToken cancellationToken = default)
    {
        var (evidence, item, problem) = await EvidenceForAsync(actor, evidenceId, cancellationToken);
        return problem is not null ? problem : await RemovalOfAsync(evidence!, item!, cancellationToken);
    }

    /// <summary>
    /// Moves the evidence to the trash for 30 days (<see cref="ItaEvidenceTrash"/>), in the same save that removes it;
    /// the item's status follows as for any evidence change (an approved item needs approving again).
    /// </summary>
    public async Task<Result<ItaEvidence>> RemoveAsync(StaffActor actor, int evidenceId, CancellationToken cancellationToken = default)
    {
        var (evidence, item, problem) = await EvidenceForAsync(actor, evidenceId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow();
        db.Add(ItaEvidenceTrash.Of(await RemovalOfAsync(evidence!, item!, cancellationToken), actor, now));
        db.Set<ItaEvidence>().Remove(evidence!);
        item!.Evidence.Remove(evidence!);
        Touch(item, now);
        await db.SaveChangesAsync(cancellationToken);
        return evidence!;
    }

    /// <summary>
    /// Missing, in progress or ready, with the note to the assessor. Ready needs confirmed evidence (a suggestion is
    /// never enough). An approved item goes back to ready first (<see cref="ApproveItems.WithdrawAsync"/>).
    /// </summary>
    public async Task<Result<ItaChecklistItem>> SetStatusAsync(
        StaffActor actor, int itemId, ItaItemStatus status, string? note, CancellationToken cancellationToken = default, int? editVersion = null)
    {
        var (item, problem) = await ItemForAsync(actor, itemId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (status == ItaItemStatus.Approved)
        {
            return Error.Invalid("การอนุมัติทำได้จากปุ่มอนุมัติของผู้บริหารเท่านั้น", "Status");
        }

        if (item!.Status == ItaItemStatus.Approved)
        {
            return Error.Conflict("ข้อนี้อนุมัติแล้ว ต้องยกเลิกการอนุมัติก่อนแก้ไขสถานะ", "Status");
        }

        var trimmed = note?.Trim();
        if (trimmed is { Length: > ItaChecklistItem.MaxNote })
        {
            return Error.Invalid($"หมายเหตุยาวเกิน {ItaChecklistItem.MaxNote} ตัวอักษร", "Note");
        }

        if (status == ItaItemStatus.Ready && !item.Evidence.Any(e => e.State == ItaEvidenceState.Confirmed))
        {
            return Error.Invalid("ต้องยืนยันหลักฐานอย่างน้อยหนึ่งรายการก่อนจึงจะตั้งเป็นพร้อมได้", "Status");
        }

        if (EditVersions.Claim(item, editVersion) is { } stale)
        {
            return stale;
        }

        item.Status = status;
        item.Note = string.IsNullOrEmpty(trimmed) ? null : trimmed;
        item.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>The evidence and its item, when the actor may edit that item's evidence (not found answers like forbidden to those who may not).</summary>
    private async Task<(ItaEvidence? Evidence, ItaChecklistItem? Item, Error? Problem)> EvidenceForAsync(
        StaffActor actor, int evidenceId, CancellationToken cancellationToken)
    {
        var evidence = await db.Set<ItaEvidence>().FirstOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        if (evidence is null)
        {
            return (null, null, actor.Lacks(ItaPermissions.EditItaEvidence) ?? Error.NotFound());
        }

        var (item, problem) = await ItemForAsync(actor, evidence.ChecklistItemId, cancellationToken);
        return (evidence, item, problem);
    }

    private async Task<(ItaChecklistItem? Item, Error? Problem)> ItemForAsync(StaffActor actor, int itemId, CancellationToken cancellationToken)
    {
        if (actor.Lacks(ItaPermissions.EditItaEvidence) is { } forbidden)
        {
            return (null, forbidden);
        }

        var item = await db.Set<ItaChecklistItem>().Include(i => i.Evidence).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return (null, Error.NotFound());
        }

        return actor.HasFor(ItaPermissions.EditItaEvidence, item.DepartmentId)
            ? (item, null)
            : (null, Error.Forbidden("ข้อนี้อยู่ในความรับผิดชอบของส่วนราชการอื่น"));
    }

    private async Task<EvidenceRemoval> RemovalOfAsync(ItaEvidence evidence, ItaChecklistItem item, CancellationToken cancellationToken)
    {
        var checklist = await db.Set<ItaChecklist>().AsNoTracking().FirstAsync(c => c.Id == item.ChecklistId, cancellationToken);
        var entry = (await catalogs.LatestAsync(checklist.FiscalYear, checklist.Variant, cancellationToken))?.ItemByKey(item.ItemKey);
        return new EvidenceRemoval(evidence, item, checklist.FiscalYear, entry?.Code ?? item.ItemKey, entry?.DisplayTitle ?? "");
    }

    /// <summary>
    /// A missing item with evidence is in progress; an approved item whose evidence changes needs approving again
    /// (an evidence restore from the trash follows the same rule).
    /// </summary>
    internal static void Touch(ItaChecklistItem item, DateTimeOffset now)
    {
        if (item.Status == ItaItemStatus.Missing && item.Evidence.Any(e => e.State != ItaEvidenceState.Rejected))
        {
            item.Status = ItaItemStatus.InProgress;
        }
        else if (item.Status == ItaItemStatus.Approved)
        {
            item.Status = ItaItemStatus.Ready;
            item.ApprovedBy = null;
            item.ApprovedAt = null;
        }

        if (item.Status == ItaItemStatus.Ready && !item.Evidence.Any(e => e.State == ItaEvidenceState.Confirmed))
        {
            item.Status = ItaItemStatus.InProgress;
        }

        item.UpdatedAt = now;
    }
}
