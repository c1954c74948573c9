using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Calendar;
using Prongsai.Core.Gifts;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Gifts;
using Prongsai.Documents.Pdf;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Gifts.GiftsTestData;

namespace Prongsai.Tests.Gifts;

/// <summary>
/// The yearly gift report printed to sign, read back: the Word file through OpenXml and its schema validator, the PDF
/// through pdfinfo and pdftotext. The rows come from the register on both databases, as the website publishes them, so
/// the test also proves that no name — the giver's above all — reaches the paper.
/// </summary>
public sealed class GiftReportFormTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขา";
    private static readonly FiscalYear Fy2567 = new(2567);

    [Theory, Providers]
    public async Task The_word_file_is_valid_landscape_lists_decided_gifts_by_position_and_kind_and_never_a_name(DbProvider provider)
    {
        // FY2568 has begun, so FY2567 is reported whole: October 2566 to September 2567.
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 4));
        var team = await TeamAsync(host);
        await DecidedAsync(host, team.Clerk, team.Executive, Basket(new DateOnly(2024, 1, 2)), GiftDecision.HandToOffice);
        var returned = await DecidedAsync(host, team.Head, team.Executive,
            Basket(new DateOnly(2024, 4, 11), 4_000m, "นายช่างโยธา", "นางสาวผู้ยื่น คำขออนุญาต", GiverRelation.ServiceUser, "สงกรานต์", "ผ้าไหมมัดหมี่ 1 ผืน"),
            GiftDecision.ReturnToGiver);
        Assert.True((await SettleAsync(host, team.Head.Actor, returned.Id, new DateOnly(2024, 4, 16))).Succeeded);
        // Neither a report still waiting nor one withdrawn is published, so neither is printed.
        await ReportAsync(host, team.Colleague.Actor, Basket(new DateOnly(2024, 5, 1), description: "บัตรกำนัลห้างสรรพสินค้า"));
        var withdrawn = await ReportAsync(host, team.Officer.Actor, Basket(new DateOnly(2024, 6, 1), description: "ตั๋วเครื่องบิน"));
        Assert.True((await WithdrawAsync(host, team.Officer.Actor, withdrawn.Id)).Succeeded);

        var text = WordText(await FormAsync(host, Fy2567), out var body);

        foreach (var expected in new[]
        {
            "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ปีงบประมาณ พ.ศ. 2567", Organization,
            "ตั้งแต่เดือนตุลาคม 2566 ถึงเดือนกันยายน 2567", "2 มกราคม 2567", "นักวิชาการพัสดุ", GiftTexts.Relation(GiverRelation.Contractor),
            "กระเช้าผลไม้และของใช้", "3,500.00", "ปีใหม่", GiftTexts.Decision(GiftDecision.HandToOffice), "อยู่ระหว่างดำเนินการ",
            "นายช่างโยธา", GiftTexts.Relation(GiverRelation.ServiceUser), "ผ้าไหมมัดหมี่ 1 ผืน", "4,000.00",
            GiftTexts.Decision(GiftDecision.ReturnToGiver), "ส่งคืนผู้ให้แล้วเมื่อ 16 เมษายน 2567", "7,500.00",
            "ผู้รายงาน", "หัวหน้าหน่วยงาน", "ลงชื่อ", "วันที่ ........",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        foreach (var absent in new[]
        {
            Giver, "นางสาวผู้ยื่น", team.Clerk.Name, team.Head.Name, team.Executive.Name, "บัตรกำนัลห้างสรรพสินค้า", "ตั๋วเครื่องบิน",
            "ผู้ให้เป็นคู่สัญญาของหน่วยงาน", // the head's reasons stay in the register
        })
        {
            Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
        }

        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, page.Orient!.Value);

        // The months, the gifts, the signatures. Ten months had nothing and say so; January counts the basket.
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        var months = tables[0].Elements<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(1 + 12 + 1, months.Count);
        Assert.Equal(10, months.Count(m => m.Contains(GiftReportForm.NilReport, StringComparison.Ordinal)));
        Assert.StartsWith("ตุลาคม 2566", months[1], StringComparison.Ordinal);
        Assert.Equal("มกราคม 256713,500.00-", months[4]);
        Assert.Equal("รวม27,500.00", months[^1]);
        Assert.Equal(1 + 2, tables[1].Elements<TableRow>().Count());
        Assert.All(body.Descendants<Languages>(), l => Assert.Equal("th-TH", l.Bidi!.Value));
    }

    [Theory, Providers]
    public async Task A_year_without_gifts_prints_every_month_and_the_table_with_the_nil_line(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 1, 15));
        var team = await TeamAsync(host);
        // Decided, but received the year before: FY2567 so far (October to January) has nothing.
        await DecidedAsync(host, team.Clerk, team.Executive, Basket(new DateOnly(2023, 9, 20)), GiftDecision.Keep);

        var text = WordText(await FormAsync(host, Fy2567), out var body);

        Assert.Contains("ตั้งแต่เดือนตุลาคม 2566 ถึงเดือนมกราคม 2567", text, StringComparison.Ordinal);
        Assert.DoesNotContain("กุมภาพันธ์", text, StringComparison.Ordinal);
        Assert.DoesNotContain("กระเช้า", text, StringComparison.Ordinal);
        // Four months say nil, and the gifts table is the nil line across every column.
        Assert.Equal(5, Regex.Matches(text, GiftReportForm.NilReport).Count);
        var gifts = body.Elements<Table>().ElementAt(1).Elements<TableRow>().ToList();
        Assert.Equal(2, gifts.Count);
        Assert.Equal(GiftReportForm.NilReport, gifts[1].InnerText);
        Assert.Equal(8, gifts[1].GetFirstChild<TableCell>()!.TableCellProperties!.GetFirstChild<GridSpan>()!.Val!.Value);
    }

    [Fact]
    public void The_printed_html_encodes_what_staff_typed()
    {
        var form = GiftReportForm.For("<b>อบต.</b>", Fy2567, [new YearMonth(2024, 1)],
        [
            new PublicGiftRow(new DateOnly(2024, 1, 2), "<script>alert(1)</script>", GiverRelation.Other, "ปีใหม่ & <i>",
                "<img src=x onerror=alert(1)>", 100m, GiftDecision.Keep, null),
        ]);
        var html = FormHtmlWriter.Write(form);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>อบต.", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("ปีใหม่ &amp; &lt;i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_a_landscape_a4_whose_thai_text_reads_back()
    {
        var form = GiftReportForm.For(Organization, Fy2567, GiftBoard.MonthsReported(Fy2567, new DateOnly(2024, 11, 4)),
        [
            new PublicGiftRow(new DateOnly(2024, 1, 2), "นักวิชาการพัสดุ", GiverRelation.Contractor, "ปีใหม่", "กระเช้าผลไม้และของใช้",
                3_500m, GiftDecision.HandToOffice, new DateOnly(2024, 1, 4)),
        ]);
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(FormHtmlWriter.Write(form), CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-gift-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "gifts.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            var size = ReportAssert.Run("pdfinfo", path).Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
            Assert.Contains("841.92 x 594.96 pts (A4)", size, StringComparison.Ordinal);
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
            foreach (var expected in new[]
            {
                "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", Organization, "นักวิชาการพัสดุ", "กระเช้าผลไม้และของใช้", "3,500.00",
                "ส่งมอบให้หน่วยงานแล้วเมื่อ 4 มกราคม 2567", GiftReportForm.NilReport, "หัวหน้าหน่วยงาน",
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

    /// <summary>The form as the website's page would print it on the host's day.</summary>
    private static async Task<PrintedForm> FormAsync(MeasuresTestHost host, FiscalYear year)
    {
        var rows = await host.UseAsync<GiftBoard, IReadOnlyList<PublicGiftRow>>(b => b.PublishedAsync(year));
        return GiftReportForm.For(Organization, year, GiftBoard.MonthsReported(year, BangkokTime.Today(host.Clock)), rows);
    }

    private static string WordText(PrintedForm form, out Body body)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(form)), false);
        OfficeAssert.Valid(word);
        body = (Body)word.MainDocumentPart!.Document!.Body!.CloneNode(true);
        return body.InnerText;
    }
}
