using Prongsai.Core.Storage;

namespace Prongsai.Core.Measures.Import;

/// <summary>The formats an import reads, recognised by content (never by the file name).</summary>
public enum ReportFileFormat
{
    SeedText,
    Json,
    Csv,
    Xlsx,
    Docx,
}

public static class ReportFileFormats
{
    public static string Thai(this ReportFileFormat format) => format switch
    {
        ReportFileFormat.SeedText => "ข้อความรายงาน (ตารางคั่นด้วยแท็บ)",
        ReportFileFormat.Json => "JSON (report.json)",
        ReportFileFormat.Csv => "CSV",
        ReportFileFormat.Xlsx => "Excel (.xlsx)",
        ReportFileFormat.Docx => "Word (.docx)",
        _ => format.ToString(),
    };

    internal const string UnsupportedPackage =
        "ไฟล์นี้เป็นไฟล์บีบอัด (zip) ที่ไม่ใช่เอกสาร Word (.docx) หรือ Excel (.xlsx)";

    internal const string UnsupportedLegacyOffice =
        "ไฟล์นี้เป็น Word หรือ Excel รุ่นเก่า (.doc / .xls) ที่ระบบนำเข้าไม่ได้ กรุณาเปิดไฟล์แล้วเลือก \"บันทึกเป็น\" Word (.docx) หรือ Excel (.xlsx) แล้วนำเข้าใหม่";

    internal const string UnsupportedPdf =
        "ระบบนำเข้าจากไฟล์ PDF ไม่ได้ โปรดใช้ไฟล์ Word (.docx), Excel (.xlsx), CSV, JSON หรือข้อความ (.txt)";

    internal const string UnsupportedImage =
        "ไฟล์นี้เป็นรูปภาพ ไม่มีตารางมาตรการให้นำเข้า";

    /// <summary>The package formats recognised from the bytes; null means "try it as text".</summary>
    internal static (ReportFileFormat? Format, string? Problem) DetectBinary(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var type = FileTypeDetector.Detect(stream);
        if (type == FileTypeDetector.Docx)
        {
            return (ReportFileFormat.Docx, null);
        }

        if (type == FileTypeDetector.Xlsx)
        {
            return (ReportFileFormat.Xlsx, null);
        }

        if (type == FileTypeDetector.Pdf)
        {
            return (null, UnsupportedPdf);
        }

        if (type == FileTypeDetector.Doc || type == FileTypeDetector.Xls)
        {
            return (null, UnsupportedLegacyOffice);
        }

        if (type is not null)
        {
            return (null, UnsupportedImage);
        }

        return content.AsSpan().StartsWith("PK\u0003\u0004"u8) ? (null, UnsupportedPackage) : (null, null);
    }

    /// <summary>Tells the text formats apart: JSON object, the seed's tab-separated table, or CSV.</summary>
    internal static ReportFileFormat DetectText(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{'))
        {
            return ReportFileFormat.Json;
        }

        var lines = text.Split('\n');
        if (lines.Any(SeedTextReader.IsHeaderRow))
        {
            return ReportFileFormat.SeedText;
        }

        return lines.Any(l => l.Contains(',', StringComparison.Ordinal)) ? ReportFileFormat.Csv : ReportFileFormat.SeedText;
    }
}
