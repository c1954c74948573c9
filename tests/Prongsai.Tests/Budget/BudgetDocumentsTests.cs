using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Budget;
using Prongsai.Core.Money;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Budget;

/// <summary>Every report file read back: DOCX and XLSX through OpenXml, the PDF through pdftotext (and rendered to PNG to look at).</summary>
public sealed class BudgetDocumentsTests
{
    [Fact]
    public async Task Docx_xlsx_and_pdf_of_the_six_month_report_hold_the_same_thai_names_and_numbers()
    {
        await using var host = await MeasuresTestHost.StartAsync(DbProvider.Sqlite);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        Assert.True((await ImportAsync(host, Disbursements(["2568", "ต.ค. 2567", "เงินเดือนพนักงาน", "100,000"], ["2568", "ธ.ค. 2567", "วัสดุสำนักงาน", "30,000.50"]))).Succeeded);
        await PublishAsync(host, BudgetReportKind.Plan);
        await PublishAsync(host, BudgetReportKind.SixMonth);
        var report = (await host.UseAsync<BudgetReports, BudgetReport?>(r => r.PublicAsync(Year, BudgetReportKind.SixMonth)))!;
        var documents = host.Scope().ServiceProvider.GetService(typeof(IBudgetDocuments)) as IBudgetDocuments ?? throw new InvalidOperationException();

        using var docx = new MemoryStream();
        documents.WriteDocx(report, docx);
        docx.Position = 0;
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            OfficeAssert.Valid(word);
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", text, StringComparison.Ordinal);
            Assert.Contains("เบี้ยยังชีพผู้สูงอายุ", text, StringComparison.Ordinal);
            Assert.Contains("130,000.50", text, StringComparison.Ordinal);
            Assert.Contains("6.50", text, StringComparison.Ordinal); // 130,000.50 of 2,000,000
            Assert.True(word.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count() == 4);
            WordAssert.Titled(word, report.Title);
            var headings = WordAssert.Headings(word);
            Assert.Equal(4, headings.Count(h => h.Level == 2)); // one caption over each table
        }

        using var xlsx = new MemoryStream();
        documents.WriteXlsx(report, xlsx);
        xlsx.Position = 0;
        using (var sheet = SpreadsheetDocument.Open(xlsx, false))
        {
            OfficeAssert.Valid(sheet);
            var workbook = sheet.WorkbookPart!;
            Assert.Equal(["สรุป", "ตามส่วนราชการ", "ตามงบ", "รายเดือน", "รายการ"], workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
            var departments = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!);
            var cells = departments.Worksheet!.Descendants<Cell>().ToList();
            Assert.Contains(cells, c => c.InlineString?.InnerText == "กองคลัง");
            Assert.Contains(cells, c => c.DataType?.Value == CellValues.Number && decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture) == 220_000m);
        }

        var pdf = await documents.RenderPdfAsync(report, CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Problem);
        var directory = Directory.CreateTempSubdirectory("prongsai-budget-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "budget.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            if (Environment.GetEnvironmentVariable("PRONGSAI_KEEP_BUDGET_PNG") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(path, Path.Combine(keep, "budget.pdf"), overwrite: true);
            }

            var info = ReportAssert.Run("pdfinfo", path);
            Assert.Contains("594.96 x 841.92 pts (A4)", info.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal)), StringComparison.Ordinal); // portrait
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-layout", path, "-"));
            foreach (var expected in new[] { "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "กองคลัง", "สำนักปลัด", "งบบุคลากร", "เบี้ยยังชีพ", "ผู้สูงอายุ", ThaiMoney.Format(report.Disbursed), "2,000,000.00" })
            {
                Assert.Contains(ReportAssert.WithoutWhitespace(expected), text, StringComparison.Ordinal);
            }

            // The first page rendered to PNG (the PDF is kept when PRONGSAI_KEEP_BUDGET_PNG names a folder, to look at).
            ReportAssert.Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", path, Path.Combine(directory, "page"));
            var png = Directory.GetFiles(directory, "page*.png").Single();
            Assert.True(new FileInfo(png).Length > 10_000);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_charts_encode_every_text_and_name_themselves_for_screen_readers()
    {
        var groups = new[] { new BudgetGroupTotal("<script>alert(1)</script>", 1_000m, 0m, 250m) };
        var svg = BudgetCharts.GroupBars("x", "งบ & ผล", groups, showDisbursed: true);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"x-title x-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"x-title\">งบ &amp; ผล</title>", svg, StringComparison.Ordinal);
        Assert.Contains("25.0 %", svg, StringComparison.Ordinal);
    }
}
