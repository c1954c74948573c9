using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The yearly service statistics as villagers and assessors get them through the real app on both databases: the page
/// (totals first, then months, then what the website counts itself), its CSV and Excel files read back, the JSON for
/// open data, the links that lead to it, and the addresses it refuses. Figures are recorded through the use cases.
/// </summary>
public sealed partial class ServiceStatisticsPublicHttpTests
{
    private const string LandTax = "รับชำระภาษีที่ดินและสิ่งปลูกสร้าง";
    private const string WaterTruck = "บริการรถบรรทุกน้ำอุปโภคบริโภค";
    private const string Loans = "ยืมทรัพย์สินของทางราชการ (ประชาชนและหน่วยงานภายนอก)";

    private static DateOnly Today => BangkokTime.Today(TimeProvider.System);

    private static FiscalYear ThisYear => FiscalYear.ForDate(Today);

    private static string Be(int year) => year.ToString(CultureInfo.InvariantCulture);

    [Theory, Providers]
    public async Task A_past_year_shows_the_recorded_figures_dashes_and_totals_and_downloads_the_same_rows(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var finance = org.Departments.Single(d => d.Name == "กองคลัง").Id;
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", finance);
        var water = await AddServiceAsync(app, org, WaterTruck, "เที่ยว", null);
        var last = new FiscalYear(ThisYear.BeYear - 1);
        await RecordAsync(app, org, last.FirstMonth, (tax, "1,250"), (water, "8"));
        await RecordAsync(app, org, last.FirstMonth.AddMonths(1), (tax, "๑๒"));
        var client = app.Client();
        var page = $"/{org.Slug}/service-statistics/{last}";

        var html = await HtmlAsync(client, page);
        Assert.Contains($"<h1>ข้อมูลสถิติการให้บริการ ปีงบประมาณ พ.ศ. {last}</h1>", html, StringComparison.Ordinal);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]*แยกตามบริการและเดือน", html);
        Assert.Contains("1,262 ราย", html, StringComparison.Ordinal);
        Assert.Contains("8 เที่ยว", html, StringComparison.Ordinal);
        Assert.Contains("2 จาก 12 เดือน", html, StringComparison.Ordinal);
        Assert.Contains("1 จาก 12 เดือน", html, StringComparison.Ordinal);
        Assert.Contains("กองคลัง", html, StringComparison.Ordinal);
        Assert.Contains("ทั้งหน่วยงาน", html, StringComparison.Ordinal); // the water truck has no department
        Assert.Contains("<td>1,250</td>", html, StringComparison.Ordinal);
        Assert.Equal(10 + 11, Dashes().Count(html)); // months not recorded: a dash, never a zero
        Assert.DoesNotContain("<td></td>", html, StringComparison.Ordinal); // every month of a past year has begun
        Assert.Contains("– คือเดือนที่ผ่านไปแล้วแต่ยังไม่ได้บันทึก", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ช่องว่างคือเดือนที่ยังไม่สิ้นสุด", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"จำนวนการให้บริการรายเดือน (เลื่อนดูด้านข้างได้)\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"online\"", html, StringComparison.Ordinal); // nothing was asked on the website

        // On a phone the downloads and the totals come first, then the months, then other years.
        var order = new[] { $"href=\"{page}?handler=csv\"", $"href=\"{page}?handler=xlsx\"", "id=\"totals\"", "id=\"by-month\"", $"href=\"/{org.Slug}/service-statistics/{ThisYear}\"" }
            .Select(s => html.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        // Not kept in a cache: a month recorded now is on the page at once.
        await RecordAsync(app, org, last.FirstMonth.AddMonths(2), (tax, "7"));
        Assert.Contains("1,269 ราย", await HtmlAsync(client, page), StringComparison.Ordinal);

        // CSV: UTF-8 with a BOM (Excel reads Thai), Thai headers, one row per service and month.
        using var csvResponse = await client.GetAsync($"{page}?handler=csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"service-statistics-{org.Slug}-{last}.csv", csvResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var csvBytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        var lines = Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ปีงบประมาณ,บริการ,ส่วนราชการ,หน่วยนับ,เดือน,จำนวน,ผู้นับ", lines[0]);
        Assert.Equal(1 + (2 * 12), lines.Length);
        var october = ThaiDate.FormatMonthYear(last.FirstMonth);
        Assert.Contains($"{last},{LandTax},กองคลัง,ราย,{october},1250,หน่วยงานบันทึก", lines);
        Assert.Contains($"{last},{WaterTruck},ทั้งหน่วยงาน,เที่ยว,{ThaiDate.FormatMonthYear(last.LastMonth)},,หน่วยงานบันทึก", lines);

        // Excel, read back with the Open XML SDK: the same header and rows.
        var xlsx = await client.GetByteArrayAsync($"{page}?handler=xlsx");
        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            Documents.OfficeAssert.Valid(document);
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(lines.Length, rows.Count);
            Assert.Equal(["ปีงบประมาณ", "บริการ", "ส่วนราชการ", "หน่วยนับ", "เดือน", "จำนวน", "ผู้นับ"], rows[0]);
            Assert.Contains(rows, r => r.SequenceEqual([Be(last.BeYear), LandTax, "กองคลัง", "ราย", october, "1250", "หน่วยงานบันทึก"]));
        }

        // JSON for open data: the months in BE, each service's figures in their order, null where nothing was recorded.
        var api = $"/api/v1/orgs/{org.Slug}/service-statistics/{last}";
        using var json = JsonDocument.Parse(await client.GetStringAsync(api));
        var root = json.RootElement;
        Assert.Equal((org.Slug, last.BeYear, 12), (root.GetProperty("organization").GetString(), root.GetProperty("fiscalYear").GetInt32(), root.GetProperty("monthsBegun").GetInt32()));
        Assert.Equal($"{Be(last.BeYear - 1)}-10", root.GetProperty("months")[0].GetString());
        var services = root.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(2, services.Count);
        var landTax = services[0];
        Assert.Equal((LandTax, "กองคลัง", "office", 1269, 3), (landTax.GetProperty("name").GetString(), landTax.GetProperty("department").GetString(),
            landTax.GetProperty("countedBy").GetString(), landTax.GetProperty("total").GetInt32(), landTax.GetProperty("monthsRecorded").GetInt32()));
        Assert.Equal(1250, landTax.GetProperty("counts")[0].GetInt32());
        Assert.Equal(JsonValueKind.Null, landTax.GetProperty("counts")[3].ValueKind);
        Assert.Equal(JsonValueKind.Null, services[1].GetProperty("department").ValueKind);

        // Its files are the page's files; a format it does not know is a 400, a year it refuses a 404.
        Assert.Equal(await client.GetByteArrayAsync($"{page}?handler=csv"), await client.GetByteArrayAsync($"{api}?format=csv"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{api}?format=pdf")).StatusCode);
        foreach (var refused in new[] { $"/api/v1/orgs/{org.Slug}/service-statistics/2499", $"/api/v1/orgs/{org.Slug}/service-statistics/2701",
            $"/api/v1/orgs/no{org.Slug}/service-statistics/{last}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(refused)).StatusCode);
        }
    }

    [Theory, Providers]
    public async Task What_the_website_counts_itself_is_shown_apart_and_an_empty_year_is_said_kindly(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var page = $"/{org.Slug}/service-statistics";

        // Nothing yet: said plainly, without a table of dashes or files of nothing.
        var empty = await HtmlAsync(client, page);
        Assert.Contains($"ข้อมูลสถิติการให้บริการ ปีงบประมาณ พ.ศ. {ThisYear}", empty, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีสถิติการให้บริการของปีงบประมาณนี้", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=csv", empty, StringComparison.Ordinal);
        Assert.Contains($"ปีงบประมาณ พ.ศ. {ThisYear.BeYear + 1} ยังไม่เริ่ม", await HtmlAsync(client, $"{page}/{ThisYear.BeYear + 1}"), StringComparison.Ordinal);

        // A complaint on the website, two loan requests of which one is withdrawn, and this October's land tax.
        var filed = await client.PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", "ไฟถนนดับหน้าวัด"), new("Form.Details", "ดับมาสามคืน"),
            new("Form.Name", "นายสมหมาย ใจงาม"), new("Form.Contact", "0812345678"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var tents = await AddTentsAsync(app, org);
        await AskToBorrowAsync(app, org, tents);
        var withdrawn = await AskToBorrowAsync(app, org, tents);
        await AsOrgAsync(app, org, async sp => Succeeded(await sp.GetRequiredService<WithdrawAssetLoanOnline>().RunAsync(withdrawn)));
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", null);
        await RecordAsync(app, org, ThisYear.FirstMonth, (tax, "5"));

        var html = await HtmlAsync(client, $"{page}/{ThisYear}");
        // Months are due once over: in October nothing is due yet, after it October's figure counts as recorded.
        var ended = ThisYear.FirstMonth.MonthsUntil(YearMonth.FromDate(Today));
        Assert.Contains(ended == 0 ? "<td>–</td>" : $"1 จาก {ended} เดือน", html, StringComparison.Ordinal);
        var online = html[html.IndexOf("id=\"online\"", StringComparison.Ordinal)..];
        Assert.Contains("ระบบนับให้เอง", online, StringComparison.Ordinal);
        Assert.Contains("คำขอยืมที่ผู้ขอยกเลิกไม่นับ", online, StringComparison.Ordinal);
        Assert.Matches("ร้องเรียน/ร้องทุกข์ <span class=\"muted\">\\(เรื่อง\\)</span></th>\\s*<td>1</td>", online);
        Assert.Matches($"{Regex.Escape(Loans)} <span class=\"muted\">\\(คำขอ\\)</span></th>\\s*<td>1</td>", online); // the withdrawn one is not counted
        Assert.DoesNotContain(LandTax, online, StringComparison.Ordinal);
        // Blank cells: the office's months not over and not recorded (October is recorded), and the system's months
        // not begun (it counts the month in progress as it goes; two rows).
        var begun = ended + 1;
        Assert.Equal((12 - Math.Max(ended, 1)) + ((12 - begun) * 2), Regex.Count(html, "<td></td>"));
        Assert.Equal(ended < 12, html.Contains("ช่องว่างคือเดือนที่ยังไม่สิ้นสุด", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/orgs/{org.Slug}/service-statistics/{ThisYear}"));
        var bySystem = json.RootElement.GetProperty("services").EnumerateArray().Where(s => s.GetProperty("countedBy").GetString() == "system").ToList();
        Assert.Equal(["ร้องเรียน/ร้องทุกข์", Loans], bySystem.Select(s => s.GetProperty("name").GetString()));
        Assert.All(bySystem, s => Assert.Equal(1, s.GetProperty("total").GetInt32()));

        // Found from the home page and the sitemap.
        Assert.Contains($"<a href=\"/{org.Slug}/service-statistics\"><strong>สถิติการให้บริการ</strong></a>", await HtmlAsync(client, $"/{org.Slug}"), StringComparison.Ordinal);
        Assert.Contains($"/{org.Slug}/service-statistics</loc>", await client.GetStringAsync($"/{org.Slug}/sitemap.xml"), StringComparison.Ordinal);

        // Addresses it refuses answer 404, never 500.
        foreach (var refused in new[] { $"/no{org.Slug}/service-statistics", $"{page}/2499", $"{page}/2701", $"{page}/2701?handler=csv", $"{page}/2499?handler=xlsx", $"{page}/twenty" })
        {
            var status = (await client.GetAsync(refused)).StatusCode;
            Assert.True(status == HttpStatusCode.NotFound, $"{refused}: {(int)status}");
        }
    }

    [GeneratedRegex("<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">ยังไม่ได้บันทึก</span>")]
    private static partial Regex Dashes();

    private static StaffActor System(TestOrg org) => StaffActor.System("ผู้ทดสอบ", org.Id);

    private static async Task<T> AsOrgAsync<T>(ProngsaiApp app, TestOrg org, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await work(scope.ServiceProvider);
    }

    private static T Succeeded<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private static Task<int> AddServiceAsync(ProngsaiApp app, TestOrg org, string name, string unit, int? departmentId) =>
        AsOrgAsync(app, org, async sp => Succeeded(await sp.GetRequiredService<ManageCountedServices>()
            .AddAsync(System(org), new CountedServiceInput(name, unit, departmentId))).Id);

    private static Task<RecordedMonth> RecordAsync(ProngsaiApp app, TestOrg org, YearMonth month, params (int Service, string Count)[] figures) =>
        AsOrgAsync(app, org, async sp => Succeeded(await sp.GetRequiredService<RecordServiceCounts>()
            .RunAsync(System(org), month, figures.Select(f => new ServiceCountInput(f.Service, f.Count)).ToList())));

    /// <summary>Tents the website lists for villagers to borrow.</summary>
    private static Task<int> AddTentsAsync(ProngsaiApp app, TestOrg org) =>
        AsOrgAsync(app, org, async sp => Succeeded(await sp.GetRequiredService<ManageAssetRegister>().AddAsync(System(org),
            new AssetInput("7110-001-0001", "เต็นท์ผ้าใบ", "ครุภัณฑ์งานบ้านงานครัว", 4, null, "โรงเก็บพัสดุ", new DateOnly(2023, 3, 1), 15000m,
                Lendable: true, AssetCondition.Good, null, ShownToPublic: true))).Id);

    /// <summary>A villager's request on the website; returns its tracking code.</summary>
    private static Task<string> AskToBorrowAsync(ProngsaiApp app, TestOrg org, int assetId)
    {
        var day = ThaiDateInput.Format(Today.AddDays(7));
        return AsOrgAsync(app, org, async sp => Succeeded(await sp.GetRequiredService<RequestAssetLoanOnline>().RunAsync(
            new OnlineLoanInput(assetId, "1", day, day, "งานบุญประจำปีของหมู่บ้าน", "ศาลาประชาคมหมู่ที่ 3", "นายสมหมาย ใจงาม", "0812345678"))).TrackingCode);
    }

    private static async Task<string> HtmlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
