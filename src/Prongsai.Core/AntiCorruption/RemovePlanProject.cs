using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// Moves a project out of a draft plan to the trash for 30 days (<see cref="PlanProjectTrash"/>), after the page asked
/// for confirmation; the audit trail keeps what it said. A project with a progress report stays: that report was on the
/// website.
/// </summary>
public sealed class RemovePlanProject(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<PlanProject>> RunAsync(StaffActor actor, int projectId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PlanPermissions.WriteAntiCorruptionPlan) is { } forbidden)
        {
            return forbidden;
        }

        var (project, refused) = await PlanLocks.ProjectForWorkAsync(db, actor, projectId, cancellationToken);
        if (project is null)
        {
            return refused!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await PlanLocks.DraftOrConflictAsync(db, project.PlanId, cancellationToken) is { } closed)
        {
            return closed;
        }

        if (await db.Set<ProjectReport>().AnyAsync(r => r.ProjectId == project.Id, cancellationToken))
        {
            return Error.Conflict("โครงการนี้มีรายงานผลการดำเนินการแล้ว จึงลบไม่ได้ แก้ไขข้อความแทนได้");
        }

        var fiscalYear = await db.Set<AntiCorruptionPlan>().Where(p => p.Id == project.PlanId).Select(p => p.FiscalYear).FirstAsync(cancellationToken);
        // In the same save that removes it, with its reports (none while the rule above holds).
        await db.Entry(project).Collection(j => j.Reports).LoadAsync(cancellationToken);
        db.Add(PlanProjectTrash.Of(project, fiscalYear, actor, clock.GetUtcNow()));
        db.Set<PlanProject>().Remove(project);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return project;
    }
}
