using System.Globalization;
using System.Text;
using Prongsai.Tests.Documents;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Prongsai.Tests.Posters;

/// <summary>
/// Reads QR codes back from a printed PDF as a phone would from paper: each page rasterised in grey by poppler's
/// pdftoppm, then decoded by ZXing. A code that only looks right (wrong text, too small, no quiet zone) fails here.
/// </summary>
internal static class PrintedQrCodes
{
    /// <summary>The text of the QR code on each page, in page order (null where none is read).</summary>
    public static async Task<IReadOnlyList<string?>> ReadAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("prongsai-poster-").FullName;
        try
        {
            var path = Path.Combine(directory, "poster.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            ReportAssert.Run("pdftoppm", "-gray", "-r", "100", path, Path.Combine(directory, "page"));
            return Directory.GetFiles(directory, "page-*.pgm")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["page-".Length..], CultureInfo.InvariantCulture))
                .Select(Decode).ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The PDF's text as pdftotext reads it, without whitespace (a wrapped address is read whole).</summary>
    public static async Task<string> TextAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("prongsai-poster-text-").FullName;
        try
        {
            var path = Path.Combine(directory, "poster.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            return ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string? Decode(string pgmPath)
    {
        var (pixels, width, height) = ReadPgm(File.ReadAllBytes(pgmPath));
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text;
    }

    /// <summary>A binary PGM (P5, 8 bits): "P5", width, height, maximum, one whitespace, then a byte per pixel.</summary>
    private static (byte[] Pixels, int Width, int Height) ReadPgm(byte[] file)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(file, start, position - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException("not a binary PGM");
        }

        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (Token() != "255")
        {
            throw new InvalidDataException("not 8 bits per pixel");
        }

        position++; // the one whitespace before the pixels
        return (file[position..(position + (width * height))], width, height);
    }
}
