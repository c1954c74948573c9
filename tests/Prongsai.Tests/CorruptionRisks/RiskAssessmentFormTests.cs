using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Documents.CorruptionRisks;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// The printed assessment read back: the Word file through OpenXml (and its schema validator, since Word refuses what
/// LibreOffice forgives), the PDF through pdfinfo and pdftotext (in drawing order, since a cell's words wrap over lines). The same year, once approved and once a draft.
/// </summary>
public sealed class RiskAssessmentFormTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขา";
    private static readonly DateTimeOffset Approved = new(2023, 10, 20, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_word_file_is_valid_landscape_and_holds_every_risk_its_level_in_words_the_reports_and_the_signatures()
    {
        var year = Year(approved: true);
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(RiskAssessmentForm.For(Organization, year))), false);
        OfficeAssert.Valid(word);
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        foreach (var expected in new[]
        {
            "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567", Organization, "การออกใบอนุญาตก่อสร้างอาคาร",
            "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต", "3 × 4 = 12", "สูงมาก", "กองคลัง", RiskBoard.WholeOffice,
            "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต รอบ 6 เดือน", RiskTexts.Outcome(RiskOutcome.Watch),
            "ประกาศขั้นตอนแล้ว", "ยังไม่ได้รายงาน", "ลงชื่อ", "(นายกฤษดา นายก)", "อนุมัติเมื่อ " + ThaiDate.FormatLong(Approved),
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // No twelve-month section while nobody reported that round; no draft mark on an approved year.
        Assert.DoesNotContain("รอบ 12 เดือน", text, StringComparison.Ordinal);
        Assert.DoesNotContain(RiskAssessmentForm.DraftMark, text, StringComparison.Ordinal);
        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, page.Orient!.Value);
        Assert.True(page.Width!.Value > page.Height!.Value);

        // Matrix, risks, one report, signatures; the matrix's top row is likelihood 5, its 3 × 4 cell holds one risk.
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(4, tables.Count);
        var likelihood3 = tables[0].Elements<TableRow>().ElementAt(3);
        Assert.StartsWith(RiskTexts.Likelihood(3), likelihood3.InnerText, StringComparison.Ordinal);
        Assert.Equal("สูง1 รายการ", likelihood3.Elements<TableCell>().ElementAt(4).InnerText);
        // Thai runs are marked Thai, so Word shapes and breaks them as Thai.
        Assert.All(body.Descendants<Languages>(), l => Assert.Equal("th-TH", l.Bidi!.Value));
    }

    [Fact]
    public void A_draft_says_so_at_its_top_and_leaves_the_approvers_name_to_be_written_by_hand()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(RiskAssessmentForm.For(Organization, Year(approved: false)))), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(RiskAssessmentForm.DraftMark, paragraphs[0]);
        var text = word.MainDocumentPart.Document.Body.InnerText;
        Assert.DoesNotContain("นายกฤษดา", text, StringComparison.Ordinal);
        Assert.Contains("วันที่ ........", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_html_encodes_every_text_and_lets_only_colours_into_a_style()
    {
        var form = new PrintedForm("<script>alert(1)</script>",
        [
            new FormTable([new FormColumn("หัว <b>", 100)], [[new FormCell("ค่า & <img src=x>", Fill: "fff\" onload=\"x")]]),
        ]);
        var html = FormHtmlWriter.Write(form);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", html, StringComparison.Ordinal);
        Assert.Contains("ค่า &amp; &lt;img src=x&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_a_landscape_a4_whose_thai_text_reads_back()
    {
        var html = FormHtmlWriter.Write(RiskAssessmentForm.For(Organization, Year(approved: true)));
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(html, CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-risk-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "risks.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            var size = ReportAssert.Run("pdfinfo", path).Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
            Assert.Contains("841.92 x 594.96 pts (A4)", size, StringComparison.Ordinal);
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
            foreach (var expected in new[]
            {
                "การประเมินความเสี่ยงการทุจริต", Organization, "การออกใบอนุญาตก่อสร้างอาคาร", "เรียกรับเงิน", "สูงมาก",
                "ประกาศขั้นตอนแล้ว", "นายกฤษดา", RiskTexts.Outcome(RiskOutcome.Watch),
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

    /// <summary>Three risks of FY2567: a high one of the whole office reported at six months, a very high one of the
    /// finance division reported too, and a low one not reported.</summary>
    private static RiskYear Year(bool approved)
    {
        var assessment = new RiskAssessment
        {
            FiscalYear = 2567,
            Status = approved ? RiskAssessmentStatus.Approved : RiskAssessmentStatus.Draft,
            ApprovedAt = approved ? Approved : null,
            ApprovedBy = approved ? "นายกฤษดา นายก" : null,
        };
        var permits = Risk(1, "การออกใบอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต", 3, 4);
        var purchase = Risk(2, "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง", "แบ่งซื้อแบ่งจ้างเพื่อเลี่ยงวิธีประกาศเชิญชวน", 5, 4);
        var car = Risk(3, "การใช้รถยนต์ส่วนกลาง", "ใช้รถไปธุระส่วนตัว", 1, 2);
        return new RiskYear(2567, assessment,
        [
            new RiskLine(permits, null, FollowUp(permits, RiskOutcome.Controlled, "ประกาศขั้นตอนแล้ว ไม่มีเรื่องร้องเรียน"), null),
            new RiskLine(purchase, "กองคลัง", FollowUp(purchase, RiskOutcome.Watch, "ตรวจสอบการแบ่งซื้อทุกเดือน"), null),
            new RiskLine(car, "สำนักปลัด", null, null),
        ]);
    }

    private static CorruptionRisk Risk(int id, string process, string description, int likelihood, int impact) => new()
    {
        Id = id,
        Process = process,
        Category = RiskCategory.Permits,
        Description = description,
        Likelihood = likelihood,
        Impact = impact,
        Measures = "ประกาศขั้นตอนและระยะเวลาบนเว็บไซต์",
        Period = "ต.ค. 2566 – ก.ย. 2567",
    };

    private static RiskFollowUp FollowUp(CorruptionRisk risk, RiskOutcome outcome, string result) => new()
    {
        RiskId = risk.Id,
        Round = FollowUpRound.HalfYear,
        Progress = RiskProgress.Done,
        Outcome = outcome,
        Result = result,
        RecordedBy = "นางหทัย หัวหน้าสำนัก",
    };
}
