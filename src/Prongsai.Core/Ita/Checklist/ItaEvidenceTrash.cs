using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>
/// Evidence about to be removed, as its confirmation page and the trash name it: the checklist's fiscal year and the
/// item's code and title in the catalog ("O14", "คู่มือหรือมาตรฐานการให้บริการ").
/// </summary>
public sealed record EvidenceRemoval(ItaEvidence Evidence, ItaChecklistItem Item, int FiscalYear, string ItemCode, string ItemTitle);

/// <summary>
/// Removed ITA evidence in the trash (<see cref="EditEvidence.RemoveAsync"/>): the link a clerk typed or confirmed,
/// with its title, address, month and check result. It comes back with its id onto its checklist item, under the
/// rules of adding evidence: who may edit that item's evidence (department roles: their departments' items), an
/// approved item goes back to ready. The item must still be there (it goes with its checklist), and the restore is
/// refused when the item has the same address again (added or suggested since), which would count it twice.
/// ITA evidence holds no file (Prongsai pages and external addresses only), so the purge has no file to delete.
/// </summary>
public sealed class ItaEvidenceTrash(ProngsaiDbContext db, TimeProvider clock) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.Set<ItaChecklistItem>().Where(i => i.Id == item.ParentId)
            .Join(db.Set<ItaChecklist>(), i => i.ChecklistId, c => c.Id, (i, c) => (int?)c.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"ita/{year}/items/{item.ParentId}")
            : null;

    public const string Key = "ita-evidence";

    public string Kind => Key;
    public string Label => "หลักฐาน ITA";
    public string LabelEnglish => "ITA evidence";
    public string AuditEntity => nameof(ItaEvidence);

    /// <summary>The item, under the checklist item the evidence belongs to: the department rule and the restore read it.</summary>
    public static TrashItem Of(EvidenceRemoval removal, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, removal.Evidence.OrganizationId, removal.Evidence.Id,
            string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {removal.FiscalYear} ข้อ {removal.ItemCode}: {removal.Evidence.Title}"),
            ItaPermissions.EditItaEvidence, TrashPayload.Of(removal.Evidence), actor, now, parentId: removal.Item.Id);

    public async Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var entry = await db.Set<ItaChecklistItem>().AsNoTracking().Where(i => i.Id == item.ParentId)
            .Select(i => new { i.DepartmentId }).FirstOrDefaultAsync(cancellationToken);
        // An item gone is offered: the restore then says why it cannot be made.
        return entry is null || actor.HasFor(ItaPermissions.EditItaEvidence, entry.DepartmentId);
    }

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var entry = await db.Set<ItaChecklistItem>().Include(i => i.Evidence).FirstOrDefaultAsync(i => i.Id == item.ParentId, cancellationToken);
        if (entry is null)
        {
            return Error.Conflict("ข้อในรายการตรวจสอบ ITA ของหลักฐานนี้ไม่มีแล้ว จึงกู้คืนไม่ได้");
        }

        if (!actor.HasFor(ItaPermissions.EditItaEvidence, entry.DepartmentId))
        {
            return Error.Forbidden("ข้อนี้อยู่ในความรับผิดชอบของส่วนราชการอื่น");
        }

        if (await db.Set<ItaEvidence>().AnyAsync(e => e.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("หลักฐานนี้ถูกกู้คืนไปแล้ว");
        }

        var evidence = TrashPayload.Read<ItaEvidence>(item);
        if (entry.Evidence.Any(e => e.Url == evidence.Url && e.Period == evidence.Period))
        {
            return Error.Conflict("ข้อนี้มีหลักฐานที่อยู่เดียวกันอยู่แล้ว (เพิ่มหรือระบบเสนอใหม่หลังจากลบ) จึงไม่กู้คืนซ้ำ");
        }

        // Added with its id (not through the item's list), so EF inserts it rather than taking it for an update.
        evidence.ChecklistItemId = entry.Id;
        db.Set<ItaEvidence>().Add(evidence);
        if (!entry.Evidence.Contains(evidence))
        {
            entry.Evidence.Add(evidence);
        }

        EditEvidence.Touch(entry, clock.GetUtcNow());
        return null;
    }
}
