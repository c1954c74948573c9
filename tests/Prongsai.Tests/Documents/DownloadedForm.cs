using System.Net;
using DocumentFormat.OpenXml.Packaging;

namespace Prongsai.Tests.Documents;

/// <summary>A form to sign fetched from the app and read back: the Word file checked as Word would, the PDF's text.</summary>
internal static class DownloadedForm
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The Word file's text, after checking the answer, its type, its validity and its title heading.</summary>
    public static async Task<string> WordTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        OfficeAssert.Valid(word);
        WordAssert.TitledWithHeadings(word);
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }

    /// <summary>The PDF's text in drawing order, without whitespace (a cell's words wrap over lines).</summary>
    public static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var directory = Directory.CreateTempSubdirectory("prongsai-form-http-").FullName;
        try
        {
            var file = Path.Combine(directory, "form.pdf");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            return ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", file, "-"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
