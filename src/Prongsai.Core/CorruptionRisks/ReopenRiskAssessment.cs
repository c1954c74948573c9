using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// The head of the office opens an approved assessment again (after the page asked for confirmation), with a reason:
/// it leaves the website until approved again, and the working group may change its risks. Follow-up reports stay.
/// </summary>
public sealed class ReopenRiskAssessment(ProngsaiDbContext db, ContentVersion contentVersion)
{
    public async Task<Result<RiskAssessment>> RunAsync(StaffActor actor, int fiscalYear, string? reason, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(RisksPermissions.ApproveRiskAssessment) is { } forbidden)
        {
            return forbidden;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assessment = await db.Set<RiskAssessment>().FirstOrDefaultAsync(a => a.FiscalYear == fiscalYear, cancellationToken);
        if (assessment is null)
        {
            return Error.NotFound("ยังไม่มีผลการประเมินความเสี่ยงของปีนี้");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("กรุณาบอกเหตุผลที่ต้องแก้ไขผลการประเมินที่อนุมัติแล้ว", "Reason");
        }

        if (reason.Trim().Length > RiskRules.Reason)
        {
            return Error.Invalid($"เหตุผลยาวได้ไม่เกิน {RiskRules.Reason:N0} ตัวอักษร", "Reason");
        }

        await RiskLocks.LockAssessmentAsync(db, assessment.Id, cancellationToken);
        await db.Entry(assessment).ReloadAsync(cancellationToken);
        if (assessment.Status != RiskAssessmentStatus.Approved)
        {
            return Error.Conflict("ผลการประเมินปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว");
        }

        assessment.Status = RiskAssessmentStatus.Draft;
        assessment.ApprovedAt = null;
        assessment.ApprovedByUserId = null;
        assessment.ApprovedBy = null;
        assessment.ReopenReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(assessment.OrganizationId, cancellationToken);
        return assessment;
    }
}
