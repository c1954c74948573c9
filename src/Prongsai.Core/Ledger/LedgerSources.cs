using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Ledger;

/// <summary>An item as it is now: recomputed from the live row and the stored files.</summary>
public sealed record LiveItem(bool IsPublic, string ContentSha256, IReadOnlyList<LedgerFileHash> Files);

/// <summary>
/// Recomputes the ledger's claims about one item type from the live data. Each feature that
/// appends entries registers one (documents here; measures reports below).
/// </summary>
public interface ILedgerItemSource
{
    string ItemType { get; }

    /// <summary>True when every public item of this type must have a ledger entry.</summary>
    bool EveryPublicItemIsLedgered { get; }

    /// <summary>Null when the item no longer exists.</summary>
    Task<LiveItem?> LoadAsync(string itemId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> PublicItemIdsAsync(CancellationToken cancellationToken);
}

internal static class StoredFiles
{
    /// <summary>SHA-256 of a stored file's bytes, or "missing".</summary>
    public static async Task<string> HashAsync(IFileStore store, string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "missing";
        }

        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? "missing" : await Canonical.Sha256Async(stream, cancellationToken);
    }
}

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

/// <summary>
/// Published measures report versions (written by the measures feature): content = SHA-256 of
/// the UTF-8 SnapshotJson; files "docx" and "pdf". Publishing a version appends its entry in the
/// same transaction, so every version must have one; see docs/ledger.md.
/// </summary>
public sealed class MeasuresReportLedgerSource(ProngsaiDbContext db, IFileStore store) : ILedgerItemSource
{
    public string ItemType => LedgerItemTypes.MeasuresReport;
    public bool EveryPublicItemIsLedgered => true;

    public async Task<LiveItem?> LoadAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var version = await db.MeasureReportVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var files = new List<LedgerFileHash>();
        if (version.DocxFileKey is not null)
        {
            files.Add(new LedgerFileHash("docx", await StoredFiles.HashAsync(store, version.DocxFileKey, cancellationToken)));
        }

        if (version.PdfFileKey is not null)
        {
            files.Add(new LedgerFileHash("pdf", await StoredFiles.HashAsync(store, version.PdfFileKey, cancellationToken)));
        }

        return new LiveItem(true, Canonical.Sha256Of(version.SnapshotJson), files);
    }

    /// <summary>Every published version is public (older versions stay viewable) and must be in the ledger.</summary>
    public async Task<IReadOnlyList<string>> PublicItemIdsAsync(CancellationToken cancellationToken) =>
        (await db.MeasureReportVersions.AsNoTracking().Select(v => v.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
