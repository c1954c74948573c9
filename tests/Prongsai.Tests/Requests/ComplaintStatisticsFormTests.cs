using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Calendar;
using Prongsai.Core.Requests;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Requests.RequestsTestData;

namespace Prongsai.Tests.Requests;

/// <summary>
/// The yearly complaint statistics printed to sign, read back: the Word file through OpenXml and its schema validator,
/// the PDF through pdftotext. The counts come from complaints filed through the real use case on both databases, one of
/// them with a name and a contact, so the test also proves that nobody's identity reaches the paper.
/// </summary>
public sealed class ComplaintStatisticsFormTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขา";
    private static readonly RequestKind[] ComplaintKinds = [RequestKind.Grievance, RequestKind.Corruption];
    private static readonly DateOnly Day = new(2024, 1, 15);

    [Theory, Providers]
    public async Task The_word_file_is_valid_and_counts_complaints_by_type_and_month_without_a_name_or_a_subject(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 1, 15));
        var named = Identified(RequestKind.Grievance, "ไฟฟ้าส่องสว่างหน้าวัดดับ");
        await FileAsync(host, named);
        await FileAsync(host, Anonymous(RequestKind.Corruption, "เรียกรับเงินค่าใบอนุญาต"));
        await FileAsync(host, Anonymous(RequestKind.Grievance));

        var view = await ViewAsync(host, 2567);
        var grievance = view.Rows.First(r => r.Kind == RequestKind.Grievance).TypeName;
        var corruption = view.Rows.First(r => r.Kind == RequestKind.Corruption).TypeName;
        var text = WordText(ComplaintStatisticsForm.For(Organization, view, Day), out var body);

        foreach (var expected in new[]
        {
            "รายงานสถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. 2567", Organization, "ตั้งแต่เดือนตุลาคม 2566 ถึงเดือนกันยายน 2567",
            "ข้อมูล ณ วันที่ 15 มกราคม 2567", grievance, corruption, "ผู้รายงาน", "หัวหน้าหน่วยงาน", "ลงชื่อ",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Only counts: no subject, no details, no complainant, no contact.
        foreach (var absent in new[] { named.Name!, named.Contact!, named.Subject!, named.Details!, "เรียกรับเงินค่าใบอนุญาต", "ถนนชำรุด", ComplaintStatisticsForm.NilReport })
        {
            Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
        }

        var tables = body.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count); // by type, by month, the signatures
        var types = tables[0].Elements<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(4, types.Count);
        Assert.Equal(grievance + "2020-", types[1]);
        Assert.Equal(corruption + "1010-", types[2]);
        Assert.Equal("รวม3030", types[3]);
        var months = tables[1].Elements<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(1 + 12 * 2 + 1, months.Count);
        Assert.Equal("ตุลาคม 2566" + grievance + "000", months[1]);
        Assert.Contains("มกราคม 2567" + grievance + "200", months);
        Assert.Contains("มกราคม 2567" + corruption + "100", months);
        Assert.Equal("รวม300", months[^1]);
        // Numbers are right-aligned, as on any table of figures.
        var received = tables[1].Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(2);
        Assert.Equal(JustificationValues.Right, received.Descendants<Justification>().Single().Val!.Value);
    }

    [Theory, Providers]
    public async Task A_year_without_complaints_still_prints_its_zero_rows_and_says_so(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 1, 15));
        // A question is not a complaint, and a complaint of the year before is not this year's.
        await FileAsync(host, Identified(RequestKind.Question, "ขอทราบตารางเก็บขยะ"));

        var text = WordText(ComplaintStatisticsForm.For(Organization, await ViewAsync(host, 2567), Day), out var body);

        Assert.Contains(ComplaintStatisticsForm.NilReport, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ขอทราบตารางเก็บขยะ", text, StringComparison.Ordinal);
        var tables = body.Elements<Table>().ToList();
        Assert.Equal("รวม0000", tables[0].Elements<TableRow>().Last().InnerText);
        Assert.Equal(1 + 24 + 1, tables[1].Elements<TableRow>().Count());
        Assert.Equal("รวม000", tables[1].Elements<TableRow>().Last().InnerText);
    }

    [Fact]
    public void The_printed_html_encodes_the_type_names_an_office_typed()
    {
        var view = new RequestStatisticsView(2567,
            [new StatisticsRow(RequestKind.Grievance, "<script>alert(1)</script> & <i>", new YearMonth(2024, 1), 1, 0, 1, 0, null)],
            new Dictionary<(RequestKind, RequestStatus), int>(), IncludesSamples: false);
        var html = FormHtmlWriter.Write(ComplaintStatisticsForm.For("<b>อบต.</b>", view, Day));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>อบต.", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_an_a4_whose_thai_text_and_counts_read_back()
    {
        var view = new RequestStatisticsView(2567,
        [
            new StatisticsRow(RequestKind.Grievance, "เรื่องร้องเรียน/ร้องทุกข์", new YearMonth(2024, 1), 17, 12, 5, 3, 6.5),
            new StatisticsRow(RequestKind.Corruption, "ร้องเรียนการทุจริต", new YearMonth(2024, 1), 4, 4, 0, 0, 20.0),
        ], new Dictionary<(RequestKind, RequestStatus), int>(), IncludesSamples: false);
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(FormHtmlWriter.Write(ComplaintStatisticsForm.For(Organization, view, Day)),
            CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);
        var directory = Directory.CreateTempSubdirectory("prongsai-complaint-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "statistics.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            Assert.Contains("(A4)", ReportAssert.Run("pdfinfo", path), StringComparison.Ordinal);
            var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-raw", path, "-"));
            foreach (var expected in new[]
            {
                "รายงานสถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. 2567", Organization, "เรื่องร้องเรียน/ร้องทุกข์ 17 12 5 3 6.5",
                "ร้องเรียนการทุจริต 4 4 0 0 20.0", "รวม 21 16 5 3", "มกราคม 2567", "หัวหน้าหน่วยงาน",
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

    private static Task<RequestStatisticsView> ViewAsync(MeasuresTestHost host, int year) =>
        host.UseAsync<RequestStatistics, RequestStatisticsView>(s => s.ForYearAsync(host.OrganizationId, year, ComplaintKinds));

    private static string WordText(PrintedForm form, out Body body)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(FormDocxWriter.Write(form)), false);
        OfficeAssert.Valid(word);
        body = (Body)word.MainDocumentPart!.Document!.Body!.CloneNode(true);
        return body.InnerText;
    }
}
