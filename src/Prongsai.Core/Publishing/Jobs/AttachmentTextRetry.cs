using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Publishing.Jobs;

/// <summary>
/// Attachments left "not searchable" because a tool was missing (pdftotext, Tesseract's Thai model) go back to pending
/// once the tool is installed, and <see cref="AttachmentTextJob"/> reads them and indexes their document again. Without
/// this, the scans published before an installation added the Thai OCR would stay unsearchable for good. Run by
/// <c>prongsai refresh-search</c> after an upgrade; a second run finds nothing to do.
/// </summary>
public sealed class AttachmentTextRetry(ProngsaiDbContext db, IAttachmentTextExtractor extractor)
{
    /// <summary>How many attachments went back to pending (of one organization, or of all).</summary>
    public async Task<int> ReadAgainAsync(int? organizationId, CancellationToken cancellationToken = default)
    {
        var notSearchable = db.Attachments.IgnoreQueryFilters()
            .Where(a => a.TextState == TextState.NotSearchable && (organizationId == null || a.OrganizationId == organizationId));
        var notes = await notSearchable.Select(a => a.TextNote).Distinct().ToListAsync(cancellationToken);
        var readNow = notes.Where(extractor.ReadsNow).ToList();
        return readNow.Count == 0
            ? 0
            : await notSearchable.Where(a => readNow.Contains(a.TextNote))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.TextState, TextState.Pending), cancellationToken);
    }
}
