using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// The head of the office opens an approved plan again, with a reason (after the page asked for confirmation): it
/// leaves the website until approved again and its projects may change. Progress reports stay.
/// </summary>
public sealed class ReopenAntiCorruptionPlan(ProngsaiDbContext db, ContentVersion contentVersion)
{
    public async Task<Result<AntiCorruptionPlan>> RunAsync(StaffActor actor, int fiscalYear, string? reason, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PlanPermissions.ApproveAntiCorruptionPlan) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<Error>();
        TextFields.Required(errors, reason, PlanRules.Reason, "Reason", "กรุณาบอกเหตุผลที่ต้องแก้ไขแผนที่อนุมัติแล้ว", "เหตุผล");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await db.Set<AntiCorruptionPlan>().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("ยังไม่มีแผนปฏิบัติการป้องกันการทุจริตของปีนี้");
        }

        if (errors.Count > 0)
        {
            return Result<AntiCorruptionPlan>.Fail(errors);
        }

        await PlanLocks.LockAsync(db, plan.Id, cancellationToken);
        await db.Entry(plan).ReloadAsync(cancellationToken);
        if (plan.Status != PlanStatus.Approved)
        {
            return Error.Conflict("แผนปฏิบัติการปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว");
        }

        plan.Status = PlanStatus.Draft;
        plan.ApprovedAt = null;
        plan.ApprovedByUserId = null;
        plan.ApprovedBy = null;
        plan.ReopenReason = reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(plan.OrganizationId, cancellationToken);
        return plan;
    }
}
