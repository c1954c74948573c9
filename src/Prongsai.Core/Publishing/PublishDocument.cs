using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Draft → published (now or at a set time) → unpublished. Going public or leaving the public
/// site appends a ledger entry, updates the search index and the audit trail, and bumps the
/// content stamp (through the ledger) so every node's page cache is invalidated.
/// </summary>
public sealed class PublishDocument(
    ProngsaiDbContext db, CurrentOrganization organization, PublicationLedger ledger, DocumentIndexer indexer, TimeProvider clock)
{
    public async Task<Result<Document>> PublishNowAsync(int documentId, StaffActor editor, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(documentId, editor, cancellationToken);
        if (!document.Succeeded)
        {
            return document;
        }

        if (document.Value!.Status == DocumentStatus.Published)
        {
            return Error.Conflict("เอกสารนี้เผยแพร่อยู่แล้ว");
        }

        await GoPublicAsync(document.Value, editor, cancellationToken);
        return document;
    }

    public async Task<Result<Document>> ScheduleAsync(int documentId, DateTimeOffset at, StaffActor editor, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadAsync(documentId, editor, cancellationToken);
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var document = loaded.Value!;
        if (document.Status == DocumentStatus.Published)
        {
            return Error.Conflict("เอกสารนี้เผยแพร่อยู่แล้ว ยกเลิกการเผยแพร่ก่อนจึงตั้งเวลาใหม่ได้");
        }

        var now = clock.GetUtcNow();
        if (at <= now)
        {
            return Error.Invalid("เวลาที่ตั้งต้องอยู่ในอนาคต", "PublishAt");
        }

        document.Status = DocumentStatus.Scheduled;
        document.PublishAt = at;
        document.UpdatedAt = now;
        Audit(document, editor, "schedule", $"{{\"PublishAt\":\"{Canonical.Time(at)}\"}}");
        await db.SaveChangesAsync(cancellationToken);
        return loaded;
    }

    public async Task<Result<Document>> UnpublishAsync(int documentId, StaffActor editor, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadAsync(documentId, editor, cancellationToken);
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var document = loaded.Value!;
        if (document.Status is not (DocumentStatus.Published or DocumentStatus.Scheduled))
        {
            return Error.Conflict("เอกสารนี้ไม่ได้เผยแพร่อยู่");
        }

        var wasPublic = document.Status == DocumentStatus.Published;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        document.Status = DocumentStatus.Unpublished;
        document.PublishAt = null;
        document.UpdatedAt = now;
        document.Version++;
        db.DocumentVersions.Add(SaveDocument.VersionOf(document, editor.UserName, now));
        Audit(document, editor, AuditActions.Unpublish, null);
        await db.SaveChangesAsync(cancellationToken);
        if (wasPublic)
        {
            await ledger.AppendAsync(document.OrganizationId, LedgerItemTypes.Document, SaveDocument.Id(document), LedgerActions.Unpublish,
                DocumentContent.Sha256(document), DocumentContent.Files(document), document.Title, cancellationToken);
            await indexer.RemoveAsync(document, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return loaded;
    }

    /// <summary>Publishes the current organization's scheduled documents whose time has come (run by the background job).</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Documents.Include(d => d.Attachments)
            .Where(d => d.Status == DocumentStatus.Scheduled && d.PublishAt != null)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var document in due.Where(d => d.PublishAt <= now))
        {
            await GoPublicAsync(document, StaffActor.System("ตั้งเวลาเผยแพร่ (scheduler)"), cancellationToken);
            count++;
        }

        return count;
    }

    private async Task GoPublicAsync(Document document, StaffActor editor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        document.Status = DocumentStatus.Published;
        document.PublishAt = null;
        document.PublishedAt ??= now;
        document.UpdatedAt = now;
        document.Version++;
        db.DocumentVersions.Add(SaveDocument.VersionOf(document, editor.UserName, now));
        Audit(document, editor, AuditActions.Publish, null);
        await db.SaveChangesAsync(cancellationToken);
        await ledger.AppendAsync(document.OrganizationId, LedgerItemTypes.Document, SaveDocument.Id(document), LedgerActions.Publish,
            DocumentContent.Sha256(document), DocumentContent.Files(document), document.Title, cancellationToken);
        await indexer.IndexAsync(organization.Slug!, document, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<Result<Document>> LoadAsync(int documentId, StaffActor editor, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return Error.NotFound();
        }

        return editor.HasFor(PublishingPermissions.PublishDocuments, document.DepartmentId)
            ? Result<Document>.Ok(document)
            : Error.Forbidden("เอกสารนี้เป็นของส่วนราชการอื่น คุณเผยแพร่ได้เฉพาะเอกสารของส่วนราชการของคุณ");
    }

    private void Audit(Document document, StaffActor editor, string action, string? changes) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OrganizationId = document.OrganizationId,
            At = clock.GetUtcNow(),
            UserId = editor.UserId,
            UserName = editor.UserName,
            Entity = nameof(Document),
            EntityId = SaveDocument.Id(document),
            Action = action,
            Changes = changes ?? $"{{\"Title\":{System.Text.Json.JsonSerializer.Serialize(document.Title)},\"on\":\"{ThaiDate.FormatLong(clock.GetUtcNow())}\"}}",
        });
}
