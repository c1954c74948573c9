using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Prongsai.Core.Caching;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Storage;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing.Jobs;

/// <summary>
/// Reads the text of new attachments for search (a few per run, state visible to staff) and re-indexes their
/// document when it is public. Its words change what the public search answers, so the organization's content stamp
/// is bumped too: a search cached before the text was read (a scan's OCR may take minutes) is not served again.
/// </summary>
public sealed class AttachmentTextJob(
    ProngsaiDbContext db, CurrentOrganization organization, DocumentIndexer indexer, IFileStore store, IAttachmentTextExtractor extractor,
    ContentVersion contentVersion, ILogger<AttachmentTextJob> logger)
    : IBackgroundJob
{
    private const int AttachmentsPerRun = 5;

    public string Name => "attachment-text";

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext db) =>
        db.Attachments.IgnoreQueryFilters().Where(a => a.TextState == TextState.Pending).Select(a => a.OrganizationId);

    public Task RunAsync(CancellationToken cancellationToken) => ExtractPendingAsync(AttachmentsPerRun, cancellationToken);

    public async Task<int> ExtractPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        var pending = await db.Attachments.Where(a => a.TextState == TextState.Pending).OrderBy(a => a.Id).Take(max).ToListAsync(cancellationToken);
        foreach (var attachment in pending)
        {
            await using (var content = await store.OpenReadAsync(attachment.FileKey, cancellationToken))
            {
                var result = content is null
                    ? new ExtractedText(TextState.Failed, null, "ไม่พบไฟล์ในที่เก็บ / file missing")
                    : await ExtractAsync(attachment, content, cancellationToken);
                attachment.TextState = result.State;
                attachment.ExtractedText = result.Text;
                attachment.TextNote = result.Note is { Length: > 500 } note ? note[..500] : result.Note;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // Each public document once, with all its attachments read so far, and one stamp for the run (the job runs for
        // one organization at a time): a document of five scans is not indexed five times.
        int? indexedFor = null;
        foreach (var documentId in pending.Select(a => a.DocumentId).Distinct())
        {
            var document = await db.Documents.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
            if (document?.Status == DocumentStatus.Published)
            {
                await indexer.IndexAsync(organization.Slug!, document, cancellationToken);
                indexedFor = document.OrganizationId;
            }
        }

        if (indexedFor is { } organizationId)
        {
            await contentVersion.BumpAsync(organizationId, cancellationToken);
        }

        return pending.Count;
    }

    /// <summary>
    /// One file's text. Whatever a damaged or hostile file makes a reader throw fails that file alone: it is marked so
    /// (staff see why) and the queue goes on, instead of the same file failing every run and holding back every later
    /// attachment of the organization.
    /// </summary>
    private async Task<ExtractedText> ExtractAsync(Attachment attachment, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            return await extractor.ExtractAsync(content, attachment.Kind, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Attachment {AttachmentId} of organization {OrganizationId} could not be read", attachment.Id, attachment.OrganizationId);
            return new ExtractedText(TextState.Failed, null, "อ่านไฟล์ไม่สำเร็จ / could not read: " + exception.GetType().Name);
        }
    }
}
