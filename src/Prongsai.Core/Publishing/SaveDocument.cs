using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Creates or edits a document, adding and removing attachments. Files are checked and stored
/// first, then everything is written in one transaction; if that fails the stored files are
/// deleted again. Editing a published document updates the public page at once, with an
/// "update" ledger entry. Every save is kept as a DocumentVersion.
/// </summary>
public sealed class SaveDocument(
    ProngsaiDbContext db, CurrentOrganization organization, StagedUploads uploads, PublicationLedger ledger,
    DocumentIndexer indexer, TimeProvider clock)
{
    public async Task<Result<Document>> RunAsync(
        int? documentId, DocumentInput input, IReadOnlyList<UploadedFile> files, IReadOnlyCollection<int> removeAttachmentIds,
        StaffActor editor, CancellationToken cancellationToken = default)
    {
        var (document, refused) = await FindAsync(documentId, editor, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var organizationId = organization.OrganizationId ?? throw new InvalidOperationException("No organization chosen.");
        var errors = await ValidateAsync(input, editor, document?.DepartmentId, cancellationToken);
        var unknownRemovals = removeAttachmentIds.Where(r => document?.Attachments.All(a => a.Id != r) != false).ToList();
        if (unknownRemovals.Count > 0)
        {
            errors.Add(Error.Invalid("ไม่พบไฟล์แนบที่จะลบ", "files"));
        }

        if (errors.Count > 0)
        {
            return Result<Document>.Fail(errors);
        }

        if (document is not null && EditVersions.Claim(document, input.EditVersion) is { } stale)
        {
            return stale;
        }

        var checkedFiles = await uploads.CheckAsync(files, cancellationToken: cancellationToken);
        if (!checkedFiles.Succeeded)
        {
            return Result<Document>.Fail(checkedFiles.Errors);
        }

        var staged = checkedFiles.Value!;
        var removedKeys = new List<string>();
        try
        {
            await uploads.StoreAsync(string.Create(CultureInfo.InvariantCulture, $"documents/{organizationId}"), staged, cancellationToken);
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (document is null)
            {
                document = new Document { Title = "", CreatedAt = now, CreatedBy = editor.UserName, Status = DocumentStatus.Draft };
                db.Documents.Add(document);
            }

            document.Title = input.Title!.Trim();
            document.Summary = (input.Summary ?? "").Trim();
            document.BodyHtml = SafeHtml.Sanitize(input.Body);
            document.CategoryId = input.CategoryId!.Value;
            document.DepartmentId = input.DepartmentId;
            document.FiscalYear = input.FiscalYear;
            document.UpdatedAt = now;

            foreach (var removed in document.Attachments.Where(a => removeAttachmentIds.Contains(a.Id)).ToList())
            {
                document.Attachments.Remove(removed);
                db.Attachments.Remove(removed);
                removedKeys.Add(removed.FileKey);
            }

            var order = document.Attachments.Count == 0 ? 0 : document.Attachments.Max(a => a.SortOrder);
            foreach (var file in staged)
            {
                document.Attachments.Add(new Attachment
                {
                    FileKey = file.Key!, FileName = file.FileName, ContentType = file.Type.ContentType, Kind = file.Type.Kind,
                    SizeBytes = file.Size, Sha256 = file.Sha256, SortOrder = ++order, UploadedAt = now, TextState = TextState.Pending,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            document.Version++;
            db.DocumentVersions.Add(VersionOf(document, editor.UserName, now));
            await db.SaveChangesAsync(cancellationToken);

            if (document.Status == DocumentStatus.Published)
            {
                await ledger.AppendAsync(organizationId, LedgerItemTypes.Document, Id(document), LedgerActions.Update,
                    DocumentContent.Sha256(document), DocumentContent.Files(document), document.Title, cancellationToken);
                await indexer.IndexAsync(organization.Slug!, document, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await uploads.DiscardAsync(staged);
            throw;
        }
        finally
        {
            foreach (var file in staged)
            {
                await file.DisposeAsync();
            }
        }

        // A file that was never public can go; one that was public stays, so earlier versions remain checkable.
        if (document.PublishedAt is null)
        {
            await uploads.DiscardKeysAsync(removedKeys);
        }

        return Result<Document>.Ok(document);
    }

    /// <summary>
    /// The errors saving <paramref name="input"/> would meet, found without saving or reading any file: for a form the
    /// page has already refused in part (a fiscal year it could not read), so that every problem is told at once.
    /// </summary>
    public async Task<IReadOnlyList<Error>> CheckAsync(
        int? documentId, DocumentInput input, StaffActor editor, CancellationToken cancellationToken = default)
    {
        var (document, refused) = await FindAsync(documentId, editor, cancellationToken);
        return refused is not null ? [refused] : await ValidateAsync(input, editor, document?.DepartmentId, cancellationToken);
    }

    /// <summary>The document to edit (none for a new one), or why the editor may not save it.</summary>
    private async Task<(Document? Document, Error? Refused)> FindAsync(int? documentId, StaffActor editor, CancellationToken cancellationToken)
    {
        if (editor.Lacks(PublishingPermissions.PublishDocuments) is { } forbidden)
        {
            return (null, forbidden);
        }

        if (documentId is not { } id)
        {
            return (null, null);
        }

        var document = await db.Documents.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return (null, Error.NotFound());
        }

        return editor.HasFor(PublishingPermissions.PublishDocuments, document.DepartmentId)
            ? (document, null)
            : (null, Error.Forbidden("เอกสารนี้เป็นของส่วนราชการอื่น คุณแก้ไขได้เฉพาะเอกสารของส่วนราชการของคุณ"));
    }

    internal static string Id(Document d) => d.Id.ToString(CultureInfo.InvariantCulture);

    internal static DocumentVersion VersionOf(Document d, string savedBy, DateTimeOffset now) => new()
    {
        OrganizationId = d.OrganizationId,
        DocumentId = d.Id,
        Number = d.Version,
        Title = d.Title,
        Summary = d.Summary,
        BodyHtml = d.BodyHtml,
        CategoryId = d.CategoryId,
        DepartmentId = d.DepartmentId,
        FiscalYear = d.FiscalYear,
        Status = d.Status,
        AttachmentList = string.Join('\n', d.Attachments.OrderBy(a => a.Id).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Id}:{a.Sha256}:{a.FileName}"))),
        SavedAt = now,
        SavedBy = savedBy,
    };

    private async Task<List<Error>> ValidateAsync(DocumentInput input, StaffActor editor, int? currentDepartment, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 500)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อเอกสาร (ไม่เกิน 500 ตัวอักษร)", "Title"));
        }

        if ((input.Summary?.Trim().Length ?? 0) > 4000)
        {
            errors.Add(Error.Invalid("บทคัดย่อยาวเกิน 4,000 ตัวอักษร", "Summary"));
        }

        if ((input.Body?.Length ?? 0) > 200_000)
        {
            errors.Add(Error.Invalid("เนื้อหายาวเกินไป", "Body"));
        }

        if (input.CategoryId is not { } category || !await db.DocumentCategories.AnyAsync(c => c.Id == category, cancellationToken))
        {
            errors.Add(Error.Invalid("กรุณาเลือกหมวดเอกสาร", "CategoryId"));
        }

        if (input.DepartmentId is { } department && !await DepartmentChoices.IsOfferedAsync(db, department, currentDepartment, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId"));
        }
        else if (!editor.HasFor(PublishingPermissions.PublishDocuments, input.DepartmentId))
        {
            errors.Add(Error.Invalid("กรุณาเลือกส่วนราชการของคุณ (คุณเผยแพร่ได้เฉพาะเอกสารของส่วนราชการที่สังกัด)", "DepartmentId"));
        }

        if (input.FiscalYear is { } year && year is < 2400 or > 3000)
        {
            errors.Add(Error.Invalid("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567", "FiscalYear"));
        }

        return errors;
    }
}
