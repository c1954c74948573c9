using Microsoft.Extensions.Caching.Memory;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Wrong tracking codes, counted per client (a keyed hash of the address, <see cref="AnonymousAddress"/>) for ten
/// minutes: past the limit every code lookup from that client — right or wrong — gets 429 until the window ends, so
/// guessing learns nothing. 80-bit codes are far beyond guessing anyway; this keeps the status pages quiet.
/// Prongsai:RateLimits:TrackingFailures sets the limit; Prongsai:RateLimits:Disabled lifts it.
/// </summary>
public sealed class TrackingGuard(IMemoryCache cache, Microsoft.Extensions.Options.IOptions<RateLimitOptions> settings)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly int limit = settings.Value.TrackingFailures;
    private readonly bool disabled = settings.Value.Disabled;

    public bool IsBlocked(HttpContext context) =>
        !disabled && cache.TryGetValue(Key(context), out Counter? counter) && counter!.Count >= limit;

    public void Failed(HttpContext context)
    {
        if (disabled)
        {
            return;
        }

        var counter = cache.GetOrCreate(Key(context), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            entry.Size = 1;
            return new Counter();
        })!;
        Interlocked.Increment(ref counter.Count);
    }

    private static string Key(HttpContext context) => "track-fail:" + AnonymousAddress.Of(context);

    private sealed class Counter
    {
        public int Count;
    }
}
