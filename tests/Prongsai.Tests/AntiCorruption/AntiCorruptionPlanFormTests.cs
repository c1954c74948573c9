using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Documents.AntiCorruption;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>
/// The printed plan read back: the Word file through OpenXml and its schema validator, the PDF through pdfinfo and
/// pdftotext. The same year once approved (with its title of a multi-year plan) and once a draft.
/// </summary>
public sealed class AntiCorruptionPlanFormTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขา";
    private const string FourYears = "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2566–2569)";
    private static readonly DateTimeOffset Approved = new(2023, 10, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_word_file_is_valid_and_holds_the_plan_by_dimension_with_totals_the_report_and_the_signatures()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(AntiCorruptionPlanForm.For(Organization, Year(approved: true)))), false);
        OfficeAssert.Valid(word);
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        foreach (var expected in new[]
        {
            FourYears, "ประจำปีงบประมาณ พ.ศ. 2567", Organization, PlanTexts.Dimension(PlanDimension.IntolerantSociety),
            PlanTexts.Dimension(PlanDimension.Oversight), "โครงการอบรมคุณธรรมจริยธรรม", "30,000.00", "ไม่ใช้งบประมาณ", "กองคลัง",
            "42,000.50", "รวมทั้งสิ้น", PlanTexts.Report(FollowUpRound.HalfYear), "ดำเนินการแล้ว", "28,500.00", "อบรมครบ 58 คน",
            "ยังไม่ได้รายงาน", "ลงชื่อ", "(นายกฤษดา นายก)", "อนุมัติเมื่อ " + ThaiDate.FormatLong(Approved),
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // No annual section while nobody reported that round; no draft mark on an approved plan; no dimension without projects.
        Assert.DoesNotContain(PlanTexts.Report(FollowUpRound.YearEnd), text, StringComparison.Ordinal);
        Assert.DoesNotContain(AntiCorruptionPlanForm.DraftMark, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanTexts.Dimension(PlanDimension.PublicParticipation), text, StringComparison.Ordinal);
        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.True(page.Width!.Value > page.Height!.Value);

        // Two dimension tables, the totals, the round's figures and its projects, the signatures.
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(6, tables.Count);
        Assert.Equal("รวม 2 โครงการ30,000.00", string.Concat(tables[0].Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText)));
        Assert.Equal("รวมทั้งสิ้น342,000.50", string.Concat(tables[2].Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText)));
        Assert.All(body.Descendants<Languages>(), l => Assert.Equal("th-TH", l.Bidi!.Value));
    }

    [Fact]
    public void A_draft_says_so_at_its_top_carries_the_default_title_and_leaves_the_approver_to_be_written_by_hand()
    {
        var draft = Year(approved: false);
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(AntiCorruptionPlanForm.For(Organization, draft))), false);
        OfficeAssert.Valid(word);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(AntiCorruptionPlanForm.DraftMark, paragraphs[0]);
        Assert.Equal("ร่าง — ยังไม่ได้รับอนุมัติ", AntiCorruptionPlanForm.DraftMark);
        var text = word.MainDocumentPart.Document.Body.InnerText;
        Assert.Contains("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567", text, StringComparison.Ordinal);
        Assert.DoesNotContain("นายกฤษดา", text, StringComparison.Ordinal);
        Assert.Contains("วันที่ ........", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_an_a4_whose_thai_text_reads_back()
    {
        var html = FormHtmlWriter.Write(AntiCorruptionPlanForm.For(Organization, Year(approved: true)));
        Assert.Contains("TH Sarabun New", html, StringComparison.Ordinal);
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(html, CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-plan-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "plan.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            Assert.Contains("(A4)", ReportAssert.Run("pdfinfo", path), StringComparison.Ordinal);
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
            foreach (var expected in new[] { FourYears, Organization, "โครงการอบรมคุณธรรมจริยธรรม", "42,000.50", "อบรมครบ58คน", "นายกฤษดา" })
            {
                Assert.Contains(ReportAssert.WithoutWhitespace(expected), text, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Three projects of FY2567 in dimensions 1 and 4; the training reported at six months.</summary>
    private static PlanYear Year(bool approved)
    {
        var plan = new AntiCorruptionPlan
        {
            FiscalYear = 2567,
            Title = approved ? FourYears : null,
            Status = approved ? PlanStatus.Approved : PlanStatus.Draft,
            ApprovedAt = approved ? Approved : null,
            ApprovedBy = approved ? "นายกฤษดา นายก" : null,
        };
        var training = Project(1, PlanDimension.IntolerantSociety, "โครงการอบรมคุณธรรมจริยธรรม", 30_000m);
        var pledge = Project(2, PlanDimension.IntolerantSociety, "กิจกรรมประกาศเจตจำนงสุจริต", 0m);
        var council = Project(3, PlanDimension.Oversight, "โครงการอบรมสมาชิกสภา", 12_000.50m);
        var report = new ProjectReport
        {
            ProjectId = 1, Round = FollowUpRound.HalfYear, Status = ProjectStatus.Done, Spent = 28_500m, Result = "อบรมครบ 58 คน", RecordedBy = "นางหทัย",
        };
        return new PlanYear(2567, plan,
        [
            new ProjectLine(training, "สำนักปลัด", report, null),
            new ProjectLine(pledge, null, null, null),
            new ProjectLine(council, "กองคลัง", null, null),
        ]);
    }

    private static PlanProject Project(int id, PlanDimension dimension, string name, decimal budget) => new()
    {
        Id = id, Dimension = dimension, Name = name, Objective = "เป้าหมาย 60 คน", Budget = budget, Period = "ก.พ. 2567",
    };
}
