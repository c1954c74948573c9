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

public static class StoredFiles
{
    /// <summary>What <see cref="HashAsync"/> gives for a file the store does not have.</summary>
    public const string Missing = "missing";

    /// <summary>SHA-256 of a stored file's bytes, or <see cref="Missing"/>.</summary>
    public static async Task<string> HashAsync(IFileStore store, string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return Missing;
        }

        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? Missing : await Canonical.Sha256Async(stream, cancellationToken);
    }
}
