using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Options;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage.Archives;
using Prongsai.Core.Text;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Documents.Extraction;

/// <summary>
/// Text of attachments for search. PDFs: poppler's pdftotext (PdfPig garbles Thai); a PDF with
/// no text layer is rasterized (pdftoppm) and read by Tesseract with the Thai model when both
/// are installed, otherwise marked not searchable. DOCX/XLSX: OpenXml, read as a stream after the package
/// passed <see cref="ArchiveGuard"/>. Images: Tesseract. Everything within <see cref="TextExtractionLimits"/>:
/// a time budget, tools killed at their timeout or when their output passes the character budget, their memory
/// limited (<see cref="ExternalTool"/>), no scanned page drawn larger than the pixel budget (<see cref="PdfPageImages"/>).
/// The text's Thai is repaired to the letters a person types (<see cref="ThaiText.Repair"/>), so search finds it.
/// </summary>
public sealed class AttachmentTextExtractor(IOptions<ArchiveLimits> archiveLimits, IOptions<TextExtractionLimits> textLimits) : IAttachmentTextExtractor
{
    /// <summary>Pages of a scanned PDF read by OCR: the first fifty (a long scan is found by its first pages' words).</summary>
    private const int MaxOcrPages = 50;

    /// <summary>Tesseract ended with an error (its memory budget, or an image it could not read) on every page: no text.</summary>
    private static readonly ExtractedText OcrFailed =
        new(TextState.Failed, null, "OCR อ่านไฟล์ไม่สำเร็จ (ไฟล์เสียหรือใช้หน่วยความจำเกินกำหนด) / OCR failed (broken file or over the memory budget)");

    internal const string NoPdfToText = "ไม่ได้ติดตั้ง pdftotext (poppler-utils) / pdftotext not installed";
    internal const string ScanWithoutOcr = "PDF ไม่มีชั้นข้อความ (สแกน) และไม่ได้ติดตั้ง tesseract-ocr-tha / scanned PDF, no Thai OCR installed";
    internal const string ImageWithoutOcr = "รูปภาพ: ไม่ได้ติดตั้ง tesseract-ocr-tha / image, no Thai OCR installed";

    private static readonly Lazy<bool> HasPdfToText = new(() => ExternalTool.Answers("pdftotext", "-v"));
    private static readonly Lazy<bool> HasThaiOcr = new(ThaiOcrInstalled);

    /// <summary>True when tesseract lists the Thai model (Debian tesseract-ocr-tha) and pdfinfo and pdftoppm exist.</summary>
    public static bool ThaiOcrInstalled() =>
        ExternalTool.Answers("pdftoppm", "-v") && ExternalTool.Answers("pdfinfo", "-v")
        && ExternalTool.Probe("tesseract", "--list-langs") is { ExitCode: 0 } languages
        && languages.Output.Split('\n').Any(l => l.Trim() == "tha");

    private TextExtractionLimits Limits => textLimits.Value;

    /// <summary>True when the note says a tool was missing (pdftotext, the Thai OCR) that this machine now has.</summary>
    public bool ReadsNow(string? note) => note switch
    {
        NoPdfToText => HasPdfToText.Value,
        ScanWithoutOcr or ImageWithoutOcr => HasThaiOcr.Value,
        _ => false,
    };

    /// <summary>One run of a tool: its timeout, the character budget and the memory budget.</summary>
    private ToolBudget ToolBudget => new(Limits.ToolTimeout, Limits.MaxChars, Limits.MaxToolMemoryBytes);

    public async Task<ExtractedText> ExtractAsync(Stream content, string kind, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Limits.MaxDuration);
        try
        {
            return kind switch
            {
                "pdf" => await PdfAsync(content, budget.Token),
                "docx" or "xlsx" => await PackageAsync(content, kind, budget.Token),
                "png" or "jpeg" or "gif" or "webp" => await ImageAsync(content, kind, budget.Token),
                // Word/Excel 97-2003 are accepted for download; their binary formats are not read for search.
                "doc" or "xls" => new ExtractedText(TextState.NotSearchable, null,
                    "ไฟล์ Word/Excel รุ่นเก่า (.doc/.xls) ค้นหาจากชื่อเอกสารได้ แต่ไม่อ่านข้อความในไฟล์ ถ้าต้องการให้ค้นหาข้อความได้ ให้แนบเป็น .docx/.xlsx หรือ PDF / legacy Office file: not read for search"),
                _ => new ExtractedText(TextState.NotSearchable, null, "ชนิดไฟล์นี้ไม่มีข้อความ / no text in this type"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExtractedText(TextState.Failed, null, "อ่านไฟล์ไม่เสร็จในเวลาที่กำหนด / text extraction took too long");
        }
        catch (Exception exception) when (DamagedOfficeFile.Is(exception))
        {
            return new ExtractedText(TextState.Failed, null, "อ่านไฟล์ไม่สำเร็จ / could not read: " + exception.GetType().Name);
        }
    }

    /// <summary>DOCX/XLSX: copied to a temporary file, checked by the archive guard, then read as a stream.</summary>
    private async Task<ExtractedText> PackageAsync(Stream content, string kind, CancellationToken cancellationToken)
    {
        await using var package = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (!await CopyAtMostAsync(content, package, Limits.MaxFileBytes, cancellationToken))
        {
            return new ExtractedText(TextState.Failed, null, "ไฟล์ใหญ่เกินกำหนด / file too large");
        }

        var check = ArchiveGuard.Check(package, archiveLimits.Value, kind, cancellationToken);
        if (check.Problem is { } problem)
        {
            return new ExtractedText(TextState.Failed, null, "ไม่อ่านไฟล์นี้: " + problem.Message + " / refused: " + problem.Code);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return kind == "docx"
            ? Done(Docx(package, Limits.MaxChars, cancellationToken), "DOCX")
            : Done(Xlsx(package, Limits.MaxChars, cancellationToken), "XLSX");
    }

    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        target.Position = 0;
        return true;
    }

    private ExtractedText Done(string text, string how)
    {
        text = Clean(text, Limits.MaxChars);
        return text.Length == 0
            ? new ExtractedText(TextState.NotSearchable, null, "ไม่มีข้อความในไฟล์ / no text")
            : new ExtractedText(TextState.Done, text, how);
    }

    private async Task<ExtractedText> PdfAsync(Stream content, CancellationToken cancellationToken)
    {
        if (!HasPdfToText.Value)
        {
            return new ExtractedText(TextState.NotSearchable, null, NoPdfToText);
        }

        var work = Directory.CreateTempSubdirectory("prongsai-pdf-");
        try
        {
            var pdf = Path.Combine(work.FullName, "in.pdf");
            await using (var file = File.Create(pdf))
            {
                if (!await CopyAtMostAsync(content, file, Limits.MaxFileBytes, cancellationToken))
                {
                    return new ExtractedText(TextState.Failed, null, "ไฟล์ใหญ่เกินกำหนด / file too large");
                }
            }

            var result = await ExternalTool.RunAsync("pdftotext", ["-enc", "UTF-8", "-q", pdf, "-"], ToolBudget, cancellationToken);
            var text = result.ExitCode == 0 || result.Truncated ? Clean(result.Output, Limits.MaxChars) : "";
            if (text.Count(char.IsLetterOrDigit) >= 20)
            {
                return new ExtractedText(TextState.Done, text, "pdftotext");
            }

            if (!HasThaiOcr.Value)
            {
                return new ExtractedText(TextState.NotSearchable, null, ScanWithoutOcr);
            }

            var pages = await PdfPageImages.RenderAsync(pdf, work.FullName, MaxOcrPages, Limits.MaxPagePixels, ToolBudget, cancellationToken);
            if (pages is null)
            {
                return new ExtractedText(TextState.Failed, null, "แปลงหน้า PDF เป็นภาพเพื่ออ่านข้อความไม่สำเร็จ / could not turn the PDF's pages into images");
            }

            var sb = new StringBuilder();
            var pagesRead = 0;
            foreach (var image in pages)
            {
                // A page Tesseract cannot read (broken, or over the memory budget) is skipped; the others still count.
                var ocr = await ExternalTool.RunAsync("tesseract", [image, "-", "-l", "tha+eng"], ToolBudget, cancellationToken);
                if (ocr.ExitCode != 0 && !ocr.Truncated)
                {
                    continue;
                }

                pagesRead++;
                sb.AppendLine(ocr.Output);
                if (sb.Length > Limits.MaxChars)
                {
                    break;
                }
            }

            if (pages.Count > 0 && pagesRead == 0)
            {
                return OcrFailed;
            }

            var ocrText = Clean(sb.ToString(), Limits.MaxChars);
            return ocrText.Length == 0
                ? new ExtractedText(TextState.NotSearchable, null, "OCR ไม่พบข้อความ / OCR found no text")
                : new ExtractedText(TextState.Done, ocrText, "OCR (tesseract tha)");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<ExtractedText> ImageAsync(Stream content, string kind, CancellationToken cancellationToken)
    {
        if (!HasThaiOcr.Value)
        {
            return new ExtractedText(TextState.NotSearchable, null, ImageWithoutOcr);
        }

        var work = Directory.CreateTempSubdirectory("prongsai-img-");
        try
        {
            var path = Path.Combine(work.FullName, "in." + kind);
            await using (var file = File.Create(path))
            {
                if (!await CopyAtMostAsync(content, file, Limits.MaxFileBytes, cancellationToken))
                {
                    return new ExtractedText(TextState.Failed, null, "ไฟล์ใหญ่เกินกำหนด / file too large");
                }

                if (ImageGuard.Check(file, archiveLimits.Value) is { } huge)
                {
                    return new ExtractedText(TextState.Failed, null, "ไม่อ่านไฟล์นี้: " + huge.Message + " / refused: " + huge.Code);
                }
            }

            var ocr = await ExternalTool.RunAsync("tesseract", [path, "-", "-l", "tha+eng"], ToolBudget, cancellationToken);
            if (ocr.ExitCode != 0 && !ocr.Truncated)
            {
                return OcrFailed;
            }

            var text = Clean(ocr.Output, Limits.MaxChars);
            return text.Count(char.IsLetterOrDigit) < 3
                ? new ExtractedText(TextState.NotSearchable, null, "OCR ไม่พบข้อความ / OCR found no text")
                : new ExtractedText(TextState.Done, text, "OCR (tesseract tha)");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The text of the main document, read element by element (never the whole XML as a tree), up to maxChars.</summary>
    internal static string Docx(Stream content, int maxChars, CancellationToken cancellationToken)
    {
        using var document = WordprocessingDocument.Open(content, false);
        if (document.MainDocumentPart is not { } main)
        {
            return "";
        }

        var sb = new StringBuilder();
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read() && sb.Length <= maxChars)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.IsStartElement && reader.ElementType == typeof(Wordprocessing.Text))
            {
                sb.Append(reader.GetText());
            }
            else if (reader.IsEndElement && reader.ElementType == typeof(Wordprocessing.Paragraph))
            {
                sb.AppendLine();
            }
        }

        return sb.ToString();
    }

    /// <summary>Shared strings and rows, read element by element, up to maxChars.</summary>
    internal static string Xlsx(Stream content, int maxChars, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart;
        if (workbook is null)
        {
            return "";
        }

        var shared = new List<string>();
        long sharedChars = 0;
        if (workbook.SharedStringTablePart is { } sharedPart)
        {
            using var reader = OpenXmlReader.Create(sharedPart);
            while (reader.Read() && sharedChars <= maxChars)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
                {
                    var text = reader.LoadCurrentElement()?.InnerText ?? "";
                    sharedChars += text.Length;
                    shared.Add(text);
                }
            }
        }

        var sb = new StringBuilder();
        foreach (var sheet in workbook.WorksheetParts)
        {
            using var reader = OpenXmlReader.Create(sheet);
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!reader.IsStartElement || reader.ElementType != typeof(Row) || reader.LoadCurrentElement() is not Row row)
                {
                    continue;
                }

                var cells = row.Elements<Cell>().Select(c =>
                {
                    var value = c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
                    return c.DataType?.Value == CellValues.SharedString && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count
                        ? shared[i]
                        : value;
                });
                sb.AppendLine(string.Join(' ', cells.Where(v => v.Length > 0)));
                if (sb.Length > maxChars)
                {
                    return sb.ToString();
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>The text without empty lines and NULs, its Thai as typed (<see cref="ThaiText.Repair"/>), within the budget.</summary>
    private static string Clean(string text, int maxChars)
    {
        text = ThaiText.Repair(text.Replace('\f', '\n').Replace('\0', ' '));
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var joined = string.Join('\n', lines);
        return joined.Length > maxChars ? joined[..maxChars] : joined;
    }
}
