using Microsoft.Extensions.Caching.Memory;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// PDFs of forms whose page the public page cache cannot keep (live counts), kept in their own memory bounded in bytes
/// (<c>Prongsai:FormPdfCache:SizeLimitBytes</c>, default 16 MB), not in the shared <see cref="IMemoryCache"/>, which
/// has no limit: addresses a stranger can vary (organizations × years) must not be able to fill the process's memory.
/// </summary>
public sealed class FormPdfStore : IDisposable
{
    public const string SizeLimitKey = "Prongsai:FormPdfCache:SizeLimitBytes";

    private readonly MemoryCache pdfs;

    public FormPdfStore(IConfiguration configuration) =>
        pdfs = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue(SizeLimitKey, 16L * 1024 * 1024), CompactionPercentage = 0.25 });

    public bool TryGet(string key, out byte[]? pdf) => pdfs.TryGetValue(key, out pdf) && pdf is not null;

    /// <summary>Kept an hour at most; a PDF larger than the whole store is simply not kept.</summary>
    public void Keep(string key, byte[] pdf) =>
        pdfs.Set(key, pdf, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1), Size = pdf.Length });

    public void Dispose() => pdfs.Dispose();
}
