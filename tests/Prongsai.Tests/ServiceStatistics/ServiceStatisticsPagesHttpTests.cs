using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.ServiceStatistics.ServiceStatisticsTestData;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The service statistics pages through the real app on both databases, as a clerk works them: the OrgAdmin lists the
/// services, the month just ended is typed in from the counter's book (Thai digits and all), a mistyped figure comes
/// back beside its box with nothing saved, the year's table and the services list show the result; a clerk records
/// their own department's services only, and the auditor reads every page with no form and is refused every write.
/// </summary>
public sealed partial class ServiceStatisticsPagesHttpTests
{
    /// <summary>A form that posts, other than the menu's sign-out.</summary>
    [GeneratedRegex("<form method=\"post\"(?![^>]*action=\"/staff/signout\")")]
    private static partial Regex PostForm();

    private static YearMonth ThisMonth => YearMonth.FromDate(BangkokTime.Today(TimeProvider.System));

    [Theory, Providers]
    public async Task The_admin_lists_services_records_a_month_and_reads_the_year(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/service-statistics";
        var finance = org.Departments[1].Id.ToString(CultureInfo.InvariantCulture);
        var office = org.Departments[0].Id.ToString(CultureInfo.InvariantCulture);
        var lastMonth = ThisMonth.AddMonths(-1);
        var year = FiscalYear.ForMonth(ThisMonth).BeYear;
        var lastMonthsYear = FiscalYear.ForMonth(lastMonth).BeYear;

        // The page before anything is counted: how to start, and where the website shows it.
        var empty = await Html(admin, index);
        Assert.Contains("<h1>สถิติการให้บริการ</h1>", empty, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีบริการที่นับสถิติ", empty, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/service-statistics/{year}\"", empty, StringComparison.Ordinal);
        Assert.Contains("นับอัตโนมัติจากระบบ", empty, StringComparison.Ordinal);
        Assert.Contains("name=\"Add.Name\"", empty, StringComparison.Ordinal);
        Assert.Contains($"value=\"{ServiceStatisticsRules.DefaultUnit}\"", empty, StringComparison.Ordinal);

        var added = await admin.PostFormAsync(index, index + "?handler=Add", ServiceFields(LandTax, "", finance));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(index, added.Headers.Location?.OriginalString);
        Assert.Contains($"เพิ่มบริการ \"{LandTax}\" แล้ว", await Html(admin, index), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, index + "?handler=Add", ServiceFields(WaterTruck, "เที่ยว", office))).StatusCode);
        var taxId = await ServiceIdAsync(app, org, LandTax);
        var waterId = await ServiceIdAsync(app, org, WaterTruck);

        // The same name again: refused beside the name, as typed, with 409.
        var twice = await admin.PostFormAsync(index, index + "?handler=Add", ServiceFields(LandTax, "ราย", office));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var refused = WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync());
        Assert.Matches($"<span id=\"Add_Name-error\" class=\"field-error\">มีบริการชื่อ \"{LandTax}\" อยู่แล้ว", refused);
        Assert.Contains("aria-invalid=\"true\"", refused, StringComparison.Ordinal);

        // The month just ended: a box per service, labelled with its name and unit, typed in numbers.
        var monthUrl = $"{index}/month/{lastMonth}";
        var form = await Html(admin, monthUrl);
        Assert.Contains($"<h1>บันทึกสถิติการให้บริการ เดือน{ThaiDate.FormatMonthYear(lastMonth)}</h1>", form, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"count-{taxId}\">{LandTax} (ราย)</label>", form, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"count-{waterId}\">{WaterTruck} (เที่ยว)</label>", form, StringComparison.Ordinal);
        Assert.Contains($"name=\"Count-{taxId}\" type=\"text\" inputmode=\"numeric\"", form, StringComparison.Ordinal);
        Assert.Contains($"href=\"{index}/month/{lastMonth.AddMonths(-1)}\"", form, StringComparison.Ordinal);
        Assert.Contains($"href=\"{index}/month/{ThisMonth}\"", form, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(monthUrl, monthUrl, [new($"Count-{taxId}", "๑,๒๐๐"), new($"Count-{waterId}", "7")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(monthUrl, saved.Headers.Location?.OriginalString);
        var after = await Html(admin, monthUrl);
        Assert.Contains($"บันทึกสถิติการให้บริการเดือน{ThaiDate.FormatMonthYear(lastMonth)} แล้ว", after, StringComparison.Ordinal);
        Assert.Matches($"name=\"Count-{taxId}\"[^>]*value=\"1200\"", after);
        Assert.Contains($"บันทึกโดย OrgAdmin {org.Slug} เมื่อ", after, StringComparison.Ordinal);

        // A figure in words: 422, said beside its box and at the top, what was typed kept, the other box not saved.
        var words = await admin.PostFormAsync(monthUrl, monthUrl, [new($"Count-{taxId}", "สิบ"), new($"Count-{waterId}", "9")]);
        Assert.Equal((HttpStatusCode)422, words.StatusCode);
        var wrong = WebUtility.HtmlDecode(await words.Content.ReadAsStringAsync());
        Assert.Contains($"<span id=\"Count-{taxId}-error\" class=\"field-error\">{LandTax}: กรุณากรอกจำนวนเป็นตัวเลขจำนวนเต็ม", wrong, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#count-{taxId}\">{LandTax}: กรุณากรอกจำนวน", wrong, StringComparison.Ordinal); // to the box itself
        Assert.Matches($"name=\"Count-{taxId}\"[^>]*value=\"สิบ\"[^>]*aria-describedby=\"count-{taxId}-hint Count-{taxId}-error\" aria-invalid=\"true\"", wrong);
        Assert.Matches($"name=\"Count-{waterId}\"[^>]*value=\"9\"", wrong);
        Assert.Equal(7, (await FigureAsync(app, org, waterId, lastMonth))!.Value);

        // The year's table: the figure, a dash for a month not recorded, the total; the month links name what waits.
        var yearPage = await Html(admin, $"{index}?year={lastMonthsYear}");
        Assert.Contains("1,200", yearPage, StringComparison.Ordinal);
        Assert.Contains("<td>–</td>", yearPage, StringComparison.Ordinal);
        var october = new YearMonth(FiscalYear.BeToCe(lastMonthsYear) - 1, 10);
        Assert.Contains($"<abbr title=\"{ThaiDate.FormatMonthYear(october)}\">ต.ค. {ThaiDate.FormatShort(october.FirstDay)[^2..]}</abbr>", yearPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"{monthUrl}\">{ThaiDate.FormatMonthYear(lastMonth)}</a>", yearPage, StringComparison.Ordinal);
        Assert.Contains("บันทึกครบแล้ว", yearPage, StringComparison.Ordinal);
        // This year: the month in progress is not shown as behind; a month over with nothing recorded is.
        var thisYearPage = await Html(admin, index);
        Assert.Contains("เดือนนี้ยังไม่สิ้นสุด", thisYearPage, StringComparison.Ordinal);
        // (Last month is recorded above; another month over exists in this fiscal year from December on.)
        Assert.Equal(ThisMonth.Month is not (10 or 11), thisYearPage.Contains("ยังไม่ได้บันทึก 2 บริการ", StringComparison.Ordinal));

        // Retired from the list (no confirmation: it is taken back the same way), then corrected on its own page.
        var retired = await admin.PostFormAsync(index, $"{index}?handler=Retire&id={waterId}", []);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var list = await Html(admin, index);
        Assert.Contains("เลิกให้บริการแล้ว", list, StringComparison.Ordinal);
        Assert.Contains($"?id={waterId}&handler=Restore\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostFormAsync(index, $"{index}?handler=Retire&id={waterId}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, $"{index}?handler=Restore&id={waterId}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync(index, $"{index}?handler=Retire&id={waterId + 1000}", [])).StatusCode);

        var editUrl = $"{index}/services/{waterId}";
        Assert.Contains($"value=\"{WaterTruck}\"", await Html(admin, editUrl), StringComparison.Ordinal);
        var edited = await admin.PostFormAsync(editUrl, editUrl, [new("Input.Name", "รถน้ำดื่ม"), new("Input.Unit", "เที่ยว"), new("Input.DepartmentId", office)]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("รถน้ำดื่ม", await Html(admin, index), StringComparison.Ordinal);
        var blank = await admin.PostFormAsync(editUrl, editUrl, [new("Input.Name", " "), new("Input.DepartmentId", "สำนักปลัด")]);
        Assert.Equal((HttpStatusCode)422, blank.StatusCode);
        Assert.Contains("id=\"Input_DepartmentId-error\"", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{index}/services/{waterId + 1000}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Months_that_are_not_there_not_begun_or_not_asked_for_properly_are_answered_without_a_server_error(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/service-statistics";
        await admin.PostFormAsync(index, index + "?handler=Add", ServiceFields(Allowance, "ราย", ""));
        var serviceId = await ServiceIdAsync(app, org, Allowance);

        foreach (var month in new[] { "2024-13", "abc", "2016-09", "0001-01", "9999-12", $"{ThisMonth.Year + 3}-01", "2024-1" })
        {
            using var response = await admin.GetAsync($"{index}/month/{month}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{month}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{index}/month/2016-10")).StatusCode);
        foreach (var year in new[] { "twenty", "99999999999" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{index}?year={year}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{index}?year=2559")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{index}?year={FiscalYear.ForMonth(ThisMonth).BeYear + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{index}?year=2560")).StatusCode);

        // Next month has not begun: the page says so and has no box; a post to it hears the use case's reason.
        var nextMonth = $"{index}/month/{ThisMonth.AddMonths(1)}";
        var notBegun = await Html(admin, nextMonth);
        Assert.Contains($"ยังไม่ถึงเดือน{ThaiDate.FormatMonthYear(ThisMonth.AddMonths(1))}", notBegun, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Count-", notBegun, StringComparison.Ordinal);
        var early = await admin.PostFormAsync(index, nextMonth, [new($"Count-{serviceId}", "5")]);
        Assert.Equal((HttpStatusCode)422, early.StatusCode);
        Assert.Contains("ยังไม่ถึงเดือนนี้", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // Without the form's token the post is refused and nothing is saved.
        var monthUrl = $"{index}/month/{ThisMonth}";
        using (var forged = await admin.PostAsync(monthUrl, new FormUrlEncodedContent([new($"Count-{serviceId}", "5")])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Null(await FigureAsync(app, org, serviceId, ThisMonth));

        // A box sent twice is not a figure.
        var twice = await admin.PostFormAsync(monthUrl, monthUrl, [new($"Count-{serviceId}", "5"), new($"Count-{serviceId}", "6")]);
        Assert.Equal((HttpStatusCode)422, twice.StatusCode);
        Assert.Null(await FigureAsync(app, org, serviceId, ThisMonth));
    }

    [Theory, Providers]
    public async Task A_clerk_records_their_own_departments_services_and_the_auditor_reads_without_forms(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var index = $"/staff/{org.Slug}/service-statistics";
        await admin.PostFormAsync(index, index + "?handler=Add", ServiceFields(LandTax, "ราย", org.Departments[1].Id.ToString(CultureInfo.InvariantCulture)));
        await admin.PostFormAsync(index, index + "?handler=Add", ServiceFields(Allowance, "ราย", org.Departments[0].Id.ToString(CultureInfo.InvariantCulture)));
        var taxId = await ServiceIdAsync(app, org, LandTax);
        var allowanceId = await ServiceIdAsync(app, org, Allowance);
        var lastMonth = ThisMonth.AddMonths(-1);
        var monthUrl = $"{index}/month/{lastMonth}";

        // The clerk of สำนักปลัด: a box for its service only, กองคลัง's shown to read; a box for it slipped into the post
        // is not taken.
        var form = await Html(clerk, monthUrl);
        Assert.Contains($"name=\"Count-{allowanceId}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"Count-{taxId}\"", form, StringComparison.Ordinal);
        Assert.Contains("บริการของส่วนราชการอื่น", form, StringComparison.Ordinal);
        Assert.Contains(LandTax, form, StringComparison.Ordinal);
        var saved = await clerk.PostFormAsync(monthUrl, monthUrl, [new($"Count-{allowanceId}", "14"), new($"Count-{taxId}", "99")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(14, await FigureAsync(app, org, allowanceId, lastMonth));
        Assert.Null(await FigureAsync(app, org, taxId, lastMonth));

        // The clerk's list: the department they record for, no whole office; retire and edit only their own.
        var list = await Html(clerk, index);
        Assert.Contains($"<option value=\"{org.Departments[0].Id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{org.Departments[1].Id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"\"", list, StringComparison.Ordinal);
        Assert.Contains($"?id={allowanceId}&handler=Retire\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"?id={taxId}&handler=Retire\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostFormAsync(index, $"{index}?handler=Retire&id={taxId}", [])).StatusCode);
        Assert.Contains("ผู้ที่แก้ไขได้คือผู้บันทึกสถิติของส่วนราชการที่ให้บริการนี้", await Html(clerk, $"{index}/services/{taxId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostFormAsync(index, $"{index}/services/{taxId}",
            [new("Input.Name", "แก้ชื่อ"), new("Input.DepartmentId", org.Departments[0].Id.ToString(CultureInfo.InvariantCulture))])).StatusCode);

        // The auditor reads every page — the figures too — with no form of its own, and every write is refused.
        foreach (var url in new[] { index, monthUrl, $"{index}/services/{taxId}", $"{index}/month/{ThisMonth}" })
        {
            var page = await Html(auditor, url);
            Assert.DoesNotMatch(PostForm(), page);
            Assert.DoesNotContain("name=\"Count-", page, StringComparison.Ordinal);
        }

        var audited = await Html(auditor, monthUrl);
        Assert.Contains($"<h1>สถิติการให้บริการ เดือน{ThaiDate.FormatMonthYear(lastMonth)}</h1>", audited, StringComparison.Ordinal);
        Assert.Contains("<td>14 ราย</td>", audited, StringComparison.Ordinal);
        Assert.Contains("<td>–</td>", audited, StringComparison.Ordinal);
        foreach (var (url, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            (index + "?handler=Add", ServiceFields("บริการของผู้ตรวจสอบ", "ราย", "")),
            ($"{index}?handler=Retire&id={allowanceId}", []),
            ($"{index}?handler=Restore&id={allowanceId}", []),
            ($"{index}/services/{allowanceId}", [new("Input.Name", "ผู้ตรวจสอบแก้ไข")]),
            (monthUrl, [new($"Count-{allowanceId}", "1")]),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(index, url, fields)).StatusCode);
        }

        Assert.Equal(14, await FigureAsync(app, org, allowanceId, lastMonth));
        Assert.Null((await ServiceAsync(app, org, allowanceId)).RetiredAt);
    }

    private static KeyValuePair<string, string>[] ServiceFields(string name, string unit, string departmentId) =>
        [new("Add.Name", name), new("Add.Unit", unit), new("Add.DepartmentId", departmentId)];

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Task<int> ServiceIdAsync(ProngsaiApp app, TestOrg org, string name) =>
        QueryAsync(app, org, db => db.Set<CountedService>().Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private static Task<CountedService> ServiceAsync(ProngsaiApp app, TestOrg org, int id) =>
        QueryAsync(app, org, db => db.Set<CountedService>().AsNoTracking().SingleAsync(s => s.Id == id));

    private static Task<int?> FigureAsync(ProngsaiApp app, TestOrg org, int serviceId, YearMonth month)
    {
        var first = month.FirstDay;
        return QueryAsync(app, org, db => db.Set<ServiceMonthCount>().Where(c => c.ServiceId == serviceId && c.Month == first).Select(c => (int?)c.Count).SingleOrDefaultAsync());
    }

    private static async Task<T> QueryAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }
}
