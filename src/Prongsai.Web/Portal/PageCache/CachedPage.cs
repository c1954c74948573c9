using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// One public page as it leaves the server: its headers, and its body as is, Brotli- and gzip-compressed — each
/// compressed form made once, the first time a client asks for it, so a hit only copies bytes (a static file's work,
/// not a renderer's) and a page read once (most of a million documents) pays for one compression, as before.
/// </summary>
public sealed class CachedPage
{
    // Brotli 6 and gzip's optimal level: within a few per cent of the smallest sizes for a fraction of the time,
    // which matters because every distinct search address is a miss that pays for this.
    private const int BrotliQuality = 6;
    private const int BrotliWindow = 22;

    private readonly Lazy<byte[]> brotli;
    private readonly Lazy<byte[]> gzip;

    private CachedPage(KeyValuePair<string, StringValues>[] headers, byte[] identity, StringValues etag)
    {
        Headers = headers;
        Identity = identity;
        ETag = etag;
        brotli = new Lazy<byte[]>(() => CompressBrotli(identity), LazyThreadSafetyMode.ExecutionAndPublication);
        gzip = new Lazy<byte[]>(() => CompressGzip(identity), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The page's own headers (content type and the like); security headers are added on the way out as for every response.</summary>
    public KeyValuePair<string, StringValues>[] Headers { get; }

    public byte[] Identity { get; }

    /// <summary>A weak validator of the uncompressed body (weak: the same tag serves each compressed form), so a browser's reload costs a 304 and no body.</summary>
    public StringValues ETag { get; }

    /// <summary>What the cache counts against its size limit: the page and room for its two compressed forms (HTML compresses to well under a quarter).</summary>
    public long Size => Identity.Length * 3 / 2 + 512;

    public static CachedPage Create(IEnumerable<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body)
    {
        var identity = body.ToArray();
        var etag = new StringValues("W/\"" + Convert.ToBase64String(SHA256.HashData(identity), 0, 16).TrimEnd('=') + "\"");
        return new CachedPage(headers.ToArray(), identity, etag);
    }

    public byte[] Body(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => brotli.Value,
        ContentCoding.Gzip => gzip.Value,
        _ => Identity,
    };

    private static byte[] CompressBrotli(byte[] source)
    {
        var destination = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
        if (!BrotliEncoder.TryCompress(source, destination, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress a page into its maximum compressed length.");
        }

        return destination.AsSpan(0, written).ToArray();
    }

    private static byte[] CompressGzip(byte[] source)
    {
        using var output = new MemoryStream(source.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(source);
        }

        return output.ToArray();
    }
}
