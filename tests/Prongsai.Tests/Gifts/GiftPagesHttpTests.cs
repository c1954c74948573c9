using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Gifts;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Gifts;

/// <summary>
/// The gift pages through the real app on both databases, as their users work them: a clerk reports a gift on the
/// form with a พ.ศ. date, the executive decides from the page the dashboard leads to, the clerk records the hand-over,
/// and the website's yearly report shows the position and the decision — never a name; a mistyped date or a value in
/// words, one's own report, a refused role, another member's report, the register's downloads and the withdrawal,
/// each answered as a person can act on.
/// </summary>
public sealed partial class GiftPagesHttpTests
{
    private const string Basket = "กระเช้าผลไม้และของใช้";
    private const string Giver = "นายให้ ของขวัญ";
    private const string Position = "นักวิชาการพัสดุชำนาญการ";
    private const string DecideForm = "id=\"decide-heading\"";
    private const string SettleForm = "id=\"settle-heading\"";
    private const string NilMonth = "ไม่มีการรับทรัพย์สินหรือประโยชน์อื่นใดที่ต้องรายงาน";

    [GeneratedRegex("/gifts/([0-9]+)$")]
    private static partial Regex ReportLocation();

    private static DateOnly Today => BangkokTime.Today(TimeProvider.System);

    private static string Be(DateOnly date) => ThaiDateInput.Format(date);

    [Theory, Providers]
    public async Task A_clerk_reports_the_executive_decides_the_clerk_hands_it_over_and_the_website_shows_it_without_names(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var gifts = $"/staff/{org.Slug}/gifts";
        var year = FiscalYear.ForDate(Today);
        var publicUrl = $"/{org.Slug}/gifts/{year}";

        // The list says the rule and leads to the form; the form asks for the date in พ.ศ.
        var list = await Html(clerk, gifts);
        Assert.Contains("3,000 บาท", list, StringComparison.Ordinal);
        Assert.Contains("30 วัน", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{gifts}/new\"", list, StringComparison.Ordinal);
        Assert.Contains("รายงานการรับของขวัญ", list, StringComparison.Ordinal);
        Assert.DoesNotContain("ดาวน์โหลดทะเบียนการรับของขวัญ", list, StringComparison.Ordinal);
        Assert.Contains(ThaiDateInput.DateHint, await Html(clerk, gifts + "/new"), StringComparison.Ordinal);

        // The website before anything is decided: every month so far says there was nothing to report.
        var before = await Html(app.Client(), publicUrl);
        Assert.Contains($"รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ประจำปีงบประมาณ พ.ศ. {year}", before, StringComparison.Ordinal);
        Assert.Contains(NilMonth, before, StringComparison.Ordinal);
        Assert.DoesNotContain(Basket, before, StringComparison.Ordinal);

        var reported = await clerk.PostFormAsync(gifts + "/new", gifts + "/new", GiftFields(Be(Today), "3500"));
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var reportUrl = reported.Headers.Location!.OriginalString;
        Assert.Matches(ReportLocation(), reportUrl);
        var waiting = await Html(clerk, reportUrl);
        Assert.Contains("รอผู้บริหารพิจารณา", waiting, StringComparison.Ordinal);
        Assert.Contains("3,500.00 บาท", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("รายงานเกิน 30 วัน", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain(DecideForm, waiting, StringComparison.Ordinal);
        Assert.Contains($"href=\"{reportUrl}/cancel\"", waiting, StringComparison.Ordinal);
        // The next form is filled with the position just given.
        Assert.Contains($"value=\"{Position}\"", await Html(clerk, gifts + "/new"), StringComparison.Ordinal);

        // The clerk may not decide, not even through the form's address.
        var selfDecision = await clerk.PostFormAsync(reportUrl, reportUrl + "?handler=Decide",
            [new("DecideInput.Decision", nameof(GiftDecision.Keep)), new("DecideInput.Note", "รับไว้เอง")]);
        Assert.Equal(HttpStatusCode.Forbidden, selfDecision.StatusCode);

        // The executive's dashboard leads to the waiting list and to the report itself.
        var dashboard = await Html(executive, $"/staff/{org.Slug}");
        Assert.Contains($"href=\"{gifts}?filter=Waiting\"", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"{reportUrl}\"", dashboard, StringComparison.Ordinal);
        Assert.Contains(Basket, await Html(executive, gifts + "?filter=Waiting"), StringComparison.Ordinal);

        // Without reasons the decision is asked for them beside the field; with them it is recorded.
        var toDecide = await Html(executive, reportUrl);
        Assert.Contains(DecideForm, toDecide, StringComparison.Ordinal);
        Assert.Contains(Giver, toDecide, StringComparison.Ordinal);
        var noReason = await executive.PostFormAsync(reportUrl, reportUrl + "?handler=Decide",
            [new("DecideInput.Decision", nameof(GiftDecision.HandToOffice)), new("DecideInput.Note", " ")]);
        Assert.Equal((HttpStatusCode)422, noReason.StatusCode);
        Assert.Contains("<span id=\"DecideInput_Note-error\" class=\"field-error\">กรุณาบอกเหตุผลประกอบการพิจารณา",
            WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var decided = await executive.PostFormAsync(reportUrl, reportUrl + "?handler=Decide",
        [
            new("DecideInput.Decision", nameof(GiftDecision.HandToOffice)),
            new("DecideInput.Note", "ผู้ให้เป็นคู่สัญญาของหน่วยงาน ของสดส่งคืนไม่ได้ ให้ส่งมอบแก่ศูนย์พัฒนาเด็กเล็ก"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(reportUrl, decided.Headers.Location?.OriginalString);

        // The clerk reads the decision with its reasons and is asked to record the hand-over.
        var toSettle = await Html(clerk, reportUrl);
        Assert.Contains(GiftTexts.Decision(GiftDecision.HandToOffice), toSettle, StringComparison.Ordinal);
        Assert.Contains("ศูนย์พัฒนาเด็กเล็ก", toSettle, StringComparison.Ordinal);
        Assert.Contains(SettleForm, toSettle, StringComparison.Ordinal);
        Assert.DoesNotContain($"{reportUrl}/cancel", toSettle, StringComparison.Ordinal);
        Assert.Contains($"href=\"{gifts}?filter=ToSettle\"", await Html(clerk, $"/staff/{org.Slug}"), StringComparison.Ordinal);
        Assert.Contains(Basket, await Html(clerk, gifts + "?filter=ToSettle"), StringComparison.Ordinal);

        // The website shows it at once: the position, the kind of giver, the decision; no name of anyone.
        var decidedPage = await Html(app.Client(), publicUrl);
        Assert.Contains(Basket, decidedPage, StringComparison.Ordinal);
        Assert.Contains(Position, decidedPage, StringComparison.Ordinal);
        Assert.Contains(GiftTexts.Relation(GiverRelation.Contractor), decidedPage, StringComparison.Ordinal);
        Assert.Contains(GiftTexts.Decision(GiftDecision.HandToOffice), decidedPage, StringComparison.Ordinal);
        Assert.Contains("อยู่ระหว่างดำเนินการ", decidedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Giver, decidedPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"DepartmentStaff {org.Slug}", decidedPage, StringComparison.Ordinal);

        // A mistyped day of the hand-over is told beside its field; then the hand-over is recorded.
        var mistyped = await clerk.PostFormAsync(reportUrl, reportUrl + "?handler=Settle", [new("SettleInput.SettledOn", "32/01/2569")]);
        Assert.Equal((HttpStatusCode)422, mistyped.StatusCode);
        Assert.Contains("id=\"SettleInput_SettledOn-error\"", await mistyped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var settled = await clerk.PostFormAsync(reportUrl, reportUrl + "?handler=Settle",
            [new("SettleInput.SettledOn", Be(Today)), new("SettleInput.SettledNote", "ใบรับของศูนย์พัฒนาเด็กเล็ก เลขที่ 12/2569")]);
        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        var done = await Html(clerk, reportUrl);
        Assert.Contains($"ส่งมอบให้หน่วยงานแล้ว {ThaiDate.FormatLong(Today)}", done, StringComparison.Ordinal);
        Assert.Contains("เลขที่ 12/2569", done, StringComparison.Ordinal);
        Assert.DoesNotContain(SettleForm, done, StringComparison.Ordinal);

        var settledPage = await Html(app.Client(), publicUrl);
        Assert.Contains($"ส่งมอบให้หน่วยงานแล้ว {ThaiDate.FormatLong(Today)}", settledPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Giver, settledPage, StringComparison.Ordinal);
        Assert.Contains($"ส่งมอบให้หน่วยงานแล้ว {ThaiDate.FormatLong(Today)}", await Html(app.Client(), $"/{org.Slug}/gifts"), StringComparison.Ordinal);

        // The website's open data: the same row, no names.
        var csv = await app.Client().GetAsync(publicUrl + "?handler=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = CsvLines(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("ลำดับ,วันที่ได้รับ,ตำแหน่งผู้รับ,ผู้ให้,โอกาส,รายการ,มูลค่า (บาท),ผลการพิจารณา,การดำเนินการ", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(Position, lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(Giver, lines[1], StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_mistyped_date_or_a_value_in_words_comes_back_beside_its_field_as_typed_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var url = $"/staff/{org.Slug}/gifts/new";

        var badDate = await clerk.PostFormAsync(url, url, GiftFields("31/02/2569", "3500").Where(f => f.Key != "Input.Occasion"));
        Assert.Equal((HttpStatusCode)422, badDate.StatusCode);
        var html = WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync());
        var dateError = Regex.Match(html, "<span id=\"Input_ReceivedOn-error\" class=\"field-error\">([^<]+)</span>");
        Assert.True(dateError.Success, "no error beside the date received");
        Assert.Contains("วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2569", dateError.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2569\"", html, StringComparison.Ordinal);
        // The other problems of the form are told at the same time, and the date's is not repeated as "missing".
        Assert.Contains("<span id=\"Input_Occasion-error\" class=\"field-error\">กรุณาบอกโอกาสที่ได้รับ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("กรุณากรอกวันที่ได้รับ", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Giver}\"", html, StringComparison.Ordinal);

        // A value typed in words is refused as typed, beside its field: not taken for no value, nor for zero.
        var words = await clerk.PostFormAsync(url, url, GiftFields(Be(Today), "สามพันห้าร้อยบาท"));
        Assert.Equal((HttpStatusCode)422, words.StatusCode);
        var typed = WebUtility.HtmlDecode(await words.Content.ReadAsStringAsync());
        var valueError = Regex.Match(typed, "<span id=\"Input_Value-error\" class=\"field-error\">([^<]+)</span>");
        Assert.True(valueError.Success, "no error beside the value");
        Assert.Contains("สามพันห้าร้อยบาท", valueError.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("value=\"สามพันห้าร้อยบาท\"", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("กรุณากรอกมูลค่าโดยประมาณ", typed, StringComparison.Ordinal);

        var noValue = await clerk.PostFormAsync(url, url, GiftFields(Be(Today), ""));
        Assert.Equal((HttpStatusCode)422, noValue.StatusCode);
        Assert.Contains("กรุณากรอกมูลค่าโดยประมาณเป็นตัวเลข", WebUtility.HtmlDecode(await noValue.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));

        // Thousands separators are how people write baht: "3,500.00" is 3,500.
        var written = await clerk.PostFormAsync(url, url, GiftFields(Be(Today), "3,500.00"));
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        Assert.Contains("3,500.00 บาท", await Html(clerk, written.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_late_report_and_one_the_law_did_not_ask_for_say_so_and_a_decider_never_decides_their_own(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var url = $"/staff/{org.Slug}/gifts/new";

        // Forty days after receiving it: the report page says it came late.
        var late = await executive.PostFormAsync(url, url, GiftFields(Be(Today.AddDays(-40)), "5000"));
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        var lateUrl = late.Headers.Location!.OriginalString;
        var latePage = await Html(executive, lateUrl);
        Assert.Contains("รายงานเกิน 30 วัน", latePage, StringComparison.Ordinal);

        // The executive may decide on others' reports, never on their own: no form, and the address refuses with why.
        Assert.DoesNotContain(DecideForm, latePage, StringComparison.Ordinal);
        var own = await executive.PostFormAsync(lateUrl, lateUrl + "?handler=Decide",
            [new("DecideInput.Decision", nameof(GiftDecision.Keep)), new("DecideInput.Note", "รับไว้ได้")]);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("ผู้พิจารณาต้องไม่ใช่ผู้รับเอง", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(DecideForm, await Html(admin, lateUrl), StringComparison.Ordinal);

        // A gift from a relative: recorded, and the page says the law did not ask for it.
        var fields = GiftFields(Be(Today), "8000").Select(f => f.Key == "Input.GiverRelation"
            ? new KeyValuePair<string, string>(f.Key, nameof(GiverRelation.Relative)) : f);
        var relative = await executive.PostFormAsync(url, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, relative.StatusCode);
        var relativePage = await Html(executive, relative.Headers.Location!.OriginalString);
        Assert.Contains("ของนี้ไม่ต้องรายงานตามกฎหมาย", relativePage, StringComparison.Ordinal);
        Assert.DoesNotContain("รายงานเกิน 30 วัน", relativePage, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Another_members_report_is_not_found_the_auditor_reads_without_writing_and_the_register_downloads(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var colleague = await app.SignedInAsync(org[OrgRole.DepartmentHead]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var gifts = $"/staff/{org.Slug}/gifts";
        var reported = await clerk.PostFormAsync(gifts + "/new", gifts + "/new", GiftFields(Be(Today), "4200"));
        var reportUrl = reported.Headers.Location!.OriginalString;

        // A colleague does not see it, nor learn that it exists.
        foreach (var url in new[] { reportUrl, reportUrl + "/cancel" })
        {
            using var response = await colleague.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(Basket, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Basket, await Html(colleague, gifts), StringComparison.Ordinal);
        var settle = await colleague.PostFormAsync(gifts, reportUrl + "?handler=Settle", [new("SettleInput.SettledOn", Be(Today))]);
        Assert.Equal(HttpStatusCode.NotFound, settle.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostFormAsync(gifts, reportUrl + "/cancel", [])).StatusCode);

        // The auditor reads every report and the register, and may change nothing.
        var audited = await Html(auditor, reportUrl);
        Assert.Contains(Giver, audited, StringComparison.Ordinal);
        Assert.DoesNotContain(DecideForm, audited, StringComparison.Ordinal);
        Assert.Contains("ดาวน์โหลดทะเบียนการรับของขวัญ", await Html(auditor, gifts), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(gifts + "/new", gifts + "/new", GiftFields(Be(Today), "3500"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(reportUrl, reportUrl + "?handler=Decide",
            [new("DecideInput.Decision", nameof(GiftDecision.Keep)), new("DecideInput.Note", "ผู้ตรวจสอบ")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(reportUrl, reportUrl + "?handler=Settle", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(reportUrl + "/cancel")).StatusCode);
        Assert.Equal(1, await CountAsync(app, org));

        // The year's register: CSV with the Thai header and the names (it is the office's), and a real Excel workbook.
        var year = FiscalYear.ForDate(Today);
        var csv = await executive.GetAsync($"{gifts}?handler=Csv&year={year}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = CsvLines(bytes);
        Assert.StartsWith("ลำดับ,วันที่ได้รับ,ผู้รับ,ตำแหน่ง,ผู้ให้,ความเกี่ยวข้องกับผู้ให้,โอกาส,รายการ,มูลค่า (บาท),วันที่รายงาน,ผลการพิจารณา", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(Giver, lines[1], StringComparison.Ordinal);
        Assert.Contains("รอพิจารณา", lines[1], StringComparison.Ordinal);
        var xlsx = await auditor.GetAsync($"{gifts}?handler=Xlsx&year={year}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read))
        {
            Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
            var sheets = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
            Assert.Contains("ความเกี่ยวข้องกับผู้ให้", sheets, StringComparison.Ordinal);
            Assert.Contains(Basket, sheets, StringComparison.Ordinal);
        }

        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            // Values and row numbers are numbers Excel can sum and sort, the dates the พ.ศ. text the register prints.
            var sheet = new Documents.ReadSheet(workbook);
            Assert.Equal([1m], sheet.NumbersUnder("ลำดับ"));
            Assert.True(Assert.Single(sheet.NumbersUnder("มูลค่า (บาท)")) > 0);
            Assert.Equal("#,##0.00", sheet.Format("I2"));
            Assert.NotEmpty(sheet.Text("B2"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"{gifts}?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"{gifts}?handler=Xlsx")).StatusCode);

        // Addresses typed by hand: a filter or a year that is not one.
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync(gifts + "?filter=Everything")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync(gifts + "?year=twenty")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync(gifts + "?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"{gifts}?filter=Mine&year={year}&page=2")).StatusCode);
    }

    [Theory, Providers]
    public async Task A_report_is_withdrawn_through_its_confirmation_page_and_only_by_whoever_reported_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var url = $"/staff/{org.Slug}/gifts/new";
        var reported = await clerk.PostFormAsync(url, url, GiftFields(Be(Today), "3500"));
        var reportUrl = reported.Headers.Location!.OriginalString;
        var cancelUrl = reportUrl + "/cancel";

        Assert.Contains("ยืนยันการยกเลิกรายงานการรับของขวัญ", await Html(clerk, cancelUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync(cancelUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await executive.PostFormAsync(reportUrl, cancelUrl, [])).StatusCode);
        var withdrawn = await clerk.PostFormAsync(cancelUrl, cancelUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(reportUrl, withdrawn.Headers.Location?.OriginalString);
        var page = await Html(clerk, reportUrl);
        Assert.Contains("ยกเลิกรายงานแล้ว", page, StringComparison.Ordinal);
        Assert.DoesNotContain(cancelUrl, page, StringComparison.Ordinal);
        using (var again = await clerk.GetAsync(cancelUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Equal(reportUrl, again.Headers.Location?.OriginalString);
        }

        // Withdrawn reports are not decided, and the website never lists them.
        Assert.DoesNotContain(DecideForm, await Html(executive, reportUrl), StringComparison.Ordinal);
        Assert.DoesNotContain(Basket, await Html(app.Client(), $"/{org.Slug}/gifts"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_yearly_report_says_nil_for_each_month_of_a_quiet_year_and_knows_which_years_exist(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var current = FiscalYear.ForDate(Today).BeYear;
        var last = current - 1;

        var quiet = await Html(client, $"/{org.Slug}/gifts/{last}");
        Assert.Equal(12, Regex.Matches(quiet, NilMonth).Count);
        Assert.Contains("ตุลาคม", quiet, StringComparison.Ordinal);
        Assert.Contains("กันยายน", quiet, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/gifts/{current}\"", quiet, StringComparison.Ordinal);
        Assert.Contains("ไม่แสดงชื่อบุคคล", quiet, StringComparison.Ordinal);

        // This year: only the months so far.
        var months = ((Today.Year - FiscalYear.ForDate(Today).Start.Year) * 12) + Today.Month - 9;
        Assert.Equal(months, Regex.Matches(await Html(client, $"/{org.Slug}/gifts"), NilMonth).Count);

        foreach (var year in new[] { "2400", (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "99999" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/gifts/{year}")).StatusCode);
        }

        // The home page leads to it.
        Assert.Contains($"href=\"/{org.Slug}/gifts\"", await Html(client, $"/{org.Slug}/"), StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] GiftFields(string receivedOn, string value) =>
    [
        new("Input.ReceivedOn", receivedOn), new("Input.ReceiverPosition", Position), new("Input.GiverName", Giver),
        new("Input.GiverRelation", nameof(GiverRelation.Contractor)), new("Input.Occasion", "ปีใหม่"),
        new("Input.Description", Basket), new("Input.Value", value),
    ];

    private static string[] CsvLines(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes[start..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> CountAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<GiftReport>().CountAsync();
    }
}
