using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Procurement;

/// <summary>A removed plan item as the trash keeps it: the row, and the สขร.1 lines that were linked to it.</summary>
public sealed record DeletedPlanItem(ProcurementPlanItem Item, List<int> LinkedRecordIds);

/// <summary>
/// A plan item removed from the working copy (<see cref="ManageProcurementPlan.RemoveItemAsync"/>). It comes back with
/// its id into its plan, and the lines that lost their link to it get it again (those not linked elsewhere since). The
/// annual report counts linked lines, so the restore bumps the content stamp as the delete does.
/// </summary>
public sealed class ProcurementPlanItemTrash(ProngsaiDbContext db, FinanceAccess access, TimeProvider clock) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.Set<ProcurementPlan>().Where(p => p.Id == item.ParentId).Select(p => (int?)p.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"procurement/{year}")
            : null;

    public const string Key = "procurement-plan-item";

    public string Kind => Key;
    public string Label => "รายการในแผนการจัดซื้อจัดจ้าง";
    public string LabelEnglish => "Item of the procurement plan";
    public string AuditEntity => nameof(ProcurementPlanItem);
    public bool ChangesPublicContent => true;

    public static TrashItem Of(ProcurementPlanItem item, int fiscalYear, IReadOnlyList<int> linkedRecordIds, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, item.OrganizationId, item.Id, $"รายการในแผนการจัดซื้อจัดจ้าง ปีงบประมาณ {fiscalYear}: {item.Name}", FinancePermissions.EditFinance, TrashPayload.Of(new DeletedPlanItem(item, linkedRecordIds.ToList())), actor, now, parentId: item.PlanId);

    public async Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        await access.CheckEditAsync(actor, cancellationToken) is null;

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var plan = await db.Set<ProcurementPlan>().FirstOrDefaultAsync(p => p.Id == item.ParentId, cancellationToken);
        if (plan is null)
        {
            return Error.Conflict("แผนการจัดซื้อจัดจ้างของรายการนี้ไม่มีแล้ว จึงกู้คืนไม่ได้");
        }

        if (await db.Set<ProcurementPlanItem>().AnyAsync(i => i.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("รายการในแผนนี้ถูกกู้คืนไปแล้ว");
        }

        var (planItem, linked) = TrashPayload.Read<DeletedPlanItem>(item);
        if (planItem.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            planItem.DepartmentId = null;
        }

        var ordinals = await db.Set<ProcurementPlanItem>().Where(i => i.PlanId == plan.Id).Select(i => i.Ordinal).ToListAsync(cancellationToken);
        if (ordinals.Contains(planItem.Ordinal))
        {
            planItem.Ordinal = ordinals.Max() + 1;
        }

        db.Set<ProcurementPlanItem>().Add(planItem);
        // A line linked to another item since keeps that link: it was chosen after the delete.
        foreach (var record in await db.Set<ProcurementRecord>().Where(r => linked.Contains(r.Id) && r.PlanItemId == null).ToListAsync(cancellationToken))
        {
            record.PlanItemId = planItem.Id;
        }

        plan.UpdatedAt = clock.GetUtcNow();
        return null;
    }
}
