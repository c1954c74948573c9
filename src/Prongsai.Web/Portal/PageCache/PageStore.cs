using Microsoft.Extensions.Caching.Memory;

namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// This node's stored pages, bounded in bytes (Prongsai:PageCache:SizeLimitBytes, default 64 MB) and kept at most
/// ten minutes; its own memory cache, so the bound counts pages only.
/// </summary>
public sealed class PageStore : IDisposable
{
    public const string SizeLimitKey = "Prongsai:PageCache:SizeLimitBytes";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache pages;

    public PageStore(IConfiguration configuration)
    {
        SizeLimit = configuration.GetValue(SizeLimitKey, 64L * 1024 * 1024);
        pages = new MemoryCache(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });
    }

    public long SizeLimit { get; }

    /// <summary>The largest page kept: an eighth of the limit, so one page never pushes out all others.</summary>
    public long LargestPage => SizeLimit / 8;

    public bool TryGet(in PageKey key, out CachedPage page) => pages.TryGetValue(key, out page!);

    public void Keep(in PageKey key, CachedPage page)
    {
        if (page.Size > LargestPage)
        {
            return;
        }

        pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Size, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    public void Dispose() => pages.Dispose();
}
