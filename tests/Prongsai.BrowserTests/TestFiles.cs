using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Prongsai.BrowserTests;

/// <summary>Files the journeys upload, and readers for the files they download.</summary>
public static partial class TestFiles
{
    /// <summary>
    /// A small but complete one-page PDF (catalog, page tree, page, content stream, Helvetica, a correct
    /// cross-reference table) showing <paramref name="line"/> (ASCII), as a scanner or a word processor would hand one over.
    /// </summary>
    public static byte[] OnePagePdf(string line)
    {
        if (line.Any(c => c > 126 || c < 32 || c is '(' or ')' or '\\'))
        {
            throw new ArgumentException("printable ASCII without parentheses or backslashes only", nameof(line));
        }

        var content = $"BT /F1 18 Tf 72 770 Td ({line}) Tj ET\n";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The text of a DOCX's main part (word/document.xml) with the markup removed, read with System.IO.Compression.</summary>
    public static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("word/document.xml")
                    ?? throw new XunitException($"{path} is not a Word document: no word/document.xml in the zip "
                                                + $"(entries: {string.Join(", ", zip.Entries.Select(e => e.FullName))})");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var xml = reader.ReadToEnd();
        return System.Net.WebUtility.HtmlDecode(Tags().Replace(xml, " "));
    }

    /// <summary>The text of a PDF as Debian's pdftotext (poppler-utils) reads it, in drawing order.</summary>
    public static string PdfText(string path)
    {
        var info = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // -raw: text in the order the PDF draws it, so the lines of one table cell stay together (the default
        // and -layout read across the page and interleave the lines of neighbouring cells).
        info.ArgumentList.Add("-raw");
        info.ArgumentList.Add("-enc");
        info.ArgumentList.Add("UTF-8");
        info.ArgumentList.Add(path);
        info.ArgumentList.Add("-");
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new XunitException($"pdftotext could not be started ({e.Message}): install Debian's poppler-utils (./test.sh does).");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? text
                : throw new XunitException($"pdftotext {path} exited with {process.ExitCode}: {error.Result}");
        }
    }

    /// <summary>Whether the file starts with the PDF signature.</summary>
    public static bool StartsWithPdfSignature(string path)
    {
        var head = new byte[5];
        using var stream = File.OpenRead(path);
        return stream.Read(head, 0, head.Length) == head.Length && head.AsSpan().SequenceEqual("%PDF-"u8);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

/// <summary>A temporary folder for the files a test uploads; removed on dispose.</summary>
public sealed class TempFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
