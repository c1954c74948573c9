using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// How the plan's writes take turns (<see cref="YearlyRows"/>): every change to a year's projects locks the plan's row
/// and then reads its state, so no project changes after the head approved the plan. And which project a member may
/// work on: one that exists, of their own departments (the whole office's: organization-wide roles).
/// </summary>
internal static class PlanLocks
{
    public const string Approved = "แผนปฏิบัติการปีนี้อนุมัติแล้ว แก้ไขโครงการไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน";

    public static Task LockAsync(ProngsaiDbContext db, int planId, CancellationToken cancellationToken) =>
        YearlyRows.LockAsync(db.Set<AntiCorruptionPlan>().Where(p => p.Id == planId), p => p.Status, cancellationToken);

    /// <summary>Locks the plan and reads its state under the lock.</summary>
    public static async Task<PlanStatus> LockedStatusAsync(ProngsaiDbContext db, int planId, CancellationToken cancellationToken)
    {
        await LockAsync(db, planId, cancellationToken);
        return await db.Set<AntiCorruptionPlan>().Where(p => p.Id == planId).Select(p => p.Status).FirstAsync(cancellationToken);
    }

    /// <summary>Locks the plan and answers a conflict unless it is still a draft.</summary>
    public static async Task<Error?> DraftOrConflictAsync(ProngsaiDbContext db, int planId, CancellationToken cancellationToken) =>
        await LockedStatusAsync(db, planId, cancellationToken) == PlanStatus.Draft ? null : Error.Conflict(Approved);

    /// <summary>The year's plan, started if there is none.</summary>
    public static Task<int> EnsurePlanAsync(ProngsaiDbContext db, int fiscalYear, CancellationToken cancellationToken) =>
        YearlyRows.EnsureAsync(db, (AntiCorruptionPlan p) => p.FiscalYear == fiscalYear, p => p.Id,
            () => new AntiCorruptionPlan { FiscalYear = fiscalYear }, cancellationToken);

    /// <summary>The project, tracked for a change, or the error to answer instead.</summary>
    public static async Task<(PlanProject? Project, Error? Refused)> ProjectForWorkAsync(
        ProngsaiDbContext db, StaffActor actor, int projectId, CancellationToken cancellationToken)
    {
        var project = await db.Set<PlanProject>().FirstOrDefaultAsync(j => j.Id == projectId, cancellationToken);
        if (project is null)
        {
            return (null, Error.NotFound("ไม่พบโครงการนี้"));
        }

        return actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, project.DepartmentId)
            ? (project, null)
            : (null, Error.Forbidden("โครงการนี้อยู่ในความรับผิดชอบของส่วนราชการอื่น"));
    }

    /// <summary>Whether the year may be planned: from 2550 to the next fiscal year.</summary>
    public static bool Plannable(int fiscalYear, TimeProvider clock) =>
        fiscalYear >= PlanRules.FirstYear && fiscalYear <= Calendar.FiscalYear.ForDate(Calendar.BangkokTime.Today(clock)).BeYear + 1;
}
