using Prongsai.Core.Caching;

namespace Prongsai.Tests.Performance;

/// <summary>
/// The stamp board: one read answers every organization for the stamp's lifetime, a publication on this node is never
/// answered from a board read before it, and visitors arriving together cost one read.
/// </summary>
public sealed class ContentStampBoardTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task One_read_answers_every_organization_until_the_lifetime_is_over()
    {
        var clock = new StepClock();
        var memo = new ContentStampMemo(clock, Lifetime);
        var reads = 0;
        Task<Dictionary<int, long>> ReadAll(CancellationToken _)
        {
            reads++;
            return Task.FromResult(new Dictionary<int, long> { [1] = 5, [2] = 9 });
        }

        Assert.False(memo.TryGet(1, out _));
        Assert.Equal(5, await memo.FromFreshBoardAsync(1, ReadAll, CancellationToken.None));
        Assert.True(memo.TryGet(2, out var second));
        Assert.Equal(9, second);
        // An organization that never published has no row: stamp 0, as a read of its own row says.
        Assert.True(memo.TryGet(3, out var never));
        Assert.Equal(0, never);
        Assert.Equal(1, reads);

        clock.Advance(TimeSpan.FromMilliseconds(1_001));
        Assert.False(memo.TryGet(1, out _));
        Assert.Equal(5, await memo.FromFreshBoardAsync(1, ReadAll, CancellationToken.None));
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task A_publication_after_the_board_was_read_is_never_answered_from_it()
    {
        var clock = new StepClock();
        var memo = new ContentStampMemo(clock, Lifetime);
        var versions = new Dictionary<int, long> { [1] = 5, [2] = 9 };
        Task<Dictionary<int, long>> ReadAll(CancellationToken _) => Task.FromResult(new Dictionary<int, long>(versions));

        await memo.FromFreshBoardAsync(1, ReadAll, CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(10));
        memo.Forget(1);
        versions[1] = 6;

        // The board is still fresh, but older than the publication: the caller reads organization 1 alone.
        Assert.False(memo.TryGet(1, out _));
        Assert.Null(await memo.FromFreshBoardAsync(1, ReadAll, CancellationToken.None));
        Assert.True(memo.TryGet(2, out var other));
        Assert.Equal(9, other);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(6, await memo.FromFreshBoardAsync(1, ReadAll, CancellationToken.None));
        Assert.True(memo.TryGet(1, out var after));
        Assert.Equal(6, after);
    }

    [Fact]
    public async Task Visitors_arriving_together_cost_one_read()
    {
        var memo = new ContentStampMemo(new StepClock(), Lifetime);
        var reads = 0;
        var release = new TaskCompletionSource();
        async Task<Dictionary<int, long>> ReadAll(CancellationToken _)
        {
            Interlocked.Increment(ref reads);
            await release.Task;
            return new Dictionary<int, long> { [1] = 3 };
        }

        var visitors = Enumerable.Range(0, 20).Select(_ => memo.FromFreshBoardAsync(1, ReadAll, CancellationToken.None)).ToList();
        release.SetResult();
        Assert.All(await Task.WhenAll(visitors), v => Assert.Equal(3, v));
        Assert.Equal(1, reads);
    }

    /// <summary>A clock that moves only when told to.</summary>
    private sealed class StepClock : TimeProvider
    {
        private long ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
