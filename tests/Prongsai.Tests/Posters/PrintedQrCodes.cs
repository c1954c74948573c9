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
            // Like a phone that refocuses: a page whose code is not found at 100 dpi is looked at again at 150 dpi. At one
            // resolution ZXing's finder misses a few codes (it depends on the address's pattern), not a code that is wrong.
            var pages = Pages(directory, path, 100);
            if (pages.Any(p => p is null))
            {
                var closer = Pages(directory, path, 150);
                pages = pages.Select((p, i) => p ?? closer.ElementAtOrDefault(i)).ToList();
            }

            return pages;
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

    private static List<string?> Pages(string directory, string pdfPath, int dpi)
    {
        var stem = Path.Combine(directory, "page" + dpi.ToString(CultureInfo.InvariantCulture));
        ReportAssert.Run("pdftoppm", "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), pdfPath, stem);
        return Directory.GetFiles(directory, Path.GetFileName(stem) + "-*.pgm")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[(Path.GetFileName(stem).Length + 1)..], CultureInfo.InvariantCulture))
            .Select(Decode).ToList();
    }

    private static string? Decode(string pgmPath)
    {
        var (pixels, width, height) = ReadPgm(File.ReadAllBytes(pgmPath));
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        // ZXing's finder misses some codes in one orientation and reads them turned a quarter (as a phone held
        // sideways does): "http://localhost/t10ea06d1a4/consultations" was one, valid, and read whole once turned.
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text
            ?? new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source.rotateCounterClockwise())), hints)?.Text;
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
