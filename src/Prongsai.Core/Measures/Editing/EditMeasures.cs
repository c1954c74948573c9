using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Measures;

namespace Prongsai.Core.Measures.Editing;

/// <summary>
/// The back office's edits of a plan and its measures. Plan-level changes (create, title, add,
/// delete, reorder, responsibility) need ManageMeasurePlan; a measure's content needs EditMeasures,
/// and department roles may edit only measures of their own departments or of all departments.
/// Every edit changes the draft only; published versions never change.
/// </summary>
public sealed class EditMeasures(ProngsaiDbContext db, TimeProvider clock)
{
    public const int MaxTitle = 1000;
    public const int MaxText = 4000;
    public const int MaxNumber = 20;
    public const int MaxPeriod = 200;
    public const int MaxItems = 50;

    public async Task<Result<MeasurePlan>> CreatePlanAsync(StaffActor actor, int fiscalYear, PlanInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์สร้างแผนมาตรการ");
        }

        if (fiscalYear is < 2400 or > 3000)
        {
            return Error.Invalid("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567", "fiscalYear");
        }

        if (await db.MeasurePlans.AnyAsync(p => p.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture, $"{new FiscalYear(fiscalYear).ThaiName} มีแผนมาตรการอยู่แล้ว"));
        }

        var organizationName = await db.Organizations.Where(o => o.Id == db.CurrentOrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var title = string.IsNullOrWhiteSpace(input.Title)
            ? string.Create(CultureInfo.InvariantCulture,
                $"รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ของ{organizationName} ประจำปีงบประมาณ พ.ศ. {fiscalYear}")
            : input.Title;
        var errors = ValidatePlan(new PlanInput(title, input.Introduction));
        if (errors.Count > 0)
        {
            return Result<MeasurePlan>.Fail(errors);
        }

        var plan = new MeasurePlan
        {
            FiscalYear = fiscalYear,
            Title = MeasureText.Store(title),
            Introduction = MeasureText.StoreParagraphs(input.Introduction),
            UpdatedAt = clock.GetUtcNow(),
        };
        db.MeasurePlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<MeasurePlan>.Ok(plan);
    }

    public async Task<Result<MeasurePlan>> UpdatePlanAsync(StaffActor actor, int fiscalYear, PlanInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์แก้ไขแผนมาตรการ");
        }

        var plan = await db.MeasurePlans.FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("ไม่พบแผนมาตรการของปีงบประมาณนี้");
        }

        var errors = ValidatePlan(input);
        if (errors.Count > 0)
        {
            return Result<MeasurePlan>.Fail(errors);
        }

        plan.Title = MeasureText.Store(input.Title);
        plan.Introduction = MeasureText.StoreParagraphs(input.Introduction);
        Touch(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<MeasurePlan>.Ok(plan);
    }

    public async Task<Result<Measure>> AddMeasureAsync(StaffActor actor, int fiscalYear, MeasureInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์เพิ่มมาตรการ");
        }

        var plan = await db.MeasurePlans.Include(p => p.Measures).FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("ไม่พบแผนมาตรการของปีงบประมาณนี้");
        }

        var errors = await ValidateMeasureAsync(input, [], cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Measure>.Fail(errors);
        }

        var measure = new Measure
        {
            Number = input.Number!.Trim(),
            Title = string.Empty,
            SortOrder = plan.Measures.Count == 0 ? 1 : plan.Measures.Max(m => m.SortOrder) + 1,
        };
        _ = Apply(measure, input, fiscalYear, responsibility: true);
        plan.Measures.Add(measure);
        Touch(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Measure>.Ok(measure);
    }

    /// <summary>The measure with what its editor shows, or null.</summary>
    public Task<Measure?> FindAsync(int measureId, CancellationToken cancellationToken = default) =>
        db.Measures
            .Include(m => m.Plan)
            .Include(m => m.Steps).ThenInclude(s => s.Progress).ThenInclude(p => p.Evidence)
            .Include(m => m.Results)
            .Include(m => m.Departments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == measureId, cancellationToken);

    public async Task<Result<Measure>> UpdateMeasureAsync(StaffActor actor, int measureId, MeasureInput input, CancellationToken cancellationToken = default)
    {
        var measure = await FindAsync(measureId, cancellationToken);
        if (measure is null)
        {
            return Error.NotFound("ไม่พบมาตรการนี้");
        }

        if (!actor.CanEdit(measure))
        {
            return Error.Forbidden("คุณแก้ไขได้เฉพาะมาตรการที่ส่วนราชการของคุณรับผิดชอบ");
        }

        var canManage = actor.Has(MeasurePermissions.ManageMeasurePlan);
        if (!canManage && ResponsibilityChanged(measure, input))
        {
            return Error.Forbidden("การเปลี่ยนส่วนราชการผู้รับผิดชอบต้องทำโดยผู้จัดการแผนมาตรการ");
        }

        // Before the steps are compared: a step a colleague deleted since the form was drawn is their save, not a mistake.
        if (EditVersions.Claim(measure, input.EditVersion) is { } stale)
        {
            return stale;
        }

        var errors = await ValidateMeasureAsync(input, measure.Departments.Select(d => d.DepartmentId), cancellationToken);
        var stepIds = measure.Steps.Select(s => s.Id).ToHashSet();
        if (input.Steps.Any(s => s.Id is { } id && !stepIds.Contains(id)))
        {
            errors.Add(Error.Invalid("ขั้นตอนที่ส่งมาไม่ใช่ของมาตรการนี้", "Steps"));
        }

        errors.AddRange(ClearedSteps(input.Steps));

        if (errors.Count > 0)
        {
            return Result<Measure>.Fail(errors);
        }

        measure.Number = input.Number!.Trim();
        foreach (var removed in Apply(measure, input, measure.Plan!.FiscalYear, responsibility: canManage))
        {
            db.Add(MeasureSnapshots.OfStep(measure, removed, actor, clock.GetUtcNow()));
        }

        Touch(measure.Plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Measure>.Ok(measure);
    }

    public async Task<Result<bool>> DeleteMeasureAsync(StaffActor actor, int measureId, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์ลบมาตรการ");
        }

        var measure = await FindAsync(measureId, cancellationToken);
        if (measure is null)
        {
            return Error.NotFound("ไม่พบมาตรการนี้");
        }

        // To the trash with its steps, progress and evidence: restorable for 30 days.
        db.Add(MeasureSnapshots.OfMeasure(measure, actor, clock.GetUtcNow()));
        db.Measures.Remove(measure);
        Touch(measure.Plan!);
        await db.SaveChangesAsync(cancellationToken);
        return Result<bool>.Ok(true);
    }

    /// <summary>Moves one step (with its progress and evidence) to the trash.</summary>
    public async Task<Result<MeasureStep>> DeleteStepAsync(StaffActor actor, int measureId, int stepId, CancellationToken cancellationToken = default)
    {
        var measure = await FindAsync(measureId, cancellationToken);
        var step = measure?.Steps.FirstOrDefault(s => s.Id == stepId);
        if (measure is null || step is null)
        {
            return Error.NotFound("ไม่พบขั้นตอนนี้");
        }

        if (!actor.CanEdit(measure))
        {
            return Error.Forbidden("คุณแก้ไขได้เฉพาะมาตรการที่ส่วนราชการของคุณรับผิดชอบ");
        }

        db.Add(MeasureSnapshots.OfStep(measure, step, actor, clock.GetUtcNow()));
        measure.Steps.Remove(step);
        _ = EditVersions.Claim(measure, drawn: null); // a measure form drawn with the step is out of date
        var order = 0;
        foreach (var kept in measure.Steps.OrderBy(s => s.SortOrder))
        {
            kept.SortOrder = ++order;
        }

        Touch(measure.Plan!);
        await db.SaveChangesAsync(cancellationToken);
        return step;
    }

    /// <summary>Moves a measure one place up (-1) or down (+1) in the table.</summary>
    public async Task<Result<bool>> MoveMeasureAsync(StaffActor actor, int measureId, int direction, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์จัดลำดับมาตรการ");
        }

        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == measureId, cancellationToken);
        if (measure is null)
        {
            return Error.NotFound("ไม่พบมาตรการนี้");
        }

        var plan = await db.MeasurePlans.Include(p => p.Measures).FirstAsync(p => p.Id == measure.PlanId, cancellationToken);
        var ordered = plan.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToList();
        var index = ordered.FindIndex(m => m.Id == measureId);
        var target = index + Math.Sign(direction);
        if (direction == 0 || target < 0 || target >= ordered.Count)
        {
            return Result<bool>.Ok(false);
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = i + 1;
        }

        Touch(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<bool>.Ok(true);
    }

    private void Touch(MeasurePlan plan) => plan.UpdatedAt = clock.GetUtcNow();

    private static bool ResponsibilityChanged(Measure measure, MeasureInput input) =>
        measure.AllDepartments != input.AllDepartments
        || !measure.Departments.Select(d => d.DepartmentId).ToHashSet().SetEquals(input.DepartmentIds)
        || !string.Equals(MeasureText.PlainParagraphs(measure.OtherResponsible), MeasureText.PlainParagraphs(MeasureText.StoreParagraphs(input.OtherResponsible)), StringComparison.Ordinal);

    private static List<Error> ValidatePlan(PlanInput input)
    {
        var errors = new List<Error>();
        var title = MeasureText.Plain(MeasureText.Store(input.Title));
        if (title.Length == 0)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อรายงาน", "Title"));
        }
        else if (title.Length > MaxTitle)
        {
            errors.Add(Error.Invalid($"ชื่อรายงานยาวเกิน {MaxTitle} ตัวอักษร", "Title"));
        }

        if ((input.Introduction?.Length ?? 0) > MaxText * 4)
        {
            errors.Add(Error.Invalid("บทนำยาวเกินกำหนด", "Introduction"));
        }

        return errors;
    }

    private async Task<List<Error>> ValidateMeasureAsync(MeasureInput input, IEnumerable<int> currentDepartments, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var number = input.Number?.Trim() ?? string.Empty;
        if (number.Length == 0 || number.Length > MaxNumber)
        {
            errors.Add(Error.Invalid($"กรุณาระบุลำดับมาตรการ (ไม่เกิน {MaxNumber} ตัวอักษร) เช่น 1 หรือ ๑", "Number"));
        }

        if (MeasureText.Plain(MeasureText.Store(input.Title)).Length == 0)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อมาตรการ/แนวทาง", "Title"));
        }
        else if ((input.Title?.Length ?? 0) > MaxText)
        {
            errors.Add(Error.Invalid($"ชื่อมาตรการยาวเกิน {MaxText} ตัวอักษร", "Title"));
        }

        if (input.Steps.Count > MaxItems || input.Results.Count > MaxItems)
        {
            errors.Add(Error.Invalid($"ขั้นตอนหรือผลการดำเนินการมีได้ไม่เกิน {MaxItems} ข้อ", "Steps"));
        }

        if (input.Steps.Any(s => (s.Text?.Length ?? 0) > MaxText) || input.Results.Any(r => (r?.Length ?? 0) > MaxText)
            || (input.Outcome?.Length ?? 0) > MaxText || (input.OtherResponsible?.Length ?? 0) > 1000)
        {
            errors.Add(Error.Invalid($"ข้อความแต่ละช่องยาวได้ไม่เกิน {MaxText} ตัวอักษร", "Outcome"));
        }

        if ((input.PeriodText?.Trim().Length ?? 0) > MaxPeriod)
        {
            errors.Add(Error.Invalid($"ระยะเวลาดำเนินการยาวเกิน {MaxPeriod} ตัวอักษร", "PeriodText"));
        }

        if (input.Indicators.Any(i => !MeasureIndicators.IsValid(i)))
        {
            errors.Add(Error.Invalid("ตัวชี้วัด ITA ต้องเป็นเลข 1–10", "Indicators"));
        }

        if (!await DepartmentChoices.AreOfferedAsync(db, input.DepartmentIds, currentDepartments, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentIds"));
        }

        return errors;
    }

    /// <returns>The steps the input removed (with their progress), for the trash.</returns>
    private static List<MeasureStep> Apply(Measure measure, MeasureInput input, int fiscalYear, bool responsibility)
    {
        measure.Title = MeasureText.Store(input.Title);
        measure.Outcome = MeasureText.Store(input.Outcome);
        measure.Indicators = MeasureIndicators.Format(input.Indicators);

        var periodText = input.PeriodText?.Trim() ?? string.Empty;
        var period = ThaiPeriodParser.Parse(periodText, fiscalYear);
        measure.PeriodText = MeasureText.Store(periodText);
        measure.PeriodStart = period.IsParsed ? period.Start!.Value.FirstDay : null;
        measure.PeriodEnd = period.IsParsed ? period.End!.Value.FirstDay : null;

        if (responsibility)
        {
            measure.AllDepartments = input.AllDepartments;
            var wanted = input.DepartmentIds.Distinct().ToHashSet();
            measure.Departments.RemoveAll(d => !wanted.Contains(d.DepartmentId));
            foreach (var id in wanted.Where(id => measure.Departments.All(d => d.DepartmentId != id)))
            {
                measure.Departments.Add(new MeasureDepartment { DepartmentId = id });
            }

            var other = MeasureText.PlainParagraphs(MeasureText.StoreParagraphs(input.OtherResponsible)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            measure.OtherResponsible = other.Length == 0 ? null : MeasureText.Store(string.Join('\n', other));
        }

        var removedSteps = ApplySteps(measure, input.Steps);

        var results = input.Results.Select(r => r?.Trim() ?? string.Empty).Where(r => r.Length > 0).ToList();
        measure.Results.Clear();
        var order = 0;
        foreach (var result in results)
        {
            measure.Results.Add(new MeasureResult { Text = MeasureText.Store(result), SortOrder = ++order });
        }

        return removedSteps;
    }

    /// <summary>
    /// An existing step whose text was cleared is refused, never deleted: a cleared box is too easy to mistake for
    /// "nothing to say" and the step would take its progress and evidence with it. Deleting is the step's own
    /// button (a confirmation page, then the trash), or <see cref="StepInput.Delete"/> for other callers.
    /// </summary>
    private static IEnumerable<Error> ClearedSteps(IReadOnlyList<StepInput> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is { Id: not null, Delete: false } step && MeasureText.Plain(MeasureText.Store(step.Text)).Length == 0)
            {
                yield return Error.Invalid(
                    $"ขั้นตอนที่ {i + 1} ไม่มีข้อความ ระบบไม่ลบขั้นตอนเพราะช่องว่าง: ถ้าต้องการลบ ให้ใช้ปุ่ม \"ลบขั้นตอนนี้…\" ของขั้นตอนที่ {i + 1} "
                    + "(ยืนยันก่อน แล้วย้ายไปถังขยะพร้อมบันทึกความก้าวหน้า) หรือพิมพ์ข้อความของขั้นตอนกลับเข้าไป",
                    $"Steps[{i}].Text");
            }
        }
    }

    /// <returns>The steps removed (with their progress), for the trash: only those marked <see cref="StepInput.Delete"/>.</returns>
    private static List<MeasureStep> ApplySteps(Measure measure, IReadOnlyList<StepInput> steps)
    {
        var keep = new List<MeasureStep>();
        var deleted = new HashSet<int>();
        foreach (var input in steps)
        {
            if (input.Id is { } gone && input.Delete)
            {
                deleted.Add(gone);
                continue;
            }

            // New rows left blank are the form's spare rows; existing steps with blank text were refused before.
            var text = input.Text?.Trim() ?? string.Empty;
            if (input.Delete || text.Length == 0)
            {
                continue;
            }

            var step = input.Id is { } id ? measure.Steps.First(s => s.Id == id) : new MeasureStep { Text = string.Empty };
            step.Text = MeasureText.Store(text);
            keep.Add(step);
        }

        // A step the form did not send (a page opened before someone else added it) stays, after the others.
        keep.AddRange(measure.Steps.Where(s => !keep.Contains(s) && !deleted.Contains(s.Id)).OrderBy(s => s.SortOrder));

        var removedSteps = measure.Steps.Where(s => !keep.Contains(s)).ToList();
        foreach (var removed in removedSteps)
        {
            measure.Steps.Remove(removed);
        }

        for (var i = 0; i < keep.Count; i++)
        {
            keep[i].SortOrder = i + 1;
            if (!measure.Steps.Contains(keep[i]))
            {
                measure.Steps.Add(keep[i]);
            }
        }

        return removedSteps;
    }
}
