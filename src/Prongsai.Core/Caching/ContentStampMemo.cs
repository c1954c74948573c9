using System.Collections.Concurrent;

namespace Prongsai.Core.Caching;

/// <summary>
/// This node's memory of each organization's content stamp, trusted for a short while
/// (Prongsai:PageCache:StampSeconds, default 1 s). Without it every cached page would still cost a
/// database read; with it, another node's publication shows here within that many seconds, and a
/// publication on this node shows at once (the bump forgets the memo).
/// </summary>
public sealed class ContentStampMemo(TimeProvider clock, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<int, (long Version, long ReadAt)> stamps = new();

    public bool TryGet(int organizationId, out long version)
    {
        if (stamps.TryGetValue(organizationId, out var memo) && clock.GetElapsedTime(memo.ReadAt) < lifetime)
        {
            version = memo.Version;
            return true;
        }

        version = 0;
        return false;
    }

    public void Remember(int organizationId, long version) => stamps[organizationId] = (version, clock.GetTimestamp());

    public void Forget(int organizationId) => stamps.TryRemove(organizationId, out _);
}
