using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Budget;

/// <summary>
/// A removed budget line in the trash (<see cref="EditBudgetPlan.RemoveLineAsync"/>), with its months. It comes back
/// with its ids into its plan, at its place when that is free, to who may edit finance data; a plan that is gone (or
/// itself in the trash) is restored first. A published plan is read live, so the restore bumps the content stamp as
/// the delete does.
/// </summary>
public sealed class BudgetLineTrash(ProngsaiDbContext db, FinanceAccess access, TimeProvider clock) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.Set<BudgetPlan>().Where(p => p.Id == item.ParentId).Select(p => (int?)p.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"budget/{year}")
            : null;

    public const string Key = "budget-line";

    public string Kind => Key;
    public string Label => "รายการงบประมาณ";
    public string LabelEnglish => "Budget line";
    public string AuditEntity => nameof(BudgetLine);
    public bool ChangesPublicContent => true;

    /// <summary>The item for a line loaded with its months.</summary>
    public static TrashItem Of(BudgetLine line, int fiscalYear, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, line.OrganizationId, line.Id, string.Create(CultureInfo.InvariantCulture,
            $"รายการงบประมาณ \"{line.Item}\" ({line.DepartmentName}) ปีงบประมาณ {fiscalYear}"), FinancePermissions.EditFinance, TrashPayload.Of(line), actor, now, parentId: line.PlanId);

    public async Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        await access.CheckEditAsync(actor, cancellationToken) is null;

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var plan = await db.Set<BudgetPlan>().FirstOrDefaultAsync(p => p.Id == item.ParentId, cancellationToken);
        if (plan is null)
        {
            return Error.Conflict("แผนการใช้จ่ายงบประมาณของรายการนี้ถูกลบแล้ว จึงกู้คืนรายการไม่ได้ ถ้าแผนยังอยู่ในถังขยะ กรุณากู้คืนแผนก่อน");
        }

        if (await db.Set<BudgetLine>().AnyAsync(l => l.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("รายการงบประมาณนี้ถูกกู้คืนไปแล้ว");
        }

        var line = TrashPayload.Read<BudgetLine>(item);
        await BudgetTrashRows.ForgetGoneDepartmentsAsync(db, [line], cancellationToken);
        var ordinals = await db.Set<BudgetLine>().Where(l => l.PlanId == plan.Id).Select(l => l.Ordinal).ToListAsync(cancellationToken);
        if (ordinals.Contains(line.Ordinal))
        {
            line.Ordinal = ordinals.Max() + 1;
        }

        // Added with its months and their ids, not attached: EF inserts the rows rather than taking them for updates.
        db.Set<BudgetLine>().Add(line);
        plan.UpdatedAt = clock.GetUtcNow();
        return null;
    }
}
