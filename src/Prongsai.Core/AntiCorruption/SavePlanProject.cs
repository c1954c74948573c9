using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>What the project form sends; a field left empty or mistyped arrives as null. The budget as typed ("50,000").</summary>
public sealed record ProjectInput(
    PlanDimension? Dimension, string? Name, string? Objective, int? DepartmentId, string? Budget, string? Period);

/// <summary>
/// Adds a project to a year's plan, or corrects one, while the plan is a draft; the year's plan is started by its first
/// project. Department heads work on their own departments' projects; the whole office's are for OrgAdmins and
/// Executives.
/// </summary>
public sealed class SavePlanProject(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<PlanProject>> AddAsync(StaffActor actor, int fiscalYear, ProjectInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PlanPermissions.WriteAntiCorruptionPlan) is { } forbidden)
        {
            return forbidden;
        }

        if (!PlanLocks.Plannable(fiscalYear, clock))
        {
            return Error.NotFound("ไม่มีปีงบประมาณนี้ให้จัดทำแผน");
        }

        var (errors, budget) = await ValidateAsync(actor, input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<PlanProject>.Fail(errors);
        }

        var planId = await PlanLocks.EnsurePlanAsync(db, fiscalYear, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await PlanLocks.DraftOrConflictAsync(db, planId, cancellationToken) is { } closed)
        {
            return closed;
        }

        var project = new PlanProject { PlanId = planId, Name = "", Objective = "" };
        Apply(project, input, budget, clock.GetUtcNow());
        db.Set<PlanProject>().Add(project);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return project;
    }

    public async Task<Result<PlanProject>> EditAsync(StaffActor actor, int projectId, ProjectInput input, CancellationToken cancellationToken = default)
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

        var (errors, budget) = await ValidateAsync(actor, input, project.DepartmentId, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<PlanProject>.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await PlanLocks.DraftOrConflictAsync(db, project.PlanId, cancellationToken) is { } closed)
        {
            return closed;
        }

        Apply(project, input, budget, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return project;
    }

    private static void Apply(PlanProject project, ProjectInput input, decimal budget, DateTimeOffset now)
    {
        project.Dimension = input.Dimension!.Value;
        project.Name = input.Name!.Trim();
        project.Objective = input.Objective!.Trim();
        project.DepartmentId = input.DepartmentId;
        project.Budget = budget;
        project.Period = input.Period?.Trim() ?? "";
        project.UpdatedAt = now;
    }

    private async Task<(List<Error> Errors, decimal Budget)> ValidateAsync(StaffActor actor, ProjectInput input, int? currentDepartment, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (input.Dimension is not { } dimension || !Enum.IsDefined(dimension))
        {
            errors.Add(Error.Invalid("กรุณาเลือกมิติของแผน", "Dimension"));
        }

        TextFields.Required(errors, input.Name, PlanRules.Name, "Name", "กรุณาบอกชื่อโครงการ กิจกรรม หรือมาตรการ", "ชื่อโครงการ");
        TextFields.Required(errors, input.Objective, PlanRules.Objective, "Objective", "กรุณาบอกวัตถุประสงค์หรือเป้าหมายของโครงการ", "วัตถุประสงค์");
        var amount = ThaiMoney.Parse(input.Budget);
        if (string.IsNullOrWhiteSpace(input.Budget))
        {
            errors.Add(Error.Invalid("กรุณากรอกงบประมาณเป็นบาท เช่น 50,000 ใส่ 0 ถ้าไม่ใช้งบประมาณ", "Budget"));
        }
        else if (!amount.IsValid)
        {
            errors.Add(Error.Invalid(amount.Error!, "Budget"));
        }

        TextFields.Optional(errors, input.Period, PlanRules.Period, "Period", "ระยะเวลาดำเนินการ");
        if (input.DepartmentId is { } departmentId && !await DepartmentChoices.IsOfferedAsync(db, departmentId, currentDepartment, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId"));
        }
        else if (!actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, input.DepartmentId))
        {
            errors.Add(Error.Invalid(input.DepartmentId is null
                ? "โครงการของทั้งหน่วยงานให้ผู้บริหารหรือผู้ดูแลระบบบันทึก กรุณาเลือกส่วนราชการของคุณ"
                : "คุณบันทึกได้เฉพาะโครงการของส่วนราชการที่คุณสังกัด", "DepartmentId"));
        }

        return (errors, amount.Value ?? 0);
    }
}
