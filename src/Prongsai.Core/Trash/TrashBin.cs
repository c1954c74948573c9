using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Trash;

/// <summary>One line of the trash page.</summary>
public sealed record TrashEntry(int Id, string Kind, string Title, DateTimeOffset DeletedAt, string DeletedByName, DateTimeOffset PurgeAfter, bool CanRestore);

/// <summary>
/// The trash ("ถังขยะ"): what was deleted in the last 30 days, and putting it back. Restoring needs the permission
/// that allowed the delete (and, for a step, the right to edit its measure); every restore is in the audit trail.
/// </summary>
public sealed class TrashBin(ProngsaiDbContext db, TimeProvider clock)
{
    public const string RestoreAction = "restore";

    public async Task<Result<IReadOnlyList<TrashEntry>>> ListAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ViewBackOffice) is { } forbidden)
        {
            return forbidden;
        }

        var items = await db.Set<TrashItem>().AsNoTracking()
            .Select(t => new { t.Id, t.Kind, t.Title, t.DeletedAt, t.DeletedByName, t.Permission })
            .ToListAsync(cancellationToken);
        return items.OrderByDescending(t => t.DeletedAt)
            .Select(t => new TrashEntry(t.Id, t.Kind, t.Title, t.DeletedAt, t.DeletedByName, t.DeletedAt.AddDays(TrashItem.RetentionDays), actor.Has(t.Permission)))
            .ToList();
    }

    /// <summary>The item for the restore confirmation page, when the actor may restore it.</summary>
    public async Task<Result<TrashEntry>> FindAsync(StaffActor actor, int trashId, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<TrashItem>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == trashId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound("ไม่พบรายการนี้ในถังขยะ (อาจถูกกู้คืนหรือลบถาวรไปแล้ว)");
        }

        if (actor.Lacks(item.Permission) is { } forbidden)
        {
            return forbidden;
        }

        return new TrashEntry(item.Id, item.Kind, item.Title, item.DeletedAt, item.DeletedByName, item.PurgeAfter, CanRestore: true);
    }

    public async Task<Result<TrashEntry>> RestoreAsync(StaffActor actor, int trashId, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<TrashItem>().FirstOrDefaultAsync(t => t.Id == trashId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound("ไม่พบรายการนี้ในถังขยะ (อาจถูกกู้คืนหรือลบถาวรไปแล้ว)");
        }

        if (actor.Lacks(item.Permission) is { } forbidden)
        {
            return forbidden;
        }

        var restored = item.Kind switch
        {
            TrashKinds.Measure => await RestoreMeasureAsync(item, cancellationToken),
            TrashKinds.MeasureStep => await RestoreStepAsync(actor, item, cancellationToken),
            _ => Error.Invalid("รายการชนิดนี้กู้คืนไม่ได้"),
        };
        if (restored is not null)
        {
            return restored;
        }

        db.Remove(item);
        db.Add(new AuditEntry
        {
            OrganizationId = item.OrganizationId, At = clock.GetUtcNow(), UserId = actor.UserId, UserName = actor.UserName,
            Entity = item.Kind == TrashKinds.Measure ? nameof(Measure) : nameof(MeasureStep),
            EntityId = item.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = RestoreAction,
            Changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?[]> { ["Title"] = [null, item.Title] }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new TrashEntry(item.Id, item.Kind, item.Title, item.DeletedAt, item.DeletedByName, item.PurgeAfter, CanRestore: true);
    }

    private async Task<Error?> RestoreMeasureAsync(TrashItem item, CancellationToken cancellationToken)
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

    private async Task<Error?> RestoreStepAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
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

        var step = MeasureSnapshots.StepOf(item);
        step.SortOrder = measure.Steps.Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1;
        // Add, not attach through the measure's list: rows that keep their ids would otherwise be taken as updates.
        step.MeasureId = measure.Id;
        db.MeasureSteps.Add(step);
        measure.Plan!.UpdatedAt = clock.GetUtcNow();
        return null;
    }
}
