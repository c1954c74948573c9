using System.IO.Compression;

namespace Prongsai.Core.Storage;

/// <summary>A file type recognised from the file's own bytes.</summary>
public sealed record DetectedFileType(string Kind, string ContentType, string Extension);

/// <summary>
/// Recognises uploads by content (magic bytes), never by the name or the browser's claim:
/// a ".pdf" that is really an executable is refused. Office files are zip packages and are
/// told apart by their main part; Office 97-2003 files are OLE compound files and are told apart by
/// the main stream of their root storage (any other compound file — an installer, a PowerPoint — is refused).
/// </summary>
public static class FileTypeDetector
{
    public static readonly DetectedFileType Pdf = new("pdf", "application/pdf", ".pdf");
    public static readonly DetectedFileType Png = new("png", "image/png", ".png");
    public static readonly DetectedFileType Jpeg = new("jpeg", "image/jpeg", ".jpg");
    public static readonly DetectedFileType Gif = new("gif", "image/gif", ".gif");
    public static readonly DetectedFileType WebP = new("webp", "image/webp", ".webp");
    public static readonly DetectedFileType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly DetectedFileType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly DetectedFileType Doc = new("doc", "application/msword", ".doc");
    public static readonly DetectedFileType Xls = new("xls", "application/vnd.ms-excel", ".xls");

    /// <summary>Null when the content is none of the known types.</summary>
    public static DetectedFileType? Detect(Stream content)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(content));
        }

        var start = content.Position;
        Span<byte> head = stackalloc byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = start;
        head = head[..read];

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith(new byte[] { 0x50, 0x4B, 0x03, 0x04 }))
        {
            var office = DetectOffice(content);
            content.Position = start;
            return office;
        }

        if (head.StartsWith(CompoundFile.Signature))
        {
            var legacy = DetectLegacyOffice(content);
            content.Position = start;
            return legacy;
        }

        return null;
    }

    /// <summary>Word 97-2003 has a "WordDocument" stream at its root; Excel 97-2003 a "Workbook" (BIFF8) or "Book" (BIFF5).</summary>
    private static DetectedFileType? DetectLegacyOffice(Stream content)
    {
        var names = CompoundFile.RootStreamNames(content);
        if (names is null)
        {
            return null;
        }

        var word = names.Contains("WordDocument");
        var excel = names.Contains("Workbook") || names.Contains("Book");
        return (word, excel) switch
        {
            (true, false) => Doc,
            (false, true) => Xls,
            _ => null,
        };
    }

    private static DetectedFileType? DetectOffice(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return Docx;
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return Xlsx;
            }
        }
        catch (InvalidDataException)
        {
            // A broken or disguised zip is simply not an office document.
        }

        return null;
    }

    /// <summary>
    /// A file name safe to show and to send back in Content-Disposition: no folders, no control
    /// characters, no leading dots; Thai letters kept.
    /// </summary>
    public static string SafeFileName(string? name, DetectedFileType? type = null)
    {
        var baseName = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var cleaned = new string(baseName.Where(c => !char.IsControl(c) && !IsBidiControl(c) && c is not ('/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray())
            .Trim().TrimStart('.');
        if (cleaned.Length > 150)
        {
            cleaned = cleaned[..150];
        }

        if (cleaned.Length == 0)
        {
            cleaned = "file";
        }

        if (type is not null && !cleaned.EndsWith(type.Extension, StringComparison.OrdinalIgnoreCase))
        {
            cleaned = Path.GetFileNameWithoutExtension(cleaned) + type.Extension;
        }

        return cleaned;
    }

    /// <summary>
    /// Bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM, ALM) make "invoice\u202Efdp.exe" display as
    /// "invoiceexe.pdf": a name shown to citizens and staff must read as what it is.
    /// </summary>
    public static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
