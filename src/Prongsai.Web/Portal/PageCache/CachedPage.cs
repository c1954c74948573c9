using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// One public page as it leaves the server: its headers, and its body three times — as is, Brotli and gzip —
/// compressed once when the page is stored, so a hit only copies bytes (a static file's work, not a renderer's).
/// </summary>
public sealed class CachedPage
{
    // Brotli 6 and gzip's optimal level: within a few per cent of the smallest sizes for a fraction of the time,
    // which matters because every distinct search address is a miss that pays for this.
    private const int BrotliQuality = 6;
    private const int BrotliWindow = 22;

    private CachedPage(KeyValuePair<string, StringValues>[] headers, byte[] identity, byte[] brotli, byte[] gzip, StringValues etag)
    {
        Headers = headers;
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
        ETag = etag;
    }

    /// <summary>The page's own headers (content type and the like); security headers are added on the way out as for every response.</summary>
    public KeyValuePair<string, StringValues>[] Headers { get; }

    public byte[] Identity { get; }

    public byte[] Brotli { get; }

    public byte[] Gzip { get; }

    /// <summary>A weak validator of the uncompressed body (weak: the same tag serves each compressed form), so a browser's reload costs a 304 and no body.</summary>
    public StringValues ETag { get; }

    /// <summary>What the cache counts against its size limit.</summary>
    public long Size => Identity.Length + Brotli.Length + Gzip.Length + 512;

    public static CachedPage Create(IEnumerable<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body)
    {
        var identity = body.ToArray();
        var etag = new StringValues("W/\"" + Convert.ToBase64String(SHA256.HashData(identity), 0, 16).TrimEnd('=') + "\"");
        return new CachedPage(headers.ToArray(), identity, CompressBrotli(identity), CompressGzip(identity), etag);
    }

    public byte[] Body(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => Brotli,
        ContentCoding.Gzip => Gzip,
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
