using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// The head of the office approves a year's plan (after the page asked for confirmation): it goes on the website at
/// once, its projects are fixed, and those who write the plan are told they may report progress.
/// </summary>
public sealed class ApproveAntiCorruptionPlan(ProngsaiDbContext db, StaffDirectory directory, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<AntiCorruptionPlan>> RunAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PlanPermissions.ApproveAntiCorruptionPlan) is { } forbidden)
        {
            return forbidden;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await db.Set<AntiCorruptionPlan>().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("ยังไม่มีแผนปฏิบัติการป้องกันการทุจริตของปีนี้");
        }

        await PlanLocks.LockAsync(db, plan.Id, cancellationToken);
        await db.Entry(plan).ReloadAsync(cancellationToken);
        if (plan.Status == PlanStatus.Approved)
        {
            return Error.Conflict("แผนปฏิบัติการปีนี้อนุมัติไปแล้ว");
        }

        if (!await db.Set<PlanProject>().AnyAsync(j => j.PlanId == plan.Id, cancellationToken))
        {
            return Error.Invalid("ยังไม่มีโครงการในแผน เพิ่มอย่างน้อยหนึ่งโครงการก่อนอนุมัติ");
        }

        var now = clock.GetUtcNow();
        plan.Status = PlanStatus.Approved;
        plan.ApprovedAt = now;
        plan.ApprovedByUserId = actor.UserId;
        plan.ApprovedBy = actor.UserName;
        plan.ReopenReason = null;
        var writers = (await directory.HoldingAsync(PlanPermissions.WriteAntiCorruptionPlan, cancellationToken: cancellationToken))
            .Where(m => m.UserId != actor.UserId);
        directory.Notify(writers, new NotificationText(
                string.Create(CultureInfo.InvariantCulture, $"แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {fiscalYear} ได้รับอนุมัติและเผยแพร่แล้ว รายงานความก้าวหน้าของโครงการได้"),
                string.Create(CultureInfo.InvariantCulture, $"The anti-corruption plan for fiscal year {fiscalYear} has been approved and published: you can now report progress on its projects")),
            now, PlanPaths.Staff(fiscalYear));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(plan.OrganizationId, cancellationToken);
        return plan;
    }
}

/// <summary>The staff list of a year, relative to the organization's back office (notifications and the dashboard link to it).</summary>
public static class PlanPaths
{
    public static string Staff(int fiscalYear) => string.Create(CultureInfo.InvariantCulture, $"anti-corruption?year={fiscalYear}");
}
