using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Budget;
using Prongsai.Core.Money;
using Prongsai.Documents.Budget;
using Prongsai.Documents.Pdf;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.Budget;

/// <summary>
/// A plan long enough for its list of lines to run over pages: Chromium used to print the table's footer (the year's
/// total) at the foot of every page, so page 1 showed the whole year under half the lines.
/// </summary>
public sealed class BudgetPdfTotalsTests
{
    private const int LineCount = 90;

    [Fact]
    public void The_totals_row_is_an_ordinary_last_row_group_and_rows_do_not_split()
    {
        var html = BudgetHtmlWriter.Write(Plan());
        Assert.Contains("tfoot { display: table-row-group; }", html, StringComparison.Ordinal);
        Assert.Contains("tr { break-inside: avoid; }", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("</tbody><tfoot><tr>.*?</tr></tfoot></table>", RegexOptions.None, TimeSpan.FromSeconds(5)), html);
    }

    [Fact]
    public async Task A_table_over_several_pages_prints_its_total_once_on_its_last_page()
    {
        var report = Plan();
        var html = BudgetHtmlWriter.Write(report);
        var total = ThaiMoney.Format(report.Amount);
        // The summary and every table with a totals row name the year's total once each, in the HTML as on paper.
        var written = Regex.Count(html, Regex.Escape(total), RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(written >= 2, html);

        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(html, CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-budget-totals-").FullName;
        try
        {
            var path = Path.Combine(directory, "plan.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            var pages = int.Parse(ReportAssert.Run("pdfinfo", path).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(),
                CultureInfo.InvariantCulture);
            Assert.True(pages >= 3, $"{pages} pages: the list of lines must run over a page break for the test to mean anything");

            var printed = Enumerable.Range(1, pages).Select(page => ReportAssert.WithoutWhitespace(
                ReportAssert.Run("pdftotext", "-f", Number(page), "-l", Number(page), path, "-"))).ToList();
            Assert.Equal(written, printed.Sum(text => Regex.Count(text, Regex.Escape(total), RegexOptions.None, TimeSpan.FromSeconds(5))));

            // The list starts before the last page, and its total is at the end of the last one.
            var first = printed.FindIndex(text => text.Contains(Item(1), StringComparison.Ordinal));
            Assert.InRange(first, 0, pages - 2);
            var last = printed[^1];
            Assert.Contains(Item(LineCount), last, StringComparison.Ordinal);
            Assert.Contains("รวม", last, StringComparison.Ordinal);
            Assert.EndsWith(total, last, StringComparison.Ordinal);
            Assert.All(printed.Skip(first).SkipLast(1), text => Assert.DoesNotContain(total, text, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Number(int page) => page.ToString(CultureInfo.InvariantCulture);

    private static string Item(int number) => "ค่าวัสดุชุดก" + number.ToString("000", CultureInfo.InvariantCulture);

    private static BudgetReport Plan()
    {
        var months = Enumerable.Repeat<decimal?>(null, 12).ToList();
        var lines = Enumerable.Range(1, LineCount).Select(i => new BudgetReportLine(
            i, i, null, "ด้านบริหารทั่วไป", "00110", "แผนงานบริหารงานทั่วไป", "00111", "งานบริหารทั่วไป",
            i % 2 == 0 ? BudgetCategory.Operating : BudgetCategory.Personnel, "ค่าวัสดุ", Item(i),
            i % 3, i % 3 == 0 ? "กองคลัง" : "สำนักปลัด", 100_000m + (i * 137m), months, months)).ToList();
        return new BudgetReport("bangkha", "องค์การบริหารส่วนตำบลบางคา", 2568, BudgetReportKind.Plan, BudgetPlanningPeriod.Month,
            null, false, lines, [], 0);
    }
}
