using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// The head of the office approves a year's assessment: it goes on the website at once, its risks are fixed, and the
/// working group is told it may report on the measures.
/// </summary>
public sealed class ApproveRiskAssessment(ProngsaiDbContext db, StaffDirectory directory, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<RiskAssessment>> RunAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
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

        await RiskLocks.LockAssessmentAsync(db, assessment.Id, cancellationToken);
        await db.Entry(assessment).ReloadAsync(cancellationToken);
        if (assessment.Status != RiskAssessmentStatus.Draft)
        {
            return Error.Conflict("ผลการประเมินปีนี้อนุมัติไปแล้ว");
        }

        if (!await db.Set<CorruptionRisk>().AnyAsync(r => r.AssessmentId == assessment.Id, cancellationToken))
        {
            return Error.Invalid("ยังไม่มีความเสี่ยงในผลการประเมิน เพิ่มอย่างน้อยหนึ่งรายการก่อนอนุมัติ");
        }

        var now = clock.GetUtcNow();
        assessment.Status = RiskAssessmentStatus.Approved;
        assessment.ApprovedAt = now;
        assessment.ApprovedByUserId = actor.UserId;
        assessment.ApprovedBy = actor.UserName;
        assessment.ReopenReason = null;
        var group = (await directory.HoldingAsync(RisksPermissions.AssessRisks, cancellationToken: cancellationToken))
            .Where(m => m.UserId != actor.UserId);
        directory.Notify(group, new NotificationText(
                string.Create(CultureInfo.InvariantCulture, $"ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ {fiscalYear} ได้รับอนุมัติและเผยแพร่แล้ว รายงานผลการดำเนินการตามมาตรการได้"),
                string.Create(CultureInfo.InvariantCulture, $"The corruption risk assessment for fiscal year {fiscalYear} has been approved and published: you can now report on its measures")),
            now, string.Create(CultureInfo.InvariantCulture, $"risks?year={fiscalYear}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(assessment.OrganizationId, cancellationToken);
        return assessment;
    }
}
