using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Budget;

/// <summary>
/// A deleted spending plan in the trash (<see cref="EditBudgetPlan.DeletePlanAsync"/>: never published), with its lines
/// and their months. It comes back with every id, to who may edit finance data, unless its fiscal year has a new plan
/// since (one plan a year). Lines removed one by one before the plan went stay separate items, restorable after it.
/// The public never saw the plan, so neither its delete nor its restore touches the content stamp.
/// </summary>
public sealed class BudgetPlanTrash(ProngsaiDbContext db, FinanceAccess access) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.Set<BudgetPlan>().Where(p => p.Id == item.ItemId).Select(p => (int?)p.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"budget/{year}")
            : null;

    public const string Key = "budget-plan";

    public string Kind => Key;
    public string Label => "แผนการใช้จ่ายงบประมาณ";
    public string LabelEnglish => "Budget spending plan";
    public string AuditEntity => nameof(BudgetPlan);

    /// <summary>The item for a plan loaded with its lines and their months.</summary>
    public static TrashItem Of(BudgetPlan plan, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, plan.OrganizationId, plan.Id, string.Create(CultureInfo.InvariantCulture, $"แผนการใช้จ่ายงบประมาณ ปีงบประมาณ {plan.FiscalYear} ({plan.Lines.Count:N0} รายการ)"), FinancePermissions.EditFinance, TrashPayload.Of(plan), actor, now);

    public async Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        await access.CheckEditAsync(actor, cancellationToken) is null;

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.Set<BudgetPlan>().AnyAsync(p => p.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("แผนการใช้จ่ายงบประมาณนี้ถูกกู้คืนไปแล้ว");
        }

        var plan = TrashPayload.Read<BudgetPlan>(item);
        if (await db.Set<BudgetPlan>().AnyAsync(p => p.FiscalYear == plan.FiscalYear, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"ปีงบประมาณ {plan.FiscalYear} มีแผนการใช้จ่ายงบประมาณใหม่แล้ว จึงกู้คืนแผนเดิมไม่ได้ (ปีหนึ่งมีได้แผนเดียว)"));
        }

        await BudgetTrashRows.ForgetGoneDepartmentsAsync(db, plan.Lines, cancellationToken);
        // Added with its lines and months and all their ids, not attached: EF inserts the rows.
        db.Set<BudgetPlan>().Add(plan);
        return null;
    }
}
