using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;
using Prongsai.Core.Storage;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>
/// An anonymous complainant's PDF does not name them: Word and scanners write the author into the document
/// information and XMP, and the officers who open the file would read it. The file is rebuilt from its pages (qpdf),
/// which stay readable; a PDF that cannot be read is refused with a Thai message and nothing is filed.
/// </summary>
public sealed class RequestPdfMetadataTests
{
    private const string Author = "Somchai Private SECRET";

    /// <summary>A one-page PDF with a line of text, an author in its document information and in XMP metadata.</summary>
    private static byte[] PdfWithAuthor()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            Stream("BT /F1 18 Tf 20 100 Td (Road 3 is broken) Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            Stream($"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>{Author}</dc:creator></x:xmpmeta>", "/Type /Metadata /Subtype /XML "),
            $"<< /Author ({Author}) /Creator (Microsoft Word) >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());

        static string Stream(string content, string dictionary = "") =>
            $"<< {dictionary}/Length {content.Length} >>\nstream\n{content}\nendstream";
    }

    /// <summary>What pdfinfo or pdftotext reads from the PDF.</summary>
    private static string Read(string tool, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"prongsai-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return tool == "pdftotext" ? Documents.ReportAssert.Run(tool, path, "-") : Documents.ReportAssert.Run(tool, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, Providers]
    public async Task An_anonymous_complaints_pdf_loses_its_author_and_keeps_its_page(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var pdf = PdfWithAuthor();
        Assert.Contains(Author, Read("pdfinfo", pdf), StringComparison.Ordinal); // the tools read the author before

        var filed = await host.UseAsync<FileRequest, Result<FiledRequest>>(f => f.RunAsync(
            RequestsTestData.Anonymous(RequestKind.Corruption, "เรียกรับเงิน"), [new UploadedFile("คำร้อง นายสมชาย.pdf", new MemoryStream(pdf))]));
        Assert.True(filed.Succeeded, string.Join(" ", filed.Errors.Select(e => e.Message)));

        var attachment = await host.QueryAsync(db => db.Set<RequestAttachment>().SingleAsync());
        var stored = await host.RunAsync(async sp =>
        {
            await using var stream = await sp.GetRequiredService<IFileStore>().OpenReadAsync(attachment.FileKey)
                ?? throw new InvalidOperationException("the attachment is not stored");
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });
        Assert.DoesNotContain("SECRET", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain(Author, Read("pdfinfo", stored), StringComparison.Ordinal);
        Assert.Contains("Road 3 is broken", Read("pdftotext", stored), StringComparison.Ordinal);
        Assert.Equal(stored.Length, attachment.Size);
        Assert.Equal("attachment-1.pdf", attachment.FileName);
    }

    [Theory, Providers]
    public async Task A_pdf_that_cannot_be_read_is_refused_in_thai_and_nothing_is_filed(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var broken = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        var filed = await host.UseAsync<FileRequest, Result<FiledRequest>>(f => f.RunAsync(
            RequestsTestData.Anonymous(RequestKind.Corruption, "เรียกรับเงิน"), [new UploadedFile("คำร้อง.pdf", new MemoryStream(broken))]));

        Assert.Contains("อ่านไม่ได้", Assert.Single(filed.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<TrackedRequest>().CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<RequestAttachment>().CountAsync()));
    }
}
