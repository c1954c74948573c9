using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Consultations;
using Prongsai.Documents.Consultations;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// A consultation's summary printed to sign, read back: the Word file through OpenXml and its schema validator, the PDF
/// through pdftotext. It carries the question, the period, the counts by stance and the summary, a paragraph per line.
/// </summary>
public sealed class ConsultationSummaryFormTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขา";
    private const string Address = "https://bangkha.example/bangkha/consultations/7";

    [Fact]
    public void The_word_file_is_valid_and_holds_the_question_the_period_the_counts_and_the_summary()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(Form(Hearing()))), false);
        OfficeAssert.Valid(word);
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        foreach (var expected in new[]
        {
            ConsultationSummaryForm.Title, Organization, "เรื่อง ร่างแผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 1",
            "ระหว่างวันที่ 1 ธันวาคม 2569 ถึงวันที่ 15 ธันวาคม 2569", Address, "ผู้รับผิดชอบ: กองช่าง",
            "ไม่นับ 2 ราย", "ผู้สรุปผล", "หัวหน้าหน่วยงาน", "ลงชื่อ",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Each line typed is its own paragraph, on paper as on the website.
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("เพิ่มโครงการขุดลอกคลองหมู่ที่ 2", paragraphs);
        Assert.Contains("ขอรับฟังความคิดเห็นว่าเห็นด้วยหรือไม่", paragraphs);
        Assert.Contains("คณะกรรมการพัฒนาท้องถิ่นให้เพิ่มคลองหมู่ที่ 4", paragraphs);

        var counts = body.Elements<Table>().First().Elements<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(["ความคิดเห็นจำนวน (ราย)", "เห็นด้วย12", "ไม่เห็นด้วย3", "มีข้อเสนอแนะ1,004", "รวม1,019"], counts);
    }

    [Fact]
    public void A_sample_says_so_and_typed_markup_is_printed_as_text()
    {
        var sample = Hearing();
        sample.IsSample = true;
        sample.Summary = "<script>alert(1)</script> & <b>";
        var html = FormHtmlWriter.Write(Form(sample));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลตัวอย่างของระบบสาธิต", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_an_a4_whose_thai_text_and_counts_read_back()
    {
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(FormHtmlWriter.Write(Form(Hearing())), CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-consultation-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "summary.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            Assert.Contains("(A4)", ReportAssert.Run("pdfinfo", path), StringComparison.Ordinal);
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
            foreach (var expected in new[]
            {
                ConsultationSummaryForm.Title, Organization, "เห็นด้วย 12", "มีข้อเสนอแนะ 1,004", "รวม 1,019",
                "คณะกรรมการพัฒนาท้องถิ่นให้เพิ่มคลองหมู่ที่ 4", "หัวหน้าหน่วยงาน",
            })
            {
                Assert.Contains(ReportAssert.WithoutWhitespace(expected), text, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static PrintedForm Form(Consultation consultation) =>
        ConsultationSummaryForm.For(Organization, consultation, "กองช่าง", new OpinionCounts(12, 3, 1_004, 2), Address);

    private static Consultation Hearing() => new()
    {
        Title = "ร่างแผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 1",
        Description = "เพิ่มโครงการขุดลอกคลองหมู่ที่ 2\n\nขอรับฟังความคิดเห็นว่าเห็นด้วยหรือไม่",
        OpensOn = new DateOnly(2026, 12, 1),
        ClosesOn = new DateOnly(2026, 12, 15),
        Status = ConsultationStatus.Published,
        Summary = "ส่วนใหญ่เห็นด้วย\nคณะกรรมการพัฒนาท้องถิ่นให้เพิ่มคลองหมู่ที่ 4",
    };
}
