using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Measures.Editing;

/// <summary>
/// A deleted measure in the trash (<see cref="EditMeasures.DeleteMeasureAsync"/>): it comes back with its steps,
/// progress, evidence and results, at the end of its plan, to who may manage the plan; its plan must still be there.
/// </summary>
public sealed class MeasureTrash(ProngsaiDbContext db, TimeProvider clock) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.MeasurePlans.Where(p => p.Id == item.ParentId).Select(p => (int?)p.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"measures/{year}/measure/{item.ItemId}")
            : null;

    public const string Key = "measure";

    public string Kind => Key;
    public string Label => "มาตรการ";
    public string LabelEnglish => "Measure";
    public string AuditEntity => nameof(Measure);

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var plan = await db.MeasurePlans.FirstOrDefaultAsync(p => p.Id == item.ParentId, cancellationToken);
        if (plan is null)
        {
            return Error.Conflict("แผนมาตรการของมาตรการนี้ไม่มีแล้ว จึงกู้คืนไม่ได้");
        }

        if (await db.Measures.AnyAsync(m => m.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("มาตรการนี้ถูกกู้คืนไปแล้ว");
        }

        var measure = MeasureSnapshots.MeasureOf(item);
        // A department deleted since keeps nothing responsible: the measure comes back without it.
        var departments = await db.Departments.Select(d => d.Id).ToListAsync(cancellationToken);
        measure.Departments.RemoveAll(d => !departments.Contains(d.DepartmentId));
        measure.SortOrder = (await db.Measures.Where(m => m.PlanId == plan.Id).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? 0) + 1;
        db.Measures.Add(measure);
        plan.UpdatedAt = clock.GetUtcNow();
        return null;
    }
}

/// <summary>
/// A deleted step in the trash (<see cref="EditMeasures.DeleteStepAsync"/>, or a step an edit removed): it comes back
/// with its progress and evidence at the end of its measure, to who may edit that measure; the measure must be there.
/// </summary>
public sealed class MeasureStepTrash(ProngsaiDbContext db, TimeProvider clock) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.Measures.Where(m => m.Id == item.ParentId).Select(m => (int?)m.Plan!.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"measures/{year}/measure/{item.ParentId}")
            : null;

    public const string Key = "measure-step";

    public string Kind => Key;
    public string Label => "ขั้นตอนของมาตรการ";
    public string LabelEnglish => "Step of a measure";
    public string AuditEntity => nameof(MeasureStep);

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.Include(m => m.Departments).Include(m => m.Plan).Include(m => m.Steps)
            .FirstOrDefaultAsync(m => m.Id == item.ParentId, cancellationToken);
        if (measure is null)
        {
            return Error.Conflict("มาตรการของขั้นตอนนี้ถูกลบแล้ว กรุณากู้คืนมาตรการก่อน");
        }

        if (!actor.CanEdit(measure))
        {
            return Error.Forbidden("คุณกู้คืนได้เฉพาะขั้นตอนของมาตรการที่ส่วนราชการของคุณรับผิดชอบ");
        }

        if (measure.Steps.Any(s => s.Id == item.ItemId))
        {
            return Error.Conflict("ขั้นตอนนี้ถูกกู้คืนไปแล้ว");
        }

        var step = MeasureSnapshots.StepOf(item);
        step.SortOrder = measure.Steps.Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1;
        // Add, not attach through the measure's list: rows that keep their ids would otherwise be taken as updates.
        step.MeasureId = measure.Id;
        db.MeasureSteps.Add(step);
        measure.Plan!.UpdatedAt = clock.GetUtcNow();
        return null;
    }
}
