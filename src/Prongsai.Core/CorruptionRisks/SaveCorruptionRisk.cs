using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>What the risk form sends; a field left empty or mistyped arrives as null.</summary>
public sealed record RiskInput(
    string? Process, RiskCategory? Category, string? Description, int? Likelihood, int? Impact,
    string? ExistingControls, string? Measures, int? DepartmentId, string? Period)
{
    /// <summary>The risk's <see cref="EditVersions">edit count</see> when the form was drawn.</summary>
    public int? EditVersion { get; init; }
}

/// <summary>
/// The working group adds a risk to a year's assessment, or corrects one, while the assessment is a draft. The year's
/// assessment is started by its first risk. Department heads work on their own departments' risks.
/// </summary>
public sealed class SaveCorruptionRisk(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<CorruptionRisk>> AddAsync(StaffActor actor, int fiscalYear, RiskInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(RisksPermissions.AssessRisks) is { } forbidden)
        {
            return forbidden;
        }

        var today = BangkokTime.Today(clock);
        if (fiscalYear < RiskRules.FirstYear || fiscalYear > FiscalYear.ForDate(today).BeYear + 1)
        {
            return Error.NotFound("ไม่มีปีงบประมาณนี้ให้ประเมิน");
        }

        if (await ValidateAsync(actor, input, null, cancellationToken) is { Count: > 0 } errors)
        {
            return Result<CorruptionRisk>.Fail(errors);
        }

        var assessmentId = await RiskLocks.EnsureAssessmentAsync(db, fiscalYear, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await RiskLocks.DraftOrConflictAsync(db, assessmentId, cancellationToken) is { } closed)
        {
            return closed;
        }

        var risk = new CorruptionRisk
        {
            AssessmentId = assessmentId,
            Process = "",
            Description = "",
            Measures = "",
        };
        Apply(risk, input, clock.GetUtcNow());
        db.Set<CorruptionRisk>().Add(risk);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return risk;
    }

    public async Task<Result<CorruptionRisk>> EditAsync(StaffActor actor, int riskId, RiskInput input, CancellationToken cancellationToken = default)
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

        if (await ValidateAsync(actor, input, risk.DepartmentId, cancellationToken) is { Count: > 0 } errors)
        {
            return Result<CorruptionRisk>.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await RiskLocks.DraftOrConflictAsync(db, risk.AssessmentId, cancellationToken) is { } closed)
        {
            return closed;
        }

        if (EditVersions.Claim(risk, input.EditVersion) is { } stale)
        {
            return stale;
        }

        Apply(risk, input, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return risk;
    }

    private static void Apply(CorruptionRisk risk, RiskInput input, DateTimeOffset now)
    {
        risk.Process = input.Process!.Trim();
        risk.Category = input.Category!.Value;
        risk.Description = input.Description!.Trim();
        risk.Likelihood = input.Likelihood!.Value;
        risk.Impact = input.Impact!.Value;
        risk.ExistingControls = input.ExistingControls?.Trim() ?? "";
        risk.Measures = input.Measures!.Trim();
        risk.DepartmentId = input.DepartmentId;
        risk.Period = input.Period?.Trim() ?? "";
        risk.UpdatedAt = now;
    }

    private async Task<List<Error>> ValidateAsync(StaffActor actor, RiskInput input, int? currentDepartment, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        TextFields.Required(errors, input.Process, RiskRules.Process, "Process", "กรุณาบอกกระบวนงานหรือภารกิจที่มีความเสี่ยง", "กระบวนงาน");
        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            errors.Add(Error.Invalid("กรุณาเลือกประเภทความเสี่ยง", "Category"));
        }

        TextFields.Required(errors, input.Description, RiskRules.Description, "Description", "กรุณาบอกเหตุการณ์หรือพฤติการณ์ที่อาจเกิดการทุจริต", "เหตุการณ์ความเสี่ยง");
        if (!RiskRules.OnScale(input.Likelihood))
        {
            errors.Add(Error.Invalid("กรุณาเลือกโอกาสที่จะเกิด ระดับ 1 ถึง 5", "Likelihood"));
        }

        if (!RiskRules.OnScale(input.Impact))
        {
            errors.Add(Error.Invalid("กรุณาเลือกผลกระทบ ระดับ 1 ถึง 5", "Impact"));
        }

        TextFields.Optional(errors, input.ExistingControls, RiskRules.Controls, "ExistingControls", "การควบคุมที่มีอยู่");
        TextFields.Required(errors, input.Measures, RiskRules.Measures, "Measures", "กรุณาบอกมาตรการป้องกันหรือลดความเสี่ยง", "มาตรการ");
        TextFields.Optional(errors, input.Period, RiskRules.Period, "Period", "ระยะเวลาดำเนินการ");
        if (input.DepartmentId is { } departmentId
            && !await DepartmentChoices.IsOfferedAsync(db, departmentId, currentDepartment, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId"));
        }
        else if (!actor.HasFor(RisksPermissions.AssessRisks, input.DepartmentId))
        {
            errors.Add(Error.Invalid(input.DepartmentId is null
                ? "ความเสี่ยงของทั้งหน่วยงานให้ผู้บริหารหรือผู้ดูแลระบบบันทึก กรุณาเลือกส่วนราชการของคุณ"
                : "คุณบันทึกได้เฉพาะความเสี่ยงของส่วนราชการที่คุณสังกัด", "DepartmentId"));
        }

        return errors;
    }
}
