using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Procurement;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.Procurement;

/// <summary>
/// The สขร.1 on A4 landscape, read back word by word: the narrow method column used to cut "อิเล็กทรอนิกส์" in two, and an
/// amount of ten million baht ran over the next column's amount.
/// </summary>
public sealed partial class MonthlySummaryPdfTests
{
    [Fact]
    public async Task Methods_and_dates_stay_whole_words_and_large_amounts_stay_in_their_columns()
    {
        var summary = new MonthlySummary("องค์การบริหารส่วนจังหวัดทดสอบ", 2569, new YearMonth(2025, 11),
            [Record(1, ProcurementMethod.EBidding, 12_620_000m), Record(2, ProcurementMethod.EMarket, 66_000m)], IsSample: false);

        var words = await PrintedWordsAsync(MonthlySummaryForm.Html(summary));

        Assert.Contains(words, w => w.Text.Contains("อิเล็กทรอนิกส์", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.Text.EndsWith("อิเล็กทรอนิ", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Text.Contains("พฤศจิกายน", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Text.StartsWith("ลำดับ", StringComparison.Ordinal));

        // The budget and the reference price of the first line: two words side by side, not one run into the other.
        var amounts = words.Where(w => w.Text == "12,620,000.00").OrderBy(w => w.XMin).ToList();
        Assert.True(amounts.Count >= 2, string.Join(" | ", words.Select(w => w.Text)));
        Assert.True(amounts[0].XMax < amounts[1].XMin, $"{amounts[0]} overlaps {amounts[1]}");
    }

    private static ProcurementRecord Record(int ordinal, ProcurementMethod method, decimal amount) => new()
    {
        Ordinal = ordinal,
        Title = "จ้างเหมาก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ " + ordinal.ToString(CultureInfo.InvariantCulture),
        BudgetAmount = amount,
        ReferencePrice = amount,
        Method = method,
        SelectedSupplier = "ห้างหุ้นส่วนจำกัด ทดสอบการก่อสร้าง",
        AgreedPrice = amount - 1_000m,
        SelectionReason = "เสนอราคาต่ำสุดและคุณสมบัติถูกต้องตามเงื่อนไข",
        ContractNumber = ordinal.ToString(CultureInfo.InvariantCulture) + "/2569",
        ContractDate = new DateOnly(2025, 11, 17),
        Bids = [new ProcurementBid { Ordinal = 1, Bidder = "ห้างหุ้นส่วนจำกัด ทดสอบการก่อสร้าง", Price = amount - 1_000m }],
    };

    private static async Task<IReadOnlyList<PrintedWord>> PrintedWordsAsync(string html)
    {
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(html, CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-sorkhor1-words-").FullName;
        try
        {
            var path = Path.Combine(directory, "sorkhor1.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            var boxes = ReportAssert.Run("pdftotext", "-bbox", path, "-");
            return WordBox().Matches(boxes).Select(m => new PrintedWord(
                System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value),
                double.Parse(m.Groups["x0"].Value, CultureInfo.InvariantCulture),
                double.Parse(m.Groups["x1"].Value, CultureInfo.InvariantCulture))).ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed record PrintedWord(string Text, double XMin, double XMax);

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="[\d.]+" xMax="(?<x1>[\d.]+)" yMax="[\d.]+">(?<text>[^<]*)</word>""", RegexOptions.None, 5000)]
    private static partial Regex WordBox();
}
