using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Publishing;

/// <summary>Documents: content = the canonical fields of the row (DocumentContent); files = attachments by id.</summary>
public sealed class DocumentLedgerSource(ProngsaiDbContext db, IFileStore store) : ILedgerItemSource
{
    public string ItemType => LedgerItemTypes.Document;
    public bool EveryPublicItemIsLedgered => true;

    public async Task<LiveItem?> LoadAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var document = await db.Documents.AsNoTracking().Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var files = new List<LedgerFileHash>();
        foreach (var a in document.Attachments)
        {
            files.Add(new LedgerFileHash(DocumentContent.FileName(a), await StoredFiles.HashAsync(store, a.FileKey, cancellationToken), a.FileName));
        }

        return new LiveItem(document.Status == DocumentStatus.Published, DocumentContent.Sha256(document), files);
    }

    public async Task<IReadOnlyList<string>> PublicItemIdsAsync(CancellationToken cancellationToken) =>
        (await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published).Select(d => d.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
