using System.Text;
using Prongsai.Core.Storage;

namespace Prongsai.Tests.Requests;

/// <summary>Photo metadata (GPS, camera serial, comments, XMP) is removed; the image itself is kept byte for byte.</summary>
public sealed class PhotoMetadataTests
{
    [Fact]
    public void A_png_loses_its_text_exif_and_time_chunks_and_keeps_its_image()
    {
        var png = TestImages.PngWithMetadata();
        Assert.Contains(TestImages.Secret, Encoding.Latin1.GetString(png), StringComparison.Ordinal);
        var clean = PhotoMetadata.Strip(png)!;
        var text = Encoding.Latin1.GetString(clean);
        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        foreach (var chunk in new[] { "tEXt", "iTXt", "zTXt", "eXIf", "tIME" })
        {
            Assert.DoesNotContain(chunk, text, StringComparison.Ordinal);
        }

        Assert.Equal(["IHDR", "IDAT", "IEND"], Chunks(clean));
        Assert.True(clean.Length < png.Length);
    }

    [Fact]
    public void A_jpeg_loses_its_app_segments_and_comments_and_keeps_jfif_and_the_image_data()
    {
        var (jpeg, imageSegments) = TestImages.JpegWithMetadata();
        var clean = PhotoMetadata.Strip(jpeg)!;
        Assert.DoesNotContain("SECRET", Encoding.Latin1.GetString(clean), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(clean), StringComparison.Ordinal);
        // SOI, the JFIF segment, the image segments unchanged, EOI.
        byte[] jfif = [0xFF, 0xE0, 0, 16, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0];
        Assert.Equal([0xFF, 0xD8, .. jfif, .. imageSegments, 0xFF, 0xD9], clean);
    }

    [Fact]
    public void Malformed_photos_are_refused_and_other_files_pass_unchanged()
    {
        var (jpeg, _) = TestImages.JpegWithMetadata();
        Assert.Null(PhotoMetadata.Strip(jpeg[..30])); // cut inside a segment
        var png = TestImages.PngWithMetadata();
        var broken = png.ToArray();
        broken[8] = 0x7F; // a chunk length far beyond the file
        Assert.Null(PhotoMetadata.Strip(broken));
        var pdf = "%PDF-1.4 ..."u8.ToArray();
        Assert.Same(pdf, PhotoMetadata.Strip(pdf));
    }

    private static List<string> Chunks(byte[] png)
    {
        var names = new List<string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            names.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }

        return names;
    }
}
