using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>What the progress form sends: the state, the money spent as typed ("12,500", or empty), what was done.</summary>
public sealed record ProgressInput(ProjectStatus? Status, string? Spent, string? Result);

/// <summary>
/// Reports a project of an approved plan for a round (six months to 31 March, twelve to 30 September); a second report
/// of the same round corrects the first. The website shows it at once.
/// </summary>
public sealed class ReportProjectProgress(ProngsaiDbContext db, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<ProjectReport>> RunAsync(
        StaffActor actor, int projectId, FollowUpRound? round, ProgressInput input, CancellationToken cancellationToken = default)
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

        var errors = new List<Error>();
        if (round is not { } r || !Enum.IsDefined(r))
        {
            errors.Add(Error.Invalid("กรุณาเลือกรอบการรายงาน", "Round"));
        }

        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(Error.Invalid("กรุณาเลือกสถานะของโครงการ", "Status"));
        }

        var spent = ThaiMoney.Parse(input.Spent, required: false);
        if (!spent.IsValid)
        {
            errors.Add(Error.Invalid(spent.Error!, "Spent"));
        }

        TextFields.Required(errors, input.Result, PlanRules.Result, "Result", "กรุณาบอกผลการดำเนินการ เว็บไซต์จะแสดงข้อความนี้", "ผลการดำเนินการ");
        if (errors.Count > 0)
        {
            return Result<ProjectReport>.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The plan's lock orders this after an approval or a reopening; the project's report is read under it, so two
        // reports of the same round at once become one report and its correction.
        if (await PlanLocks.LockedStatusAsync(db, project.PlanId, cancellationToken) != PlanStatus.Approved)
        {
            return Error.Conflict("รายงานผลได้เมื่อผู้บริหารอนุมัติแผนแล้ว");
        }

        var report = await db.Set<ProjectReport>().FirstOrDefaultAsync(x => x.ProjectId == project.Id && x.Round == round, cancellationToken);
        if (report is null)
        {
            report = new ProjectReport { ProjectId = project.Id, Round = round!.Value, Result = "", RecordedBy = "" };
            db.Set<ProjectReport>().Add(report);
        }

        report.Status = input.Status!.Value;
        report.Spent = spent.Value;
        report.Result = input.Result!.Trim();
        report.RecordedAt = clock.GetUtcNow();
        report.RecordedByUserId = actor.UserId;
        report.RecordedBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(project.OrganizationId, cancellationToken);
        return report;
    }
}
