using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Measures.Publishing;

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
