using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Tenancy;
using Prongsai.Documents.Spreadsheets;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.ServiceStatistics.ServiceCountsFiles;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The import page through the real app on both databases, as a clerk uses it: the year page leads there, the template
/// comes as Excel and CSV, a filled file is previewed (nothing saved) and confirmed; a name not in the list is refused
/// until "add" is ticked and the kept file checked again; an .xls or a PDF is refused in Thai; posts need the form's
/// token. The public files of one office import unchanged into another. A clerk imports their department's services,
/// and the auditor reads the page without a form and is refused every post.
/// </summary>
public sealed partial class ServiceStatisticsImportHttpTests
{
    private const string LandTax = ServiceStatisticsTestData.LandTax;
    private const string WaterTruck = ServiceStatisticsTestData.WaterTruck;
    private const string Allowance = ServiceStatisticsTestData.Allowance;

    /// <summary>A form that posts, other than the menu's sign-out.</summary>
    [GeneratedRegex("<form method=\"post\"(?![^>]*action=\"/staff/signout\")")]
    private static partial Regex PostForm();

    private static FiscalYear LastYear => new(FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear - 1);

    private static string ImportPage(TestOrg org, FiscalYear year) => $"/staff/{org.Slug}/service-statistics/import/{year}";

    [Theory, Providers]
    public async Task The_admin_fills_the_template_previews_it_and_confirms_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var finance = org.Departments.Single(d => d.Name == "กองคลัง").Id;
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", finance);
        var water = await AddServiceAsync(app, org, WaterTruck, "เที่ยว", null);
        await RecordAsync(app, org, LastYear.FirstMonth, (tax, "100"));
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = ImportPage(org, LastYear);

        Assert.Contains($"href=\"{page}\"", await Html(admin, $"/staff/{org.Slug}/service-statistics?year={LastYear}"), StringComparison.Ordinal);
        var empty = await Html(admin, page);
        Assert.Contains($"<h1>นำเข้าสถิติการให้บริการจากไฟล์ ปีงบประมาณ พ.ศ. {LastYear}</h1>", empty, StringComparison.Ordinal);
        Assert.Contains("name=\"Upload\"", empty, StringComparison.Ordinal);
        Assert.Contains("name=\"AddNewServices\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"AddNewServices\" value=\"true\" checked", empty, StringComparison.Ordinal); // off unless ticked

        // The template, as CSV and as Excel: the services with an empty box per month from October.
        using var csvTemplate = await admin.GetAsync($"{page}?handler=Template&format=csv");
        Assert.Equal("text/csv", csvTemplate.Content.Headers.ContentType?.MediaType);
        var template = CsvLines(await csvTemplate.Content.ReadAsByteArrayAsync());
        var months = MonthHeadings(LastYear);
        Assert.Equal($"งานบริการ,หน่วยนับ,ส่วนราชการ,{string.Join(',', months)}", template[0]);
        Assert.Equal([$"{LandTax},ราย,กองคลัง{new string(',', 12)}", $"{WaterTruck},เที่ยว,ทั้งหน่วยงาน{new string(',', 12)}"], template[1..]);
        var (sheet, problem) = SimpleSheets.ReadFirstSheet(new MemoryStream(await admin.GetByteArrayAsync($"{page}?handler=Template&format=xlsx")));
        Assert.Null(problem);
        Assert.Equal(["งานบริการ", "หน่วยนับ", "ส่วนราชการ", .. months], sheet![0]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{page}?handler=Template&format=pdf")).StatusCode);

        // Filled in as a clerk would: Thai digits, a separator, a dash; October's land tax differs from what is recorded.
        string[] header = ["งานบริการ", "หน่วยนับ", "ส่วนราชการ", .. months];
        var filled = Csv(header, [LandTax, "ราย", "กองคลัง", "120", "๑,๒๐๐"], [WaterTruck, "เที่ยว", "", "-", "7"]);
        var preview = await UploadAsync(admin, page, filled, "สถิติ.csv");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("<h2 id=\"summary-heading\">สิ่งที่จะบันทึก</h2>", shown, StringComparison.Ordinal);
        Assert.Matches("<dt>ตัวเลขใหม่</dt><dd>2</dd>\\s*<dt>แก้ตัวเลขที่บันทึกไว้</dt><dd>1</dd>", shown);
        Assert.Contains("<strong>120</strong> <span class=\"muted\">(เดิม 100)</span>", shown, StringComparison.Ordinal);
        Assert.Contains("<td>1,200</td>", shown, StringComparison.Ordinal);
        Assert.Contains("?handler=Confirm", shown, StringComparison.Ordinal);
        Assert.Equal(100, await FigureAsync(app, org, tax, LastYear.FirstMonth)); // nothing saved yet

        // The confirmation needs the form's token; with it, everything is saved and the year's page says so.
        using (var forged = await admin.PostAsync($"{page}?handler=Confirm", new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var confirmed = await admin.PostFormAsync(page, $"{page}?handler=Confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/service-statistics?year={LastYear}", confirmed.Headers.Location?.OriginalString);
        Assert.Contains($"นำเข้าสถิติการให้บริการ ปีงบประมาณ พ.ศ. {LastYear} แล้ว: บันทึก 3 ตัวเลข (แก้ไขตัวเลขเดิม 1)",
            await Html(admin, $"/staff/{org.Slug}/service-statistics?year={LastYear}"), StringComparison.Ordinal);
        Assert.Equal((120, 1_200), (await FigureAsync(app, org, tax, LastYear.FirstMonth), await FigureAsync(app, org, tax, LastYear.FirstMonth.AddMonths(1))));
        Assert.Equal((null, 7), (await FigureAsync(app, org, water, LastYear.FirstMonth), await FigureAsync(app, org, water, LastYear.FirstMonth.AddMonths(1))));

        // Confirming again finds no kept file.
        var twice = await admin.PostFormAsync(page, $"{page}?handler=Confirm", []);
        Assert.Equal((HttpStatusCode)422, twice.StatusCode);
        Assert.Contains("ไม่พบไฟล์ที่อัปโหลดไว้", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // A name not in the list: refused, then "add" ticked and the kept file checked again, then confirmed.
        var unknown = Csv(header, ["งานขออนุญาตก่อสร้าง", "ราย", "กองคลัง", "4"]);
        var refused = await UploadAsync(admin, page, unknown, "ใหม่.csv");
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("พบข้อผิดพลาด 1 รายการ ยังไม่ได้บันทึกข้อมูลใด ๆ", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<li>แถวที่ 2 คอลัมน์ A \"งานบริการ\": ไม่พบบริการ \"งานขออนุญาตก่อสร้าง\"", refusedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Confirm", refusedHtml, StringComparison.Ordinal);
        var rechecked = await admin.PostFormAsync(page, $"{page}?handler=Recheck", [new("AddNewServices", "true")]);
        Assert.Equal(HttpStatusCode.OK, rechecked.StatusCode);
        var recheckedHtml = WebUtility.HtmlDecode(await rechecked.Content.ReadAsStringAsync());
        Assert.Contains("<span class=\"badge warning\">บริการใหม่</span>", recheckedHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"AddNewServices\" value=\"true\" checked=\"checked\"", recheckedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, $"{page}?handler=Confirm", [])).StatusCode);
        Assert.Equal(4, await FigureAsync(app, org, await ServiceIdAsync(app, org, "งานขออนุญาตก่อสร้าง"), LastYear.FirstMonth));
    }

    [Theory, Providers]
    public async Task Files_that_are_not_a_table_posts_without_the_token_and_years_not_open_are_refused_without_a_server_error(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await AddServiceAsync(app, org, LandTax, "ราย", null);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = ImportPage(org, LastYear);

        foreach (var (name, bytes, message) in new[]
                 {
                     ("สถิติ.xls", Storage.CompoundFiles.Xls(), "ไฟล์ Excel รุ่นเก่า (.xls) นำเข้าไม่ได้ กรุณาบันทึกเป็น Excel (.xlsx) หรือ CSV แล้วนำเข้าใหม่"),
                     ("สถิติ.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"u8.ToArray(), "ไฟล์นี้ไม่ใช่ CSV หรือ Excel (.xlsx) กรุณาใช้ไฟล์ตามต้นแบบ"),
                     ("ว่าง.csv", Array.Empty<byte>(), "กรุณาเลือกไฟล์ (.xlsx หรือ .csv)"),
                     ("ไม่มีหัวตาราง.csv", Encoding.UTF8.GetBytes("ก,ข\n1,2\n"), "ไม่พบแถวหัวตาราง"),
                     ("ระเบิด.xlsx", Security.ZipBombs.Xlsx, "ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย"),
                     ("ใหญ่.csv", Enumerable.Repeat((byte)'1', (int)ImportServiceCounts.MaxBytes + 1).ToArray(), Core.Storage.UploadMessages.TableTooLarge(ImportServiceCounts.MaxBytes)),
                 })
        {
            using var response = await UploadAsync(admin, page, bytes, name);
            Assert.True(response.StatusCode == (HttpStatusCode)422, $"{name}: {(int)response.StatusCode}");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.DoesNotContain("?handler=Confirm", html, StringComparison.Ordinal);
        }

        // Without the form's token no post is taken, and nothing is kept to confirm.
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(Csv(["งานบริการ", "ต.ค."], [LandTax, "5"])), "Upload", "สถิติ.csv" } })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"{page}?handler=Preview", form)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"{page}?handler=Recheck", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await admin.PostFormAsync(page, $"{page}?handler=Recheck", [])).StatusCode);
        Assert.Equal(0, await QueryAsync(app, org, db => db.Set<ServiceMonthCount>().CountAsync()));

        var thisYear = LastYear.BeYear + 1;
        foreach (var year in new[] { ServiceStatisticsRules.FirstYear - 1, thisYear + 1 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/{org.Slug}/service-statistics/import/{year}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/staff/{org.Slug}/service-statistics/import/{thisYear}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/{org.Slug}/service-statistics/import/twenty")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_public_files_of_one_office_import_unchanged_into_another(DbProvider provider)
    {
        var app = Apps.For(provider);
        var source = await TestOrg.CreateAsync(app);
        var tax = await AddServiceAsync(app, source, LandTax, "ราย", source.Departments.Single(d => d.Name == "กองคลัง").Id);
        var allowance = await AddServiceAsync(app, source, Allowance, "ราย", source.Departments.Single(d => d.Name == "สำนักปลัด").Id);
        var water = await AddServiceAsync(app, source, WaterTruck, "เที่ยว", null);
        await RecordAsync(app, source, LastYear.FirstMonth, (tax, "1,250"), (allowance, "0"), (water, "8"));
        await RecordAsync(app, source, LastYear.FirstMonth.AddMonths(1), (tax, "๑๒"));
        await RecordAsync(app, source, LastYear.LastMonth, (water, "3"), (allowance, "14"));
        var citizen = app.Client();
        var published = $"/{source.Slug}/service-statistics/{LastYear}";
        var csv = await citizen.GetByteArrayAsync($"{published}?handler=csv");
        var xlsx = await citizen.GetByteArrayAsync($"{published}?handler=xlsx");

        foreach (var (file, name) in new[] { (csv, "service-statistics.csv"), (xlsx, "service-statistics.xlsx") })
        {
            var target = await TestOrg.CreateAsync(app);
            var admin = await app.SignedInAsync(target[OrgRole.OrgAdmin]);
            var page = ImportPage(target, LastYear);
            var refused = await UploadAsync(admin, page, file, name);
            Assert.Equal((HttpStatusCode)422, refused.StatusCode); // the services are not in this office's list yet

            var preview = await UploadAsync(admin, page, file, name, addNewServices: true);
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Contains("หนึ่งแถวต่อบริการและเดือน (ไฟล์จากเว็บไซต์)", WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, $"{page}?handler=Confirm", [])).StatusCode);

            var republished = $"/{target.Slug}/service-statistics/{LastYear}";
            Assert.Equal(CsvLines(csv), CsvLines(await citizen.GetByteArrayAsync($"{republished}?handler=csv")));
            Assert.Equal(SimpleSheets.ReadFirstSheet(new MemoryStream(xlsx)).Rows, SimpleSheets.ReadFirstSheet(new MemoryStream(await citizen.GetByteArrayAsync($"{republished}?handler=xlsx"))).Rows);
        }
    }

    [Theory, Providers]
    public async Task A_clerk_imports_their_departments_services_and_the_auditor_reads_the_page_without_a_form(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var allowance = await AddServiceAsync(app, org, Allowance, "ราย", org.Departments[0].Id);
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", org.Departments[1].Id);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var page = ImportPage(org, LastYear);

        // The clerk's template holds their department's service only; a figure for กองคลัง's is refused, their own is saved.
        var template = CsvLines(await clerk.GetByteArrayAsync($"{page}?handler=Template&format=csv"));
        Assert.Equal(2, template.Length);
        Assert.StartsWith($"{Allowance},ราย,{org.Departments[0].Name}", template[1], StringComparison.Ordinal);
        string[] header = ["งานบริการ", .. MonthHeadings(LastYear)];
        var other = await UploadAsync(clerk, page, Csv(header, [Allowance, "5"], [LandTax, "9"]), "สถิติ.csv");
        Assert.Equal((HttpStatusCode)422, other.StatusCode);
        Assert.Contains($"\"{LandTax}\" เป็นบริการของกองคลัง คุณนำเข้าได้เฉพาะบริการของส่วนราชการของคุณ",
            WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(clerk, page, Csv(header, [Allowance, "5"]), "สถิติ.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.PostFormAsync(page, $"{page}?handler=Confirm", [])).StatusCode);
        Assert.Equal(5, await FigureAsync(app, org, allowance, LastYear.FirstMonth));
        Assert.Null(await FigureAsync(app, org, tax, LastYear.FirstMonth));

        // The auditor reads the page and the template (every service), with no form, and every post is refused.
        var read = await Html(auditor, page);
        Assert.DoesNotMatch(PostForm(), read);
        Assert.Contains("หน้านี้แสดงให้คุณอ่านเท่านั้น", read, StringComparison.Ordinal);
        Assert.Equal(3, CsvLines(await auditor.GetByteArrayAsync($"{page}?handler=Template&format=csv")).Length);
        var token = await auditor.AntiforgeryTokenAsync(page);
        foreach (var handler in new[] { "Preview", "Recheck", "Confirm" })
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Csv(header, [Allowance, "99"])), "Upload", "สถิติ.csv" },
            };
            Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"{page}?handler={handler}", form)).StatusCode);
        }

        Assert.Equal(5, await FigureAsync(app, org, allowance, LastYear.FirstMonth));
    }

    [Theory, Providers]
    public async Task Coming_back_shows_the_kept_preview_made_again_and_confirming_it_saves_what_it_showed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", null);
        var browser = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = ImportPage(org, LastYear);
        string[] header = ["งานบริการ", .. MonthHeadings(LastYear)];
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(browser, page, Csv(header, [LandTax, "120"]), "สถิติ.csv")).StatusCode);

        // Someone records October meanwhile; the clerk comes back: the preview is made again, so it shows what saving does now.
        await RecordAsync(app, org, LastYear.FirstMonth, (tax, "100"));
        var again = await Html(browser, page);
        Assert.Contains(PendingImportSteps.Resumed, again, StringComparison.Ordinal);
        Assert.Contains("<strong>120</strong> <span class=\"muted\">(เดิม 100)</span>", again, StringComparison.Ordinal);
        Assert.Contains("?handler=Confirm", again, StringComparison.Ordinal);
        var thisYear = await Html(browser, ImportPage(org, new FiscalYear(LastYear.BeYear + 1)));
        Assert.DoesNotContain(PendingImportSteps.Resumed, thisYear, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Confirm", thisYear, StringComparison.Ordinal);

        // The auditor signs in on the same browser: the page to read, without the preview or any form.
        await browser.SignInAsAsync(org[OrgRole.Auditor]);
        var read = await Html(browser, page);
        Assert.DoesNotContain(PendingImportSteps.Resumed, read, StringComparison.Ordinal);
        Assert.DoesNotMatch(PostForm(), read);
        Assert.Equal(1, app.KeptFiles("service-statistics", org.Id));

        // The clerk again: confirming the preview shown again saves it, with no "changed meanwhile".
        await browser.SignInAsAsync(org[OrgRole.OrgAdmin]);
        var confirmed = await browser.PostFormAsync(page, $"{page}?handler=Confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(120, await FigureAsync(app, org, tax, LastYear.FirstMonth));
        Assert.Equal(0, app.KeptFiles("service-statistics", org.Id));
        Assert.DoesNotContain(PendingImportSteps.Resumed, await Html(browser, page), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Cancel_and_upload_another_file_delete_the_kept_file(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", null);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = ImportPage(org, LastYear);
        string[] header = ["งานบริการ", .. MonthHeadings(LastYear)];
        var preview = WebUtility.HtmlDecode(await (await UploadAsync(admin, page, Csv(header, [LandTax, "120"]), "สถิติ.csv")).Content.ReadAsStringAsync());
        Assert.Contains("form=\"discard-import\">ยกเลิก</button>", preview, StringComparison.Ordinal);
        Assert.Contains("form=\"discard-import\">อัปโหลดไฟล์อื่น</button>", preview, StringComparison.Ordinal);

        await admin.CancelAndSeeTheEmptyPageAsync(app, page, "service-statistics", org.Id, emptyForm: "name=\"Upload\"", confirmButton: "?handler=Confirm");
        Assert.Equal((HttpStatusCode)422, (await admin.PostFormAsync(page, $"{page}?handler=Confirm", [])).StatusCode);
        Assert.Null(await FigureAsync(app, org, tax, LastYear.FirstMonth));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, byte[] content, string fileName, bool addNewServices = false)
    {
        var token = await client.AntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (addNewServices)
        {
            form.Add(new StringContent("true"), "AddNewServices");
        }

        form.Add(new ByteArrayContent(content), "Upload", fileName);
        return await client.PostAsync($"{page}?handler=Preview", form);
    }

    /// <summary>A CSV file's lines without its byte-order mark.</summary>
    private static string[] CsvLines(byte[] file) =>
        Encoding.UTF8.GetString(file).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<T> QueryAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }

    private static async Task<T> AsOrgAsync<T>(ProngsaiApp app, TestOrg org, Func<IServiceProvider, Task<Result<T>>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var result = await work(scope.ServiceProvider);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private static async Task<int> AddServiceAsync(ProngsaiApp app, TestOrg org, string name, string unit, int? departmentId) =>
        (await AsOrgAsync(app, org, sp => sp.GetRequiredService<ManageCountedServices>()
            .AddAsync(StaffActor.System("ผู้ทดสอบ", org.Id), new CountedServiceInput(name, unit, departmentId)))).Id;

    private static Task<RecordedMonth> RecordAsync(ProngsaiApp app, TestOrg org, YearMonth month, params (int Service, string Count)[] figures) =>
        AsOrgAsync(app, org, sp => sp.GetRequiredService<RecordServiceCounts>()
            .RunAsync(StaffActor.System("ผู้ทดสอบ", org.Id), month, figures.Select(f => new ServiceCountInput(f.Service, f.Count)).ToList()));

    private static Task<int> ServiceIdAsync(ProngsaiApp app, TestOrg org, string name) =>
        QueryAsync(app, org, db => db.Set<CountedService>().Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private static Task<int?> FigureAsync(ProngsaiApp app, TestOrg org, int serviceId, YearMonth month)
    {
        var first = month.FirstDay;
        return QueryAsync(app, org, db => db.Set<ServiceMonthCount>().Where(c => c.ServiceId == serviceId && c.Month == first)
            .Select(c => (int?)c.Count).SingleOrDefaultAsync());
    }
}
