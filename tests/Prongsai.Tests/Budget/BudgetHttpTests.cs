using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Budget;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Performance;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Budget;

/// <summary>The budget pages, downloads and API through the real app, as clerks, executives and villagers use them.</summary>
public sealed partial class BudgetHttpTests
{
    [Theory, Providers]
    public async Task The_clerk_imports_through_the_page_the_executive_publishes_and_the_villager_sees_only_what_is_published(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        // Upload → preview (nothing saved) → confirm.
        var preview = await UploadAsync(admin, org.Slug, PlanCsv(), Year);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("แถวที่ 4: แผนรายเดือนรวม 120,000.00 บาท", previewHtml, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));
        var confirm = await admin.PostAsync($"/staff/{org.Slug}/budget/import?handler=Confirm",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token(previewHtml)), new("Replace", "false")]));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(4, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));

        // Replacing is decided on the preview: a confirmation whose form asks to replace, after a preview that did not,
        // replaces nothing.
        var again = await (await UploadAsync(admin, org.Slug, PlanCsv(), Year)).Content.ReadAsStringAsync();
        var forged = await admin.PostAsync($"/staff/{org.Slug}/budget/import?handler=Confirm",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token(again)), new("Replace", "true")]));
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("มีรายการในแผนอยู่แล้ว", System.Net.WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));

        // A bad file shows its line-precise errors on the page, with a 200 and nothing saved.
        var rows = PlanRows();
        rows[2][8] = "1,2,3";
        var bad = await UploadAsync(admin, org.Slug, Csv(PlanHeader, rows), Year);
        Assert.Contains("แถวที่ 4 คอลัมน์ &quot;จำนวนเงิน&quot;", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Not public before publication; the organization admin cannot publish, the executive can.
        var citizen = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/budget/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/orgs/{org.Slug}/budget/{Year}")).StatusCode);
        var publishUrl = $"/staff/{org.Slug}/budget/{Year}/publish?report=plan";
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostFormAsync($"/staff/{org.Slug}/budget/{Year}", publishUrl, [])).StatusCode);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.Contains("อนุมัติและเผยแพร่", await executive.GetStringAsync(publishUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/budget/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await executive.PostFormAsync(publishUrl, publishUrl, [])).StatusCode);

        var page = await citizen.GetStringAsync($"/{org.Slug}/budget/{Year}");
        Assert.Contains("เบี้ยยังชีพผู้สูงอายุ", page, StringComparison.Ordinal);
        Assert.Contains("2,000,000.00", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("<caption>งบประมาณ แยกตามส่วนราชการ</caption>", page, StringComparison.Ordinal);
        var sixMonth = await citizen.GetStringAsync($"/{org.Slug}/budget/{Year}?report=six-month");
        Assert.Contains("ยังไม่เผยแพร่", sixMonth, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/budget/{Year}?report=bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/budget/{Year}/report.pdf?report=six-month")).StatusCode);
        // A printed report has one address, which the page cache keeps: another spelling is sent there, not drawn again.
        var varied = await citizen.GetAsync($"/{org.Slug}/budget/{Year}/report.PDF?report=Plan&again=1");
        Assert.Equal(HttpStatusCode.Redirect, varied.StatusCode);
        Assert.Equal($"/{org.Slug}/budget/{Year}/report.pdf?report=plan", varied.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.GetAsync($"/{org.Slug}/budget?category=budget-plans&year={Year}")).StatusCode);

        // Isolation: the other organization has no plan, and this one's never shows under its address.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{other.Slug}/budget/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/orgs/{other.Slug}/budget/{Year}")).StatusCode);
        Assert.DoesNotContain("เบี้ยยังชีพ", await citizen.GetStringAsync($"/{other.Slug}/budget"), StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีแผนที่เผยแพร่", await citizen.GetStringAsync($"/{other.Slug}/budget"), StringComparison.Ordinal);

        // One published year is still a list (no redirect), linked from the home page.
        var index = await citizen.GetAsync($"/{org.Slug}/budget");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains($"href=\"/{org.Slug}/budget/{Year}\"", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/budget\"", await citizen.GetStringAsync($"/{org.Slug}"), StringComparison.Ordinal);

        // The API: the plan without disbursements until the six-month report; CSV with the import's headers; XLSX opens.
        using (var json = JsonDocument.Parse(await citizen.GetStringAsync($"/api/v1/orgs/{org.Slug}/budget/{Year}")))
        {
            Assert.Equal(0, json.RootElement.GetProperty("disbursementMonthsPublished").GetInt32());
            Assert.Equal(2_000_000m, json.RootElement.GetProperty("amount").GetDecimal());
            Assert.Equal(4, json.RootElement.GetProperty("lines").GetArrayLength());
        }

        var csv = await citizen.GetByteArrayAsync($"/api/v1/orgs/{org.Slug}/budget/{Year}?format=csv");
        Assert.StartsWith("\uFEFFปีงบประมาณ,ด้าน,แผนงาน,งาน,งบ,หมวด,รายการ,ส่วนราชการ,จำนวนเงิน,ต.ค.", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        var xlsx = await citizen.GetByteArrayAsync($"/api/v1/orgs/{org.Slug}/budget/{Year}?format=xlsx");
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            Documents.OfficeAssert.Valid(sheet);
            Assert.Contains("เบี้ยยังชีพผู้สูงอายุ", sheet.WorkbookPart!.WorksheetParts.Single().Worksheet!.InnerText, StringComparison.Ordinal);
            Assert.Equal(2_000_000m, new Documents.ReadSheet(sheet).NumbersUnder("จำนวนเงิน").Sum());
        }

        // Amounts stored as numbers read back as the CSV writes them, so either file imports again unchanged.
        Assert.Equal(Prongsai.Core.Text.CsvFiles.ReadAll(System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF')),
            Prongsai.Documents.Spreadsheets.SimpleSheets.ReadFirstSheet(new MemoryStream(xlsx)).Rows);

        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync($"/api/v1/orgs/{org.Slug}/budget/{Year}?format=exe")).StatusCode);
        var docx = await citizen.GetAsync($"/{org.Slug}/budget/{Year}/report.docx?report=plan");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("filename*=UTF-8''", docx.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);

        // Disbursements appear with the six-month report.
        Assert.True((await ImportAsync(app, org, Disbursements(["2568", "ต.ค. 2567", "เงินเดือนพนักงาน", "100,000"], ["2568", "เม.ย. 2568", "เงินเดือนพนักงาน", "7"]))).Succeeded);
        var sixUrl = $"/staff/{org.Slug}/budget/{Year}/publish?report=six-month";
        Assert.Equal(HttpStatusCode.Redirect, (await executive.PostFormAsync(sixUrl, sixUrl, [])).StatusCode);
        using (var json = JsonDocument.Parse(await citizen.GetStringAsync($"/api/v1/orgs/{org.Slug}/budget/{Year}")))
        {
            Assert.Equal(6, json.RootElement.GetProperty("disbursementMonthsPublished").GetInt32());
            Assert.Equal(100_000m, json.RootElement.GetProperty("disbursed").GetDecimal());
        }

        Assert.Contains("5.00", await citizen.GetStringAsync($"/{org.Slug}/budget/{Year}?report=six-month"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Other_departments_staff_and_the_auditor_read_the_plan_but_cannot_change_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        Assert.True((await ImportAsync(app, org, PlanCsv())).Succeeded);
        var lineId = await CountAsync(app, org, db => db.Set<BudgetLine>().OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        var planUrl = $"/staff/{org.Slug}/budget/{Year}";

        // TestOrg's department roles belong to สำนักปลัด, not to กองคลัง.
        var staff = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var plan = await staff.GetStringAsync(planUrl);
        Assert.Contains("เบี้ยยังชีพผู้สูงอายุ", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("/delete\"", plan, StringComparison.Ordinal);
        var deleteUrl = $"{planUrl}/line/{lineId}/delete";
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(deleteUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostFormAsync(planUrl, deleteUrl, [])).StatusCode);

        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(planUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(planUrl, planUrl, [new("AllocatedOn", "1/10/2567")])).StatusCode);
        Assert.Equal(4, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));

        // The OrgAdmin names สำนักปลัด as a finance department: its staff now removes the line (after the confirmation page).
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var departments = $"/staff/{org.Slug}/budget/finance-departments";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(departments, departments, [new("DepartmentIds", org.Departments[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))])).StatusCode);
        Assert.Contains("ยืนยันการลบรายการงบประมาณ", await staff.GetStringAsync(deleteUrl), StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(deleteUrl, deleteUrl, [])).StatusCode);
        Assert.Equal(3, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));

        // A line typed with markup is stored as text and printed encoded on the public page.
        var lineUrl = $"{planUrl}/line";
        var added = await staff.PostFormAsync(lineUrl, lineUrl, [
            new("Sector", "ด้านบริหารทั่วไป"), new("Program", "แผนงานบริหารงานทั่วไป"), new("Work", "งานบริหารทั่วไป"), new("Category", "Operating"),
            new("Subcategory", "ค่าวัสดุ"), new("Item", "<script>alert('xss')</script>"), new("Department", "กองคลัง"), new("Amount", "1,000 บาท")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var refused = await staff.PostFormAsync(lineUrl, lineUrl, [new("Sector", "x"), new("Program", "x"), new("Work", "x"), new("Category", "Operating"),
            new("Subcategory", "x"), new("Item", "x"), new("Department", "x"), new("Amount", "100000000000000000000")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches("<span id=\"Amount-error\" class=\"field-error\">[^<]*จำนวนเงินมากเกินไป", refusedHtml);
        Assert.Matches("<input [^>]*name=\"Amount\"[^>]*aria-invalid=\"true\" aria-describedby=\"Amount-error\"", refusedHtml);
        await PublishAsync(app, org, BudgetReportKind.Plan);
        var page = await app.Client().GetStringAsync($"/{org.Slug}/budget/{Year}");
        Assert.DoesNotContain("<script>alert('xss')</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_public_page_and_api_send_the_same_few_sql_commands_for_four_lines_or_forty(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Jobs:Enabled"] = "false",
            ["Prongsai:PageCache:StampSeconds"] = "3600",
        });
        var org = await TestOrg.CreateAsync(app);
        Assert.True((await ImportAsync(app, org, PlanCsv())).Succeeded);
        await PublishAsync(app, org, BudgetReportKind.Plan);
        await PublishAsync(app, org, BudgetReportKind.SixMonth);
        string[] pages = [$"/{org.Slug}/budget", $"/{org.Slug}/budget/{Year}", $"/{org.Slug}/budget/{Year}?report=six-month", $"/api/v1/orgs/{org.Slug}/budget/{Year}"];
        using var counter = new SqlCommandCounter(app);
        var client = app.Client();
        var few = await CountEachAsync(client, counter, pages, "a");

        var many = PlanRows().Concat(Enumerable.Range(1, 36).Select(i =>
        {
            var row = (string[])PlanRows()[1].Clone();
            row[6] = "วัสดุรายการที่ " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return row;
        })).ToArray();
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var result = await scope.ServiceProvider.GetRequiredService<EditBudgetPlan>().AddLineAsync(StaffActor.System(organizationId: org.Id), Year,
                new BudgetLineInput("ด้าน", "แผนงาน", "งาน", "งบกลาง", "งบกลาง", "สำรองจ่าย", "กองคลัง", "1"));
            Assert.True(result.Succeeded);
        }

        foreach (var row in many.Skip(4))
        {
            await using var scope = app.Scope();
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            Assert.True((await scope.ServiceProvider.GetRequiredService<EditBudgetPlan>().AddLineAsync(StaffActor.System(organizationId: org.Id), Year,
                new BudgetLineInput(row[1], row[2], row[3], row[4], row[5], row[6], row[7], "100"))).Succeeded);
        }

        var more = await CountEachAsync(client, counter, pages, "b");
        foreach (var page in pages)
        {
            Assert.True(few[page] == more[page], $"{page}: {few[page]} SQL commands with 4 lines, {more[page]} with 41");
            Assert.InRange(more[page], 1, 12);
        }
    }

    private static async Task<Dictionary<string, int>> CountEachAsync(HttpClient client, SqlCommandCounter counter, string[] pages, string round)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            var separator = page.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{page}{separator}warm={round}")).StatusCode);
            var fewest = int.MaxValue;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                counter.Reset();
                var response = await client.GetAsync($"{page}{separator}count={round}{attempt}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await response.Content.ReadAsByteArrayAsync();
                fewest = Math.Min(fewest, counter.Count);
            }

            counts[page] = fewest;
        }

        return counts;
    }

    [Theory, Providers]
    public async Task Coming_back_to_the_import_shows_the_kept_preview_and_confirming_it_saves_what_it_showed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/budget/import";
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(admin, org.Slug, PlanCsv(), Year)).StatusCode);

        // The clerk leaves and comes back: the same preview of the same year, with its confirmation and a notice.
        var again = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync(import));
        Assert.Contains(PendingImportSteps.Resumed, again, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 4: แผนรายเดือนรวม 120,000.00 บาท", again, StringComparison.Ordinal);
        Assert.Contains($"ปีงบประมาณ {Year}", again, StringComparison.Ordinal);
        Assert.Contains("ยืนยันบันทึก", again, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));

        var confirm = await admin.PostAsync(import + "?handler=Confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(again))]));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/budget/{Year}", confirm.Headers.Location?.OriginalString);
        Assert.Equal(4, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));
        Assert.Equal(0, app.KeptFiles("budget", org.Id));
        Assert.DoesNotContain(PendingImportSteps.Resumed, await admin.PageAsync(import), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Cancelling_the_import_preview_deletes_the_kept_file_and_the_page_is_empty_again(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/budget/import";
        await UploadAsync(admin, org.Slug, PlanCsv(), Year);

        var page = await admin.CancelAndSeeTheEmptyPageAsync(app, import, "budget", org.Id, emptyForm: "ตรวจสอบไฟล์", confirmButton: "ยืนยันบันทึก");
        var confirm = await admin.PostAsync(import + "?handler=Confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page))]));
        Assert.Equal((HttpStatusCode)422, confirm.StatusCode);
        Assert.Equal(0, await CountAsync(app, org, db => db.Set<BudgetLine>().CountAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, byte[] content, int fiscalYear)
    {
        var url = $"/staff/{slug}/budget/import";
        var token = await client.AntiforgeryTokenAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), "FiscalYear" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "แผน.csv");
        return await client.PostAsync(url + "?handler=Preview", form);
    }

    [Theory, Providers]
    public async Task A_report_whose_period_has_not_ended_is_not_due_yet_rather_than_unpublished(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var next = Core.Calendar.FiscalYear.ForDate(Core.Calendar.BangkokTime.Today(TimeProvider.System)).BeYear + 1;
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var actor = StaffActor.System(organizationId: org.Id);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ImportBudget>().RunAsync(new BudgetImportRequest(actor, new MemoryStream(PlanCsv(next)), next))).Succeeded);
            Assert.True((await scope.ServiceProvider.GetRequiredService<PublishBudgetReport>().PublishAsync(actor, next, BudgetReportKind.Plan)).Succeeded);
        }

        var citizen = app.Client();
        var sixMonth = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/{org.Slug}/budget/{next}?report=six-month"));
        Assert.Contains($"ยังไม่ถึงกำหนด รายงานนี้สรุปผลถึงวันที่ 31 มีนาคม {next}", sixMonth, StringComparison.Ordinal);
        Assert.DoesNotContain("ยังไม่เผยแพร่", sixMonth, StringComparison.Ordinal);
        Assert.Contains($"สรุปผลถึงวันที่ 30 กันยายน {next}", WebUtility.HtmlDecode(await citizen.GetStringAsync($"/{org.Slug}/budget/{next}?report=annual")), StringComparison.Ordinal);
    }

    private static async Task<Result<BudgetImportOutcome>> ImportAsync(ProngsaiApp app, TestOrg org, byte[] file)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ImportBudget>().RunAsync(new BudgetImportRequest(StaffActor.System(organizationId: org.Id), new MemoryStream(file), Year));
    }

    private static async Task PublishAsync(ProngsaiApp app, TestOrg org, BudgetReportKind kind)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var result = await scope.ServiceProvider.GetRequiredService<PublishBudgetReport>().PublishAsync(StaffActor.System(organizationId: org.Id), Year, kind);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    private static async Task<T> CountAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
