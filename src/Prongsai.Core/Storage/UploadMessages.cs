using System.Globalization;

namespace Prongsai.Core.Storage;

/// <summary>
/// What an upload form tells the clerk when a file is refused, in one place for every form that takes files
/// (document attachments, progress evidence, circulars, requests' attachments): plain Thai that says what to do next.
/// </summary>
/// <remarks>
/// Thai only, as every use case's error is (<see cref="Common.Error"/>): the message is made for the page that shows it
/// at once, beside the file field. A half-English tail ("/ not an accepted file type") only lengthened the Thai line.
/// Notes kept with a record and read later in either language are the ones written "ไทย / English" (Lang.Part).
/// </remarks>
public static class UploadMessages
{
    /// <summary>The file's content is none of the accepted types (the name's extension is never trusted).</summary>
    public static string NotAccepted(string? fileName, IReadOnlyCollection<DetectedFileType> accepted) =>
        $"{Subject(fileName)}ไม่ใช่ {Describe(accepted)} (ระบบตรวจจากเนื้อไฟล์ ไม่ใช่จากนามสกุล) "
        + "ถ้าเป็นไฟล์ชนิดอื่น เช่น PowerPoint หรือไฟล์บีบอัด กรุณาเปิดแล้วบันทึกเป็น PDF ก่อนแนบใหม่";

    /// <summary>Larger than the form takes.</summary>
    public static string TooLarge(string? fileName, long maxBytes) =>
        $"{Subject(fileName)}มีขนาดเกิน {Size(maxBytes)} ซึ่งเป็นขนาดสูงสุดที่รับ กรุณาลดขนาดไฟล์ (เช่น บันทึก PDF แบบลดขนาด หรือสแกนที่ความละเอียดต่ำลง) "
        + "หรือแบ่งเป็นหลายไฟล์";

    /// <summary>
    /// A spreadsheet to import (budget plan, asset register, service figures) larger than the import takes. Such a file is almost always swollen by other sheets, pictures or formatted empty rows.
    /// </summary>
    public static string TableTooLarge(long maxBytes) =>
        $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {Size(maxBytes)}) กรุณาลบแผ่นงานอื่น รูปภาพ และแถวที่ไม่ใช้ออกจากไฟล์ แล้วนำเข้าใหม่";

    /// <summary>A photo whose structure cannot be read (cut short, or its parts' lengths run past its end).</summary>
    public static string DamagedImage(string? fileName) =>
        $"{Subject(fileName)}เป็นรูปภาพที่เสียหาย อ่านไม่ได้ กรุณาเปิดรูปแล้วบันทึกใหม่ หรือถ่ายใหม่ แล้วแนบอีกครั้ง";

    public static string Empty(string? fileName) =>
        $"{Subject(fileName)}ว่างเปล่า (0 ไบต์) กรุณาเลือกไฟล์ที่ถูกต้องอีกครั้ง";

    /// <summary>"PDF, Word, Excel หรือรูปภาพ" for the accepted types, in the order people think of them.</summary>
    public static string Describe(IReadOnlyCollection<DetectedFileType> accepted)
    {
        var words = new List<string>();
        if (accepted.Contains(FileTypeDetector.Pdf))
        {
            words.Add("PDF");
        }

        if (accepted.Contains(FileTypeDetector.Docx) || accepted.Contains(FileTypeDetector.Doc))
        {
            words.Add("Word");
        }

        if (accepted.Contains(FileTypeDetector.Xlsx) || accepted.Contains(FileTypeDetector.Xls))
        {
            words.Add("Excel");
        }

        var images = accepted.Where(t => t.ContentType.StartsWith("image/", StringComparison.Ordinal)).ToList();
        if (images.Count > 0)
        {
            words.Add($"รูปภาพ ({string.Join(", ", images.Select(i => i.Kind.ToUpperInvariant()))})");
        }

        if (words.Count <= 1)
        {
            return string.Concat(words);
        }

        // Thai joins "หรือ" to a Thai word and spaces it from a Latin one: "Excel หรือรูปภาพ", "Word หรือ Excel".
        var last = words[^1];
        return string.Join(", ", words.Take(words.Count - 1)) + " หรือ" + (last[0] is >= '\u0E00' and <= '\u0E7F' ? "" : " ") + last;
    }

    /// <summary>"50 MB" (or KB below a megabyte), as the limit is set.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";

    private static string Subject(string? fileName) => fileName is null ? "ไฟล์นี้" : $"ไฟล์ \"{fileName}\" ";
}
