using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// Names a draft plan, for an office whose yearly plan is a slice of a multi-year plan ("แผนปฏิบัติการป้องกันการทุจริต
/// 4 ปี (พ.ศ. 2566–2570)"); empty: the default title. The whole plan is the office's, so only organization-wide roles
/// name it.
/// </summary>
public sealed class SetPlanTitle(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<AntiCorruptionPlan>> RunAsync(StaffActor actor, int fiscalYear, string? title, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PlanPermissions.WriteAntiCorruptionPlan) is { } forbidden)
        {
            return forbidden;
        }

        if (!actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, null))
        {
            return Error.Forbidden("ชื่อแผนของทั้งหน่วยงานให้ผู้บริหารหรือผู้ดูแลระบบบันทึก");
        }

        if (!PlanLocks.Plannable(fiscalYear, clock))
        {
            return Error.NotFound("ไม่มีปีงบประมาณนี้ให้จัดทำแผน");
        }

        var errors = new List<Error>();
        TextFields.Optional(errors, title, PlanRules.Title, "Title", "ชื่อแผน");
        if (errors.Count > 0)
        {
            return Result<AntiCorruptionPlan>.Fail(errors);
        }

        var planId = await PlanLocks.EnsurePlanAsync(db, fiscalYear, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await PlanLocks.DraftOrConflictAsync(db, planId, cancellationToken) is { } closed)
        {
            return closed;
        }

        var plan = await db.Set<AntiCorruptionPlan>().FindAsync([planId], cancellationToken);
        plan!.Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return plan;
    }
}
