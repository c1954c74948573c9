using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// "ยกโครงการจากปีก่อน": copies last year's projects into a draft of this year, as multi-year plans repeat the same
/// projects (and its title, when this year has none). A project already in this year (same dimension, name and
/// department) is not copied again, so pressing twice adds nothing. Reports are not copied. A department head copies
/// their own departments' projects.
/// </summary>
public sealed class CopyProjectsFromLastYear(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<int>> RunAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PlanPermissions.WriteAntiCorruptionPlan) is { } forbidden)
        {
            return forbidden;
        }

        if (!PlanLocks.Plannable(fiscalYear, clock))
        {
            return Error.NotFound("ไม่มีปีงบประมาณนี้ให้จัดทำแผน");
        }

        var previous = await db.Set<AntiCorruptionPlan>().AsNoTracking().Include(p => p.Projects)
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear - 1, cancellationToken);
        var mine = previous?.Projects.Where(j => actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, j.DepartmentId)).OrderBy(j => j.Id).ToList();
        if (mine is not { Count: > 0 })
        {
            return Error.NotFound("ปีก่อนไม่มีโครงการให้ยกมา");
        }

        var planId = await PlanLocks.EnsurePlanAsync(db, fiscalYear, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await PlanLocks.DraftOrConflictAsync(db, planId, cancellationToken) is { } closed)
        {
            return closed;
        }

        var plan = await db.Set<AntiCorruptionPlan>().Include(p => p.Projects).FirstAsync(p => p.Id == planId, cancellationToken);
        var there = plan.Projects.Select(Key).ToHashSet();
        var now = clock.GetUtcNow();
        var copied = 0;
        foreach (var project in mine.Where(j => there.Add(Key(j))))
        {
            plan.Projects.Add(new PlanProject
            {
                Dimension = project.Dimension,
                Name = project.Name,
                Objective = project.Objective,
                DepartmentId = project.DepartmentId,
                Budget = project.Budget,
                Period = project.Period,
                UpdatedAt = now,
            });
            copied++;
        }

        if (plan.Title is null && previous!.Title is not null && actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, null))
        {
            plan.Title = previous.Title;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    private static (PlanDimension, string, int?) Key(PlanProject project) => (project.Dimension, project.Name, project.DepartmentId);
}
