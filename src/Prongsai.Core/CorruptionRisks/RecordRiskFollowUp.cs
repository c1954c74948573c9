using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>What the follow-up form sends; a choice left empty arrives as null.</summary>
public sealed record FollowUpInput(RiskProgress? Progress, RiskOutcome? Outcome, string? Result);

/// <summary>
/// The working group reports what was done about a risk of an approved assessment, for the half year or the year; a
/// second report of the same round corrects the first. The website's report shows it at once.
/// </summary>
public sealed class RecordRiskFollowUp(ProngsaiDbContext db, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<RiskFollowUp>> RunAsync(
        StaffActor actor, int riskId, FollowUpRound? round, FollowUpInput input, CancellationToken cancellationToken = default)
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

        var errors = Validate(round, input);
        if (errors.Count > 0)
        {
            return Result<RiskFollowUp>.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The assessment's lock orders this after an approval or a reopening; the risk's row is then read under it, so
        // two reports of the same round at once become one report and its correction.
        await RiskLocks.LockAssessmentAsync(db, risk.AssessmentId, cancellationToken);
        var status = await db.Set<RiskAssessment>().Where(a => a.Id == risk.AssessmentId).Select(a => a.Status).FirstAsync(cancellationToken);
        if (status != RiskAssessmentStatus.Approved)
        {
            return Error.Conflict("รายงานผลได้เมื่อผู้บริหารอนุมัติผลการประเมินแล้ว");
        }

        var followUp = await db.Set<RiskFollowUp>().FirstOrDefaultAsync(f => f.RiskId == risk.Id && f.Round == round, cancellationToken);
        if (followUp is null)
        {
            followUp = new RiskFollowUp { RiskId = risk.Id, Round = round!.Value, Result = "", RecordedBy = "" };
            db.Set<RiskFollowUp>().Add(followUp);
        }

        followUp.Progress = input.Progress!.Value;
        followUp.Outcome = input.Outcome!.Value;
        followUp.Result = input.Result!.Trim();
        followUp.RecordedAt = clock.GetUtcNow();
        followUp.RecordedByUserId = actor.UserId;
        followUp.RecordedBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(risk.OrganizationId, cancellationToken);
        return followUp;
    }

    private static List<Error> Validate(FollowUpRound? round, FollowUpInput input)
    {
        var errors = new List<Error>();
        if (round is not { } r || !Enum.IsDefined(r))
        {
            errors.Add(Error.Invalid("กรุณาเลือกรอบการรายงาน", "Round"));
        }

        if (input.Progress is not { } progress || !Enum.IsDefined(progress))
        {
            errors.Add(Error.Invalid("กรุณาเลือกสถานะการดำเนินการ", "Progress"));
        }

        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors.Add(Error.Invalid("กรุณาเลือกผลการจัดการความเสี่ยง", "Outcome"));
        }

        if (string.IsNullOrWhiteSpace(input.Result))
        {
            errors.Add(Error.Invalid("กรุณาบอกผลการดำเนินการ เว็บไซต์จะแสดงข้อความนี้", "Result"));
        }
        else if (input.Result.Trim().Length > RiskRules.Result)
        {
            errors.Add(Error.Invalid($"ผลการดำเนินการยาวได้ไม่เกิน {RiskRules.Result:N0} ตัวอักษร", "Result"));
        }

        return errors;
    }
}
