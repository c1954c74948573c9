using System.Collections.Concurrent;

namespace Prongsai.Core.Caching;

/// <summary>
/// This node's memory of each organization's content stamp, trusted for a short while
/// (Prongsai:PageCache:StampSeconds, default 1 s). Without it every cached page would still cost a
/// database read; with it, another node's publication shows here within that many seconds, and a
/// publication on this node shows at once (the bump forgets the memo).
/// </summary>
/// <remarks>
/// Besides one stamp per organization it keeps a board: every organization's stamp from one read of the whole table.
/// A node that serves thousands of organizations at random would otherwise read one stamp per request, since the
/// same organization rarely comes back within a second; with the board it reads them all once a second, whatever
/// their number (docs/performance.md, mixed load). An organization forgotten after the board was read is not
/// answered from it until the next read.
/// </remarks>
public sealed class ContentStampMemo(TimeProvider clock, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<int, (long Version, long ReadAt)> stamps = new();
    private readonly ConcurrentDictionary<int, long> forgottenAt = new();
    private readonly SemaphoreSlim boardRead = new(1, 1);
    private volatile StampBoard? board;

    public bool TryGet(int organizationId, out long version)
    {
        if (stamps.TryGetValue(organizationId, out var memo) && clock.GetElapsedTime(memo.ReadAt) < lifetime)
        {
            version = memo.Version;
            return true;
        }

        return TryGetFromBoard(organizationId, out version);
    }

    public void Remember(int organizationId, long version) => stamps[organizationId] = (version, clock.GetTimestamp());

    public void Forget(int organizationId)
    {
        stamps.TryRemove(organizationId, out _);
        forgottenAt[organizationId] = clock.GetTimestamp();
    }

    /// <summary>
    /// Reads the board again unless another caller just did (one read at a time), then answers from it; null when
    /// the organization was forgotten after that read began, and the caller reads its stamp alone.
    /// </summary>
    public async Task<long?> FromFreshBoardAsync(
        int organizationId, Func<CancellationToken, Task<Dictionary<int, long>>> readAll, CancellationToken cancellationToken)
    {
        await boardRead.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(board))
            {
                var startedAt = clock.GetTimestamp();
                board = new StampBoard(await readAll(cancellationToken), startedAt);
                ForgetOldForgettings(startedAt);
            }
        }
        finally
        {
            boardRead.Release();
        }

        return TryGetFromBoard(organizationId, out var version) ? version : null;
    }

    private bool TryGetFromBoard(int organizationId, out long version)
    {
        var current = board;
        if (IsFresh(current) && !(forgottenAt.TryGetValue(organizationId, out var forgot) && forgot >= current!.ReadStartedAt))
        {
            // No row yet: the organization has never published, which is stamp 0 (as ContentVersion reads it).
            version = current!.Versions.GetValueOrDefault(organizationId);
            return true;
        }

        version = 0;
        return false;
    }

    private bool IsFresh(StampBoard? candidate) =>
        candidate is not null && clock.GetElapsedTime(candidate.ReadStartedAt) < lifetime;

    // A forgetting older than the board's read is settled by it; keeping it would only grow the dictionary.
    private void ForgetOldForgettings(long boardReadStartedAt)
    {
        foreach (var (organizationId, at) in forgottenAt)
        {
            if (at < boardReadStartedAt)
            {
                forgottenAt.TryRemove(KeyValuePair.Create(organizationId, at));
            }
        }
    }

    private sealed record StampBoard(Dictionary<int, long> Versions, long ReadStartedAt);
}
