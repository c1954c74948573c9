using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Publishing;

/// <summary>
/// A deleted document in the trash (<see cref="DeleteDocument"/>). It comes back with its id (its public address works
/// again), its versions and attachments, to who may publish for its department; one that was public is public again,
/// with a "publish" ledger entry and its search entry. The purge deletes its attachments' files.
/// </summary>
public sealed class DocumentTrash(
    ProngsaiDbContext db, TimeProvider clock, CurrentOrganization organization, PublicationLedger ledger, DocumentIndexer indexer) : ITrashKind
{
    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"documents/edit/{item.ItemId}"));

    public const string Key = "document";

    public string Kind => Key;
    public string Label => "เอกสาร";
    public string LabelEnglish => "Document";
    public string AuditEntity => nameof(Document);

    public Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult(actor.HasFor(PublishingPermissions.PublishDocuments, DocumentSnapshots.DepartmentOf(item)));

    /// <summary>
    /// A department role sees its own departments' deleted documents only: whether one was public is in its payload,
    /// which the list does not read, and a draft's title must not reach another department (<see cref="StaffDocumentList"/>).
    /// </summary>
    public bool IsListedTo(StaffActor actor, TrashItem item) =>
        !StaffDocumentList.IsDepartmentScoped(actor)
        || (DocumentSnapshots.DepartmentOf(item) is { } department && actor.DepartmentIds.Contains(department));

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (!await MayRestoreAsync(actor, item, cancellationToken))
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
    public async Task AfterRestoreAsync(TrashItem item, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Attachments).FirstAsync(d => d.Id == item.ItemId, cancellationToken);
        if (document.Status != DocumentStatus.Published)
        {
            return;
        }

        await ledger.AppendAsync(document.OrganizationId, LedgerItemTypes.Document, SaveDocument.Id(document), LedgerActions.Publish,
            DocumentContent.Sha256(document), DocumentContent.Files(document), document.Title, cancellationToken);
        await indexer.IndexAsync(organization.Slug!, document, cancellationToken);
    }

    public IEnumerable<string> FileKeys(TrashItem item) => DocumentSnapshots.DocumentOf(item).Document.Attachments.Select(a => a.FileKey);
}
