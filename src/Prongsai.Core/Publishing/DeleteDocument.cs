using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Moves a document to the trash (ถังขยะ) for 30 days: its row, its versions and its attachments' rows become one
/// TrashItem and leave their tables, so the public page, the lists, the feed and search drop it at once. The files
/// stay in the file store until the trash is purged. A document that was public gets an "unpublish" ledger entry
/// in the same transaction: the ledger then says it was withdrawn, and verify-ledger finds nothing missing.
/// Row deletions are in the audit trail (the interceptor); a restore is TrashBin's.
/// </summary>
public sealed class DeleteDocument(ProngsaiDbContext db, PublicationLedger ledger, DocumentIndexer indexer, TimeProvider clock)
{
    /// <summary>The document for the confirmation page, when the actor may delete it.</summary>
    public async Task<Result<Document>> FindAsync(StaffActor actor, int documentId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PublishingPermissions.PublishDocuments) is { } forbidden)
        {
            return forbidden;
        }

        var document = await db.Documents.AsNoTracking().Include(d => d.Attachments)
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return Check(actor, document);
    }

    public async Task<Result<Document>> RunAsync(StaffActor actor, int documentId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PublishingPermissions.PublishDocuments) is { } forbidden)
        {
            return forbidden;
        }

        var document = await db.Documents.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        var allowed = Check(actor, document);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var versions = await db.DocumentVersions.Where(v => v.DocumentId == documentId).ToListAsync(cancellationToken);
        var wasPublic = document!.Status == DocumentStatus.Published;
        // Computed before the rows go: the withdrawal entry names what was public.
        var content = DocumentContent.Sha256(document);
        var files = DocumentContent.Files(document);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(DocumentSnapshots.Of(document, versions, actor, clock.GetUtcNow()));
        db.DocumentVersions.RemoveRange(versions);
        db.Attachments.RemoveRange(document.Attachments);
        db.Documents.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        if (wasPublic)
        {
            await ledger.AppendAsync(document.OrganizationId, LedgerItemTypes.Document, SaveDocument.Id(document), LedgerActions.Unpublish,
                content, files, document.Title, cancellationToken);
        }

        await indexer.RemoveAsync(document, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document;
    }

    private static Result<Document> Check(StaffActor actor, Document? document)
    {
        if (document is null)
        {
            return Error.NotFound("ไม่พบเอกสารนี้ (อาจถูกลบไปแล้ว)");
        }

        return actor.HasFor(PublishingPermissions.PublishDocuments, document.DepartmentId)
            ? Result<Document>.Ok(document)
            : Error.Forbidden("เอกสารนี้เป็นของส่วนราชการอื่น คุณลบได้เฉพาะเอกสารของส่วนราชการของคุณ");
    }
}
