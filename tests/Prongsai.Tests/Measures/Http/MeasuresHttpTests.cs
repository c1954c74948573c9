using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.Http;

/// <summary>The measures feature through the real app, as staff and citizens use it, on SQLite and PostgreSQL.</summary>
public sealed partial class MeasuresHttpTests
{
    [Theory, Providers]
    public async Task Import_preview_confirm_publish_then_edit_and_publish_again_keeps_version_1(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        // Upload → preview: nothing saved yet, the duplicate warning shown.
        var preview = await UploadAsync(admin, org.Slug, SeedFixture.Bytes(), 2567);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Contains("มาตรการที่ 3 ปรากฏ 2 ครั้ง", previewHtml, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org, db => db.Measures.CountAsync()));

        // Confirm: saved (the seed names กองคลัง and สำนักปลัด, which exist).
        var confirm = await admin.PostAsync($"/staff/{org.Slug}/measures/import?handler=Confirm",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token(previewHtml)), new("Replace", "false")]));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(5, await CountAsync(app, org, db => db.Measures.CountAsync()));

        // Not public before publication.
        var citizen = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/measures/2567")).StatusCode);

        // The OrgAdmin may only ask; the Executive approves and publishes.
        var planUrl = $"/staff/{org.Slug}/measures/2567";
        var publishUrl = planUrl + "/publish";
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(publishUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostFormAsync(planUrl, publishUrl, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(planUrl, planUrl + "?handler=Request", [])).StatusCode);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.Contains("รออนุมัติเผยแพร่", await executive.GetStringAsync(planUrl), StringComparison.Ordinal);
        // The plan's publish button leads to a confirmation page; its GET publishes nothing.
        Assert.Contains($"href=\"{publishUrl}\"", await executive.GetStringAsync(planUrl), StringComparison.Ordinal);
        var firstConfirm = await executive.GetStringAsync(publishUrl);
        Assert.Contains("ฉบับที่ 1", firstConfirm, StringComparison.Ordinal);
        Assert.Contains("เผยแพร่ครั้งแรก", firstConfirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/measures/2567")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await executive.PostFormAsync(publishUrl, publishUrl, [])).StatusCode);

        var page = await citizen.GetStringAsync($"/{org.Slug}/measures/2567");
        Assert.Contains("ฉบับที่ 1", page, StringComparison.Ordinal);
        Assert.Contains("(Q&amp;A)", page, StringComparison.Ordinal); // HTML-encoded once: the reader sees "(Q&A)"
        Assert.DoesNotContain("&amp;amp;", page, StringComparison.Ordinal);
        Assert.Contains("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการ", page, StringComparison.Ordinal);
        // The stylesheet comes inline with a public page (no second round trip on a phone), and the files right under the title.
        Assert.DoesNotContain("rel=\"stylesheet\"", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<style>"));
        var pageBody = page[page.IndexOf("<body", StringComparison.Ordinal)..]; // the inline stylesheet names report-table too
        Assert.True(pageBody.IndexOf("report.docx", StringComparison.Ordinal) < pageBody.IndexOf("report-table", StringComparison.Ordinal),
            "the download buttons come before the table");
        Assert.Contains(org.Slug, await citizen.GetStringAsync($"/{org.Slug}/measures"), StringComparison.Ordinal);

        // Downloads and the API.
        var json = await citizen.GetAsync($"/{org.Slug}/measures/2567/report.json");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Contains("filename*=UTF-8''", json.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var api = await citizen.GetStringAsync($"/api/v1/orgs/{org.Slug}/measures/2567");
        Assert.Equal(await json.Content.ReadAsStringAsync(), api);
        var report = MeasuresReportJson.Deserialize(api).Report!;
        Assert.Equal(1, report.Version);
        Assert.Contains("/measures/2567", await citizen.GetStringAsync($"/api/v1/orgs/{org.Slug}/measures"), StringComparison.Ordinal);
        foreach (var (format, type) in new[] { ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("csv", "text/csv"), ("pdf", "application/pdf") })
        {
            var download = await citizen.GetAsync($"/{org.Slug}/measures/2567/report.{format}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(type, download.Content.Headers.ContentType!.MediaType);
        }

        var docxText = DocxText(await citizen.GetByteArrayAsync($"/{org.Slug}/measures/2567/report.docx"));
        Assert.Contains("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน", docxText, StringComparison.Ordinal);

        // Edit the draft (through the measure editor) and publish version 2.
        var firstId = await CountAsync(app, org, db => db.Measures.OrderBy(m => m.SortOrder).Select(m => m.Id).FirstAsync());
        var editUrl = $"/staff/{org.Slug}/measures/2567/measure/{firstId}";
        var edit = await executive.PostFormAsync(editUrl, editUrl,
        [
            new("Number", "1"), new("Title", "มาตรการที่แก้ไขแล้ว"), new("Steps[0].Text", "ขั้นตอนเดียว"), new("Results", "ผลหนึ่ง\nผลสอง"),
            new("Outcome", "ผลลัพธ์"), new("PeriodText", "ต.ค. 66 - ก.ย. 67"), new("AllDepartments", "true"), new("Indicators", "9"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.DoesNotContain("มาตรการที่แก้ไขแล้ว", await citizen.GetStringAsync($"/{org.Slug}/measures/2567"), StringComparison.Ordinal);
        // The confirmation shows what changes since version 1: the retitled measure is one removed and one added.
        var secondConfirm = await executive.GetStringAsync(publishUrl);
        Assert.Contains("เปลี่ยนแปลงจากฉบับที่ 1", secondConfirm, StringComparison.Ordinal);
        Assert.Contains("เพิ่ม 1 มาตรการ", secondConfirm, StringComparison.Ordinal);
        Assert.Contains("นำออก 1 มาตรการ", secondConfirm, StringComparison.Ordinal);
        Assert.Contains("1. มาตรการที่แก้ไขแล้ว", secondConfirm, StringComparison.Ordinal);
        Assert.DoesNotContain("ฉบับที่ 2", await citizen.GetStringAsync($"/{org.Slug}/measures/2567"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await executive.PostFormAsync(publishUrl, publishUrl, [])).StatusCode);

        var latest = await citizen.GetStringAsync($"/{org.Slug}/measures/2567");
        Assert.Contains("มาตรการที่แก้ไขแล้ว", latest, StringComparison.Ordinal);
        Assert.Contains("ฉบับที่ 2", latest, StringComparison.Ordinal);
        var old = await citizen.GetStringAsync($"/{org.Slug}/measures/2567?version=1");
        Assert.DoesNotContain("มาตรการที่แก้ไขแล้ว", old, StringComparison.Ordinal);
        Assert.Contains("ฉบับเก่า", old, StringComparison.Ordinal);
        Assert.Equal(api, await citizen.GetStringAsync($"/api/v1/orgs/{org.Slug}/measures/2567?version=1"));
        Assert.Contains("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน", DocxText(await citizen.GetByteArrayAsync($"/{org.Slug}/measures/2567/report.docx?version=1")), StringComparison.Ordinal);
        Assert.Contains("มาตรการที่แก้ไขแล้ว", DocxText(await citizen.GetByteArrayAsync($"/{org.Slug}/measures/2567/report.docx")), StringComparison.Ordinal);

        // Unknown years and versions are the Thai 404 page.
        foreach (var url in new[] { $"/{org.Slug}/measures/2566", $"/{org.Slug}/measures/2567?version=3", $"/{org.Slug}/measures/2567/report.exe" })
        {
            var missing = await citizen.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("ไม่พบหน้าที่ต้องการ", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task Department_staff_see_but_cannot_edit_another_departments_measure(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        var staff = await app.SignedInAsync(org[OrgRole.DepartmentStaff]); // สำนักปลัด
        var finance = await CountAsync(app, org, db => db.Measures.OrderBy(m => m.SortOrder).Skip(4).Select(m => m.Id).FirstAsync());
        var own = await CountAsync(app, org, db => db.Measures.OrderBy(m => m.SortOrder).Skip(1).Select(m => m.Id).FirstAsync());
        var financeStep = await CountAsync(app, org, db => db.MeasureSteps.Where(s => s.MeasureId == finance).Select(s => s.Id).FirstAsync());
        var url = $"/staff/{org.Slug}/measures/2567/measure/{finance}";

        var view = await staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("แก้ไขไม่ได้", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var token = await staff.AntiforgeryTokenAsync(url);
        var post = await staff.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Number", "4"), new("Title", "แก้ข้ามส่วนราชการ")]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var stepUrl = $"/staff/{org.Slug}/measures/step/{financeStep}";
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostFormAsync(stepUrl, stepUrl + "/Done?done=true", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostFormAsync(stepUrl, stepUrl + "/Progress", [new("Text", "แอบบันทึก")])).StatusCode);
        Assert.Equal(0, await CountAsync(app, org, db => db.Measures.CountAsync(m => m.Title.Contains("แก้ข้าม"))));
        Assert.Equal(0, await CountAsync(app, org, db => db.ProgressEntries.CountAsync()));

        var ownUrl = $"/staff/{org.Slug}/measures/2567/measure/{own}";
        var ownPost = await staff.PostFormAsync(ownUrl, ownUrl,
            [new("Number", "2"), new("Title", "แก้โดยสำนักปลัดเอง"), new("PeriodText", "ตลอดปีงบประมาณ"), new("DepartmentIds", org.Departments[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, ownPost.StatusCode);
        Assert.Equal(1, await CountAsync(app, org, db => db.Measures.CountAsync(m => m.Title.Contains("แก้โดยสำนักปลัดเอง"))));
    }

    [Theory, Providers]
    public async Task Bad_input_gives_4xx_or_a_thai_form_error_never_5xx(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var measure = await CountAsync(app, org, db => db.Measures.Select(m => m.Id).FirstAsync());
        var step = await CountAsync(app, org, db => db.MeasureSteps.Select(s => s.Id).FirstAsync());
        var before = await CountAsync(app, org, db => db.MeasureSteps.CountAsync());

        var binary = await UploadAsync(admin, org.Slug, [0, 1, 2, 3, 255, 254, 0, 0, 9], 2567);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, binary.StatusCode);
        Assert.Contains("ไม่ได้บันทึกข้อมูลใด ๆ", await binary.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var measureUrl = $"/staff/{org.Slug}/measures/2567/measure/{measure}";
        var cases = new (string Url, string Post, KeyValuePair<string, string>[] Fields)[]
        {
            (measureUrl, measureUrl, [new("Number", ""), new("Title", "<script>alert(1)</script>"), new("Indicators", "abc"), new("Steps[0].Id", "x"), new("DepartmentIds", "999999")]),
            (measureUrl, measureUrl, [new("Number", "1"), new("Title", "ก"), new("Steps[0].Id", "99999999"), new("Steps[0].Text", "ขั้นตอนของผู้อื่น")]),
            ($"/staff/{org.Slug}/measures/step/{step}", $"/staff/{org.Slug}/measures/step/{step}/Progress", [new("Text", ""), new("Date", "31/02/2567"), new("Link", "javascript:alert(1)")]),
            ($"/staff/{org.Slug}/measures", $"/staff/{org.Slug}/measures?handler=Create", [new("FiscalYear", "abc")]),
            ($"/staff/{org.Slug}/measures", $"/staff/{org.Slug}/measures?handler=Create", [new("FiscalYear", "2567")]),
            ($"/staff/{org.Slug}/measures/2567", $"/staff/{org.Slug}/measures/2567?handler=Move&measureId=abc&direction=zz", []),
            ($"/staff/{org.Slug}/measures/2567", $"/staff/{org.Slug}/measures/2567?handler=Plan", [new("Title", "")]),
        };
        foreach (var (url, postUrl, fields) in cases)
        {
            var response = await admin.PostFormAsync(url, postUrl, fields);
            var status = (int)response.StatusCode;
            Assert.True(status is >= 200 and < 500, $"{postUrl} → {status}");
            if (status == 200)
            {
                var html = await response.Content.ReadAsStringAsync();
                var summary = Regex.Match(html, "validation-summary-errors[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
                // Every message in it is Thai: the text of each element starts with a Thai letter.
                Assert.True(Regex.IsMatch(summary, ">[ก-๙]"), $"{postUrl}: {summary}");
                Assert.DoesNotMatch(">[A-Za-z]", summary);
            }
        }

        Assert.Equal(before, await CountAsync(app, org, db => db.MeasureSteps.CountAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(measureUrl, new FormUrlEncodedContent([new("Title", "ไม่มีรหัสป้องกัน")]))).StatusCode);
    }

    [Fact]
    public async Task Demo_mode_shows_the_bang_kha_report_published_out_of_the_box()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        var client = app.Client();

        var page = await client.GetStringAsync("/bangkha/measures/2567");

        Assert.Contains("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ขององค์การบริหารส่วนตำบลบางคา", page, StringComparison.Ordinal);
        Assert.Contains("15 ตุลาคม 2567", page, StringComparison.Ordinal);
        Assert.Equal(5, MeasureRows().Matches(page).Count);
        var json = MeasuresReportJson.Deserialize(await client.GetStringAsync("/api/v1/orgs/bangkha/measures/2567")).Report!;
        Assert.Equal(new DateTimeOffset(2024, 10, 15, 3, 0, 0, TimeSpan.Zero), json.PublishedAt);
        Assert.Equal(["1", "2", "3", "3", "4"], json.Measures.Select(m => m.Number));
        Assert.All(json.Measures, m => Assert.Equal("done", m.Status));
        Assert.Contains(json.Measures[1].Results, r => r.Contains("(Q&A)", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Coming_back_to_the_import_shows_the_kept_preview_and_confirming_it_saves_what_it_showed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/measures/import";
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(admin, org.Slug, SeedFixture.Bytes(), 2567)).StatusCode);

        // The clerk leaves and comes back: the same preview of the same year, with its confirmation and a notice.
        var again = await admin.PageAsync(import);
        Assert.Contains(PendingImportSteps.Resumed, again, StringComparison.Ordinal);
        Assert.Contains("มาตรการที่ 3 ปรากฏ 2 ครั้ง", again, StringComparison.Ordinal);
        Assert.Contains("ปีงบประมาณ 2567", again, StringComparison.Ordinal);
        Assert.Contains("ยืนยันบันทึก", again, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org, db => db.Measures.CountAsync()));

        var confirm = await admin.PostAsync(import + "?handler=Confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(again))]));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/measures/2567", confirm.Headers.Location?.OriginalString);
        Assert.Equal(5, await CountAsync(app, org, db => db.Measures.CountAsync()));
        Assert.Equal(0, app.KeptFiles("measures", org.Id));
        Assert.DoesNotContain(PendingImportSteps.Resumed, await admin.PageAsync(import), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_kept_preview_waits_on_its_makers_dashboard_and_not_for_a_colleague_on_the_same_computer(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var browser = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/measures/import";
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(browser, org.Slug, SeedFixture.Bytes(), 2567)).StatusCode);

        // The dashboard names what waits, with the way back to its preview.
        var dashboard = await browser.PageAsync($"/staff/{org.Slug}");
        Assert.Contains("ไฟล์ที่ตรวจไว้แต่ยังไม่ได้นำเข้า", dashboard, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{import}\">นำเข้ารายงานมาตรการ ปีงบประมาณ 2567</a>", dashboard, StringComparison.Ordinal);
        Assert.Contains(PendingImportSteps.Resumed, await browser.PageAsync(import), StringComparison.Ordinal);

        // A colleague who may import too signs in on the same browser: no preview of someone else's file to confirm.
        await browser.SignInAsAsync(org[OrgRole.Executive]);
        Assert.DoesNotContain("ไฟล์ที่ตรวจไว้แต่ยังไม่ได้นำเข้า", await browser.PageAsync($"/staff/{org.Slug}"), StringComparison.Ordinal);
        var colleaguesPage = await browser.PageAsync(import);
        Assert.DoesNotContain(PendingImportSteps.Resumed, colleaguesPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ยืนยันบันทึก", colleaguesPage, StringComparison.Ordinal);
        var confirm = await browser.PostAsync(import + "?handler=Confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(colleaguesPage))]));
        Assert.Equal((HttpStatusCode)422, confirm.StatusCode);
        Assert.Equal(0, await CountAsync(app, org, db => db.Measures.CountAsync()));

        // Back to the one who made it; signing out then forgets it on this browser (the file goes with the daily sweep).
        await browser.SignInAsAsync(org[OrgRole.OrgAdmin]);
        Assert.Contains(PendingImportSteps.Resumed, await browser.PageAsync(import), StringComparison.Ordinal);
        var signOut = await browser.PostFormAsync($"/staff/{org.Slug}", "/staff/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        await browser.SignInAsAsync(org[OrgRole.OrgAdmin]);
        Assert.DoesNotContain("ไฟล์ที่ตรวจไว้แต่ยังไม่ได้นำเข้า", await browser.PageAsync($"/staff/{org.Slug}"), StringComparison.Ordinal);
        Assert.DoesNotContain(PendingImportSteps.Resumed, await browser.PageAsync(import), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Cancelling_the_import_preview_deletes_the_kept_file_and_the_page_is_empty_again(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/measures/import";
        await UploadAsync(admin, org.Slug, SeedFixture.Bytes(), 2567);

        var page = await admin.CancelAndSeeTheEmptyPageAsync(app, import, "measures", org.Id, emptyForm: "ตรวจสอบไฟล์", confirmButton: "ยืนยันบันทึก");
        var confirm = await admin.PostAsync(import + "?handler=Confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page))]));
        Assert.Equal((HttpStatusCode)422, confirm.StatusCode);
        Assert.Equal(0, await CountAsync(app, org, db => db.Measures.CountAsync()));
    }

    [GeneratedRegex("<span class=\"measure-number\">")]
    private static partial Regex MeasureRows();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, byte[] content, int fiscalYear)
    {
        var url = $"/staff/{slug}/measures/import";
        var token = await client.AntiforgeryTokenAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), "FiscalYear" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", "รายงาน.txt");
        return await client.PostAsync(url + "?handler=Preview", form);
    }

    private static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    private static string DocxText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    private static async Task ImportAsync(ProngsaiApp app, TestOrg org, byte[] content)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var result = await scope.ServiceProvider.GetRequiredService<ImportReport>()
            .RunAsync(new ImportReportRequest(Prongsai.Core.Organizations.StaffActor.System(), new MemoryStream(content), 2567));
        Assert.True(result.Succeeded);
    }

    private static async Task<T> CountAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }
}
