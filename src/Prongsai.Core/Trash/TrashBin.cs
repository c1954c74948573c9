using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Trash;

/// <summary>One line of the trash page.</summary>
public sealed record TrashEntry(int Id, string Kind, string Title, DateTimeOffset DeletedAt, string DeletedByName, DateTimeOffset PurgeAfter, bool CanRestore);

/// <summary>
/// The trash ("ถังขยะ"): what was deleted in the last 30 days, and putting it back. Restoring needs the permission
/// that allowed the delete (and, for a step, the right to edit its measure; for a document, its department);
/// every restore is in the audit trail. A document comes back with its id (its public address works again), its
/// versions and attachments; one that was public is public again, with a "publish" ledger entry and its search entry.
/// </summary>
public sealed class TrashBin(
    ProngsaiDbContext db, TimeProvider clock, CurrentOrganization organization, PublicationLedger ledger, DocumentIndexer indexer)
{
    public const string RestoreAction = "restore";

    public async Task<Result<IReadOnlyList<TrashEntry>>> ListAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ViewBackOffice) is { } forbidden)
        {
            return forbidden;
        }

        var items = await db.Set<TrashItem>().AsNoTracking()
            .Select(t => new { t.Id, t.Kind, t.Title, t.DeletedAt, t.DeletedByName, t.Permission, t.ParentId })
            .ToListAsync(cancellationToken);
        return items.OrderByDescending(t => t.DeletedAt)
            .Select(t => new TrashEntry(t.Id, t.Kind, t.Title, t.DeletedAt, t.DeletedByName, t.DeletedAt.AddDays(TrashItem.RetentionDays),
                t.Kind == TrashKinds.Document ? actor.HasFor(t.Permission, t.ParentId == 0 ? null : t.ParentId) : actor.Has(t.Permission)))
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var restored = item.Kind switch
        {
            TrashKinds.Measure => await RestoreMeasureAsync(item, cancellationToken),
            TrashKinds.MeasureStep => await RestoreStepAsync(actor, item, cancellationToken),
            TrashKinds.Document => await RestoreDocumentAsync(actor, item, cancellationToken),
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
            Entity = item.Kind switch { TrashKinds.Measure => nameof(Measure), TrashKinds.MeasureStep => nameof(MeasureStep), _ => nameof(Document) },
            EntityId = item.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = RestoreAction,
            Changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?[]> { ["Title"] = [null, item.Title] }),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (item.Kind == TrashKinds.Document)
        {
            await RepublishAsync(item.ItemId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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

    private async Task<Error?> RestoreDocumentAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (!actor.HasFor(PublishingPermissions.PublishDocuments, DocumentSnapshots.DepartmentOf(item)))
        {
            return Error.Forbidden("คุณกู้คืนได้เฉพาะเอกสารของส่วนราชการของคุณ");
        }

        if (await db.Documents.AnyAsync(d => d.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("เอกสารนี้ถูกกู้คืนไปแล้ว");
        }

        var (document, versions) = DocumentSnapshots.DocumentOf(item);
        if (!await db.DocumentCategories.AnyAsync(c => c.Id == document.CategoryId, cancellationToken))
        {
            return Error.Conflict("หมวดของเอกสารนี้ไม่มีแล้ว จึงกู้คืนไม่ได้");
        }

        // A department deleted since: the document comes back as the whole organization's (as the delete of a
        // department does to the documents it leaves).
        if (document.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            document.DepartmentId = null;
        }

        // A time to go public that passed while in the trash would publish it unasked: it comes back as a draft.
        if (document.Status == DocumentStatus.Scheduled && document.PublishAt <= clock.GetUtcNow())
        {
            document.Status = DocumentStatus.Draft;
            document.PublishAt = null;
        }

        // Added with their ids (not attached), so EF inserts them rather than taking them for updates.
        db.Documents.Add(document);
        db.DocumentVersions.AddRange(versions);
        return null;
    }

    /// <summary>A restored document that was public goes public again: a ledger entry and its search entry.</summary>
    private async Task RepublishAsync(int documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Attachments).FirstAsync(d => d.Id == documentId, cancellationToken);
        if (document.Status != DocumentStatus.Published)
        {
            return;
        }

        await ledger.AppendAsync(document.OrganizationId, LedgerItemTypes.Document, SaveDocument.Id(document), LedgerActions.Publish,
            DocumentContent.Sha256(document), DocumentContent.Files(document), document.Title, cancellationToken);
        await indexer.IndexAsync(organization.Slug!, document, cancellationToken);
    }
}
