using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Satisfaction;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Satisfaction;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.Satisfaction;

/// <summary>
/// A fiscal year's satisfaction report printed to sign, read back: the Word file through OpenXml and its schema
/// validator, the PDF through pdftotext. It carries the period and the number of answers, each aspect's counts of
/// every score with x̄, S.D., percentage and level, the overall row, the results by department, and the findings a
/// paragraph per line. The figures below are worked out by hand from four answers.
/// </summary>
public sealed class SatisfactionReportFormTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขา";
    private const string Address = "https://bangkha.example/bangkha/satisfaction";
    private static readonly Dictionary<int, string> Departments = new() { [1] = "กองคลัง", [2] = "กองช่าง" };

    [Fact]
    public void The_word_file_is_valid_and_holds_the_period_each_aspect_the_overall_row_the_departments_and_the_findings()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(Form(Report()))), false);
        OfficeAssert.Valid(word);
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        foreach (var expected in new[]
        {
            "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "ประจำปีงบประมาณ พ.ศ. 2568", Organization, Address,
            "ระหว่างวันที่ 1 ตุลาคม 2567 ถึงวันที่ 30 กันยายน 2568", "มีผู้ตอบแบบประเมินทั้งสิ้น 4 ราย",
            "ผลการวิเคราะห์และการนำไปปรับปรุง", "ผู้จัดทำรายงาน", "หัวหน้าหน่วยงาน", "ลงชื่อ",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(SatisfactionReportForm.SampleNote, text, StringComparison.Ordinal);
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("ผู้รับบริการพึงพอใจด้านเจ้าหน้าที่มากที่สุด", paragraphs);
        Assert.Contains("หน่วยงานจะติดป้ายบอกทางที่ช่องบริการกองช่าง", paragraphs);

        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.InnerText).ToList()).ToList();
        Assert.Equal(
        [
            "ด้าน54321x̄S.D.ร้อยละระดับ",
            "ด้านขั้นตอนการให้บริการ211004.250.9685.00มาก",
            "ด้านเจ้าหน้าที่ผู้ให้บริการ310004.750.5095.00มากที่สุด",
            "ด้านสิ่งอำนวยความสะดวก021103.250.9665.00ปานกลาง",
            "ด้านคุณภาพการให้บริการ310004.750.5095.00มากที่สุด",
            "ภาพรวม-----4.25-85.00มาก",
        ], tables[0]);
        Assert.Equal(
        [
            "ส่วนราชการจำนวน (ราย)x̄ร้อยละระดับ",
            "กองคลัง24.5090.00มาก",
            "กองช่าง13.5070.00ปานกลาง",
            "ไม่ระบุ14.5090.00มาก",
        ], tables[1]);
    }

    [Fact]
    public void A_sample_says_so_and_typed_markup_in_the_findings_is_printed_as_text()
    {
        var sample = Report();
        sample.IsSample = true;
        sample.Findings = "<script>alert(1)</script> & <b>";
        var html = FormHtmlWriter.Write(Form(sample));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains(SatisfactionReportForm.SampleNote, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_an_a4_whose_thai_text_and_figures_read_back()
    {
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(FormHtmlWriter.Write(Form(Report())), CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-satisfaction-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "report.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            Assert.Contains("(A4)", ReportAssert.Run("pdfinfo", path), StringComparison.Ordinal);
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
            foreach (var expected in new[]
            {
                SatisfactionReportForm.Title, "ประจำปีงบประมาณ พ.ศ. 2568", Organization, "ภาพรวม - - - - - 4.25 - 85.00 มาก",
                "กองคลัง 2 4.50 90.00 มาก", "ไม่ระบุ 1 4.50 90.00 มาก", "หน่วยงานจะติดป้ายบอกทางที่ช่องบริการกองช่าง", "หัวหน้าหน่วยงาน",
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

    private static PrintedForm Form(SatisfactionReport report) =>
        SatisfactionReportForm.For(Organization, Results(), report, Departments, Address);

    /// <summary>
    /// Four answers: Process 5 4 5 3 (x̄ 4.25, S.D. 0.96), Staff 5 5 5 4 (4.75, 0.50), Facilities 4 3 4 2 (3.25, 0.96),
    /// Quality 5 5 5 4 (4.75, 0.50); overall 4.25, 85%. กองคลัง's two average 4.50, กองช่าง's one 3.50, the unsaid one 4.50.
    /// </summary>
    private static SatisfactionResults Results() => SatisfactionResults.Of(2568,
    [
        new ScoredAnswer(1, 5, 5, 4, 5),
        new ScoredAnswer(1, 4, 5, 3, 5),
        new ScoredAnswer(null, 5, 4, 4, 5),
        new ScoredAnswer(2, 3, 5, 2, 4),
    ]);

    private static SatisfactionReport Report() => new()
    {
        FiscalYear = 2568,
        Findings = "ผู้รับบริการพึงพอใจด้านเจ้าหน้าที่มากที่สุด\n\nหน่วยงานจะติดป้ายบอกทางที่ช่องบริการกองช่าง",
        PublishedAt = new DateTimeOffset(2025, 10, 20, 3, 0, 0, TimeSpan.Zero),
        PublishedBy = "นายก ทดสอบ",
    };
}
