using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Publishing;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Documents.Extraction;

/// <summary>
/// Text of attachments for search. PDFs: poppler's pdftotext (PdfPig garbles Thai); a PDF with
/// no text layer is rasterized (pdftoppm) and read by Tesseract with the Thai model when both
/// are installed, otherwise marked not searchable. DOCX/XLSX: OpenXml. Images: Tesseract.
/// </summary>
public sealed class AttachmentTextExtractor : IAttachmentTextExtractor
{
    private const int MaxChars = 2_000_000;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<bool> HasPdfToText = new(() => ToolAnswers("pdftotext", "-v"));
    private static readonly Lazy<bool> HasThaiOcr = new(ThaiOcrInstalled);

    /// <summary>True when tesseract lists the Thai model (Debian tesseract-ocr-tha) and pdftoppm exists.</summary>
    public static bool ThaiOcrInstalled()
    {
        try
        {
            return ToolAnswers("pdftoppm", "-v")
                && RunAsync("tesseract", ["--list-langs"], CancellationToken.None).GetAwaiter().GetResult() is { ExitCode: 0 } r
                && r.Output.Split('\n').Any(l => l.Trim() == "tha");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public async Task<ExtractedText> ExtractAsync(Stream content, string kind, CancellationToken cancellationToken)
    {
        try
        {
            return kind switch
            {
                "pdf" => await PdfAsync(content, cancellationToken),
                "docx" => Done(Docx(content), "DOCX"),
                "xlsx" => Done(Xlsx(content), "XLSX"),
                "png" or "jpeg" or "gif" or "webp" => await ImageAsync(content, kind, cancellationToken),
                _ => new ExtractedText(TextState.NotSearchable, null, "ชนิดไฟล์นี้ไม่มีข้อความ / no text in this type"),
            };
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException)
        {
            return new ExtractedText(TextState.Failed, null, "อ่านไฟล์ไม่สำเร็จ / could not read: " + exception.GetType().Name);
        }
    }

    private static ExtractedText Done(string text, string how)
    {
        text = Clean(text);
        return text.Length == 0
            ? new ExtractedText(TextState.NotSearchable, null, "ไม่มีข้อความในไฟล์ / no text")
            : new ExtractedText(TextState.Done, text, how);
    }

    private static async Task<ExtractedText> PdfAsync(Stream content, CancellationToken cancellationToken)
    {
        if (!HasPdfToText.Value)
        {
            return new ExtractedText(TextState.NotSearchable, null, "ไม่ได้ติดตั้ง pdftotext (poppler-utils) / pdftotext not installed");
        }

        var work = Directory.CreateTempSubdirectory("prongsai-pdf-");
        try
        {
            var pdf = Path.Combine(work.FullName, "in.pdf");
            await using (var file = File.Create(pdf))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            var result = await RunAsync("pdftotext", ["-enc", "UTF-8", "-q", pdf, "-"], cancellationToken);
            var text = result.ExitCode == 0 ? Clean(result.Output) : "";
            if (text.Count(char.IsLetterOrDigit) >= 20)
            {
                return new ExtractedText(TextState.Done, text, "pdftotext");
            }

            if (!HasThaiOcr.Value)
            {
                return new ExtractedText(TextState.NotSearchable, null,
                    "PDF ไม่มีชั้นข้อความ (สแกน) และไม่ได้ติดตั้ง tesseract-ocr-tha / scanned PDF, no Thai OCR installed");
            }

            var pages = await RunAsync("pdftoppm", ["-r", "200", "-gray", "-png", "-l", "50", pdf, Path.Combine(work.FullName, "page")], cancellationToken);
            if (pages.ExitCode != 0)
            {
                return new ExtractedText(TextState.Failed, null, "แปลง PDF เป็นภาพไม่สำเร็จ / pdftoppm failed");
            }

            var sb = new StringBuilder();
            foreach (var image in Directory.GetFiles(work.FullName, "page*.png").Order(StringComparer.Ordinal))
            {
                var ocr = await RunAsync("tesseract", [image, "-", "-l", "tha+eng"], cancellationToken);
                sb.AppendLine(ocr.Output);
            }

            var ocrText = Clean(sb.ToString());
            return ocrText.Length == 0
                ? new ExtractedText(TextState.NotSearchable, null, "OCR ไม่พบข้อความ / OCR found no text")
                : new ExtractedText(TextState.Done, ocrText, "OCR (tesseract tha)");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<ExtractedText> ImageAsync(Stream content, string kind, CancellationToken cancellationToken)
    {
        if (!HasThaiOcr.Value)
        {
            return new ExtractedText(TextState.NotSearchable, null, "รูปภาพ: ไม่ได้ติดตั้ง tesseract-ocr-tha / image, no Thai OCR installed");
        }

        var work = Directory.CreateTempSubdirectory("prongsai-img-");
        try
        {
            var path = Path.Combine(work.FullName, "in." + kind);
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            var ocr = await RunAsync("tesseract", [path, "-", "-l", "tha+eng"], cancellationToken);
            var text = Clean(ocr.Output);
            return text.Count(char.IsLetterOrDigit) < 3
                ? new ExtractedText(TextState.NotSearchable, null, "OCR ไม่พบข้อความ / OCR found no text")
                : new ExtractedText(TextState.Done, text, "OCR (tesseract tha)");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    internal static string Docx(Stream content)
    {
        using var document = WordprocessingDocument.Open(content, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var paragraph in body.Descendants<Wordprocessing.Paragraph>())
        {
            sb.AppendLine(string.Concat(paragraph.Descendants<Wordprocessing.Text>().Select(t => t.Text)));
        }

        return sb.ToString();
    }

    internal static string Xlsx(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart;
        if (workbook is null)
        {
            return "";
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sb = new StringBuilder();
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet?.Descendants<Row>() ?? [])
            {
                var cells = row.Elements<Cell>().Select(c =>
                {
                    var value = c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
                    return c.DataType?.Value == CellValues.SharedString && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < shared.Count
                        ? shared[i]
                        : value;
                });
                sb.AppendLine(string.Join(' ', cells.Where(v => v.Length > 0)));
                if (sb.Length > MaxChars)
                {
                    return sb.ToString();
                }
            }
        }

        return sb.ToString();
    }

    private static string Clean(string text)
    {
        text = text.Replace('\f', '\n').Replace('\0', ' ');
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var joined = string.Join('\n', lines);
        return joined.Length > MaxChars ? joined[..MaxChars] : joined;
    }

    private static bool ToolAnswers(string tool, string argument)
    {
        try
        {
            return RunAsync(tool, [argument], CancellationToken.None).GetAwaiter().GetResult().ExitCode >= 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private sealed record ToolResult(int ExitCode, string Output);

    private static async Task<ToolResult> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ToolTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await errors;
        return new ToolResult(process.ExitCode, await output);
    }
}
