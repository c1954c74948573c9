using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// Moves a risk out of a draft assessment to the trash for 30 days (<see cref="CorruptionRiskTrash"/>), after the page
/// asked for confirmation; the audit trail keeps what it said. A risk that already has a follow-up report stays: that
/// report was on the website.
/// </summary>
public sealed class RemoveCorruptionRisk(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<CorruptionRisk>> RunAsync(StaffActor actor, int riskId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(RisksPermissions.AssessRisks) is { } forbidden)
        {
            return forbidden;
        }

        var (risk, refused) = await RiskAccess.ForWorkAsync(db, actor, riskId, cancellationToken);
        if (risk is null)
        {
            return refused!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await RiskLocks.DraftOrConflictAsync(db, risk.AssessmentId, cancellationToken) is { } closed)
        {
            return closed;
        }

        if (await db.Set<RiskFollowUp>().AnyAsync(f => f.RiskId == risk.Id, cancellationToken))
        {
            return Error.Conflict("ความเสี่ยงนี้มีรายงานผลการดำเนินการแล้ว จึงลบไม่ได้ แก้ไขข้อความแทนได้");
        }

        var fiscalYear = await db.Set<RiskAssessment>().Where(a => a.Id == risk.AssessmentId).Select(a => a.FiscalYear).FirstAsync(cancellationToken);
        // In the same save that removes it, with its follow-ups (none while the rule above holds).
        await db.Entry(risk).Collection(r => r.FollowUps).LoadAsync(cancellationToken);
        db.Add(CorruptionRiskTrash.Of(risk, fiscalYear, actor, clock.GetUtcNow()));
        db.Set<CorruptionRisk>().Remove(risk);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return risk;
    }
}
