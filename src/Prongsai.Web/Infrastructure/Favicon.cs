namespace Prongsai.Web.Infrastructure;

/// <summary>
/// /favicon.ico: browsers ask for it on every site, and a 404 is a console error on each first visit.
/// A 16×16 icon in the site's green, built once in memory (an ICO holding a 32-bit bitmap).
/// </summary>
public static class Favicon
{
    private const int Size = 16;
    private static readonly byte[] Icon = Build();

    public static IEndpointRouteBuilder MapFavicon(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGetAndHead("/favicon.ico", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=604800";
            return Results.Bytes(Icon, "image/x-icon");
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static byte[] Build()
    {
        const int headerBytes = 6 + 16;
        const int bitmapHeader = 40;
        const int pixels = Size * Size * 4;
        const int mask = Size * 4; // 1 bit per pixel, rows padded to 4 bytes
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0); // reserved
        writer.Write((ushort)1); // icon
        writer.Write((ushort)1); // one image
        writer.Write((byte)Size);
        writer.Write((byte)Size);
        writer.Write((byte)0); // no palette
        writer.Write((byte)0);
        writer.Write((ushort)1); // planes
        writer.Write((ushort)32); // bits per pixel
        writer.Write(bitmapHeader + pixels + mask);
        writer.Write(headerBytes);

        writer.Write(bitmapHeader);
        writer.Write(Size);
        writer.Write(Size * 2); // colour rows + mask rows
        writer.Write((ushort)1);
        writer.Write((ushort)32);
        writer.Write(0); // no compression
        writer.Write(pixels + mask);
        writer.Write(0);
        writer.Write(0);
        writer.Write(0);
        writer.Write(0);
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                // A green square with a white bar across the middle; B, G, R, A.
                var bar = y is >= 6 and <= 9 && x is >= 3 and <= 12;
                writer.Write(bar ? [255, 255, 255, 255] : new byte[] { 0x3c, 0x6e, 0x1b, 255 });
            }
        }

        writer.Write(new byte[mask]);
        writer.Flush();
        return stream.ToArray();
    }
}
