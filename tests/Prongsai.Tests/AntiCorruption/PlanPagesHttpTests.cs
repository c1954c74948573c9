using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Documents.AntiCorruption;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>
/// The plan's pages through the real app on both databases, as their users work them: projects added on the form (a
/// wrong budget answered in Thai beside the field, 422, nothing saved), the head approving through the confirmation page,
/// a six-month report, the website's page with its CSV, Word and PDF, reopening taking it off the website; the Auditor
/// reading everything and writing nothing.
/// </summary>
public sealed partial class PlanPagesHttpTests
{
    private const string Training = "โครงการอบรมคุณธรรมจริยธรรม";
    private const string Council = "โครงการอบรมสมาชิกสภาด้านการตรวจสอบ";

    [GeneratedRegex("/anti-corruption/([0-9]+)$")]
    private static partial Regex ProjectLocation();

    private static int CurrentYear => FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear;

    [Theory, Providers]
    public async Task A_plan_is_written_approved_reported_published_with_its_downloads_and_reopened_through_the_pages(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var anonymous = app.Client();
        var year = CurrentYear;
        var list = $"/staff/{org.Slug}/anti-corruption";
        var yearList = $"{list}?year={year}";
        var page = $"/{org.Slug}/anti-corruption/{year}";
        var finance = org.Departments[1];

        var empty = await Html(admin, list);
        Assert.Contains($"แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {year}", empty, StringComparison.Ordinal);
        Assert.Contains("ยังไม่ได้จัดทำ", empty, StringComparison.Ordinal);
        Assert.Contains($"href=\"{list}/new?year={year}\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("/publish\"", empty, StringComparison.Ordinal);

        // The form: the four dimensions in words, the departments, the budget's hint.
        var form = await Html(admin, $"{list}/new?year={year}");
        foreach (var dimension in Enum.GetValues<PlanDimension>())
        {
            Assert.Contains(PlanTexts.Dimension(dimension), form, StringComparison.Ordinal);
        }

        Assert.Contains(finance.Name, form, StringComparison.Ordinal);
        Assert.Contains("ใส่ 0 ถ้าไม่ใช้งบประมาณ", form, StringComparison.Ordinal);

        // A budget typed wrong comes back beside its field, 422, with what was typed; nothing saved.
        var newUrl = $"{list}/new?year={year}";
        using (var refused = await admin.PostFormAsync(newUrl, newUrl, Fields(Training, "ห้าหมื่น", null)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("<span id=\"Input_Budget-error\" class=\"field-error\">อ่านจำนวนเงินไม่ได้", html, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"ห้าหมื่น\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(0, await CountAsync(app, org));

        var trainingUrl = await AddAsync(admin, org, year, Fields(Training, "50,000", null));
        await AddAsync(admin, org, year, Fields(Council, "0", finance.Id, dimension: nameof(PlanDimension.Oversight)));
        var draft = await Html(admin, yearList);
        Assert.Contains(PlanTexts.PlanState(PlanStatus.Draft), draft, StringComparison.Ordinal);
        Assert.Contains("50,000.00 บาท", draft, StringComparison.Ordinal);
        Assert.Contains("ไม่ใช้งบประมาณ", draft, StringComparison.Ordinal);
        Assert.Contains(PlanTexts.Dimension(PlanDimension.Oversight), draft, StringComparison.Ordinal);

        // The draft is not on the website.
        foreach (var handler in new[] { "", "?handler=csv", "?handler=docx", "?handler=pdf" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(page + handler)).StatusCode);
        }

        Assert.Contains("หน่วยงานยังไม่ได้เผยแพร่แผนปฏิบัติการป้องกันการทุจริต", await Html(anonymous, $"/{org.Slug}/anti-corruption"), StringComparison.Ordinal);

        // The staff print it as a draft.
        var printed = await DownloadedForm.WordTextAsync(admin, $"{yearList}&handler=Docx");
        Assert.StartsWith(AntiCorruptionPlanForm.DraftMark, printed, StringComparison.Ordinal);

        // The head approves through the confirmation page.
        var publish = $"{list}/year/{year}/publish";
        var confirm = await Html(executive, publish);
        Assert.Contains("ยืนยัน อนุมัติและเผยแพร่", confirm, StringComparison.Ordinal);
        Assert.Contains("50,000.00 บาท", confirm, StringComparison.Ordinal);
        var approved = await executive.PostFormAsync(publish, publish, []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(yearList, approved.Headers.Location?.OriginalString);
        var approvedList = await Html(executive, yearList);
        Assert.Contains(PlanTexts.PlanState(PlanStatus.Approved), approvedList, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}\"", approvedList, StringComparison.Ordinal);

        // A six-month report on the project's page; a wrong amount spent is refused beside its field.
        using (var wrong = await admin.PostFormAsync(trainingUrl, trainingUrl + "?handler=HalfYear", Report("HalfYearInput", "-5")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            Assert.Contains("id=\"HalfYearInput_Spent-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var reported = await admin.PostFormAsync(trainingUrl, trainingUrl + "?handler=HalfYear", Report("HalfYearInput", "28,500"));
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);

        // The website: the plan by dimension with the total, the six-month report and its figures; no annual report yet.
        var website = await Html(anonymous, $"/{org.Slug}/anti-corruption");
        Assert.Contains($"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {year}", website, StringComparison.Ordinal);
        Assert.Contains(Training, website, StringComparison.Ordinal);
        Assert.Contains("50,000.00 บาท", website, StringComparison.Ordinal);
        Assert.Contains("id=\"round-6\"", website, StringComparison.Ordinal);
        Assert.Contains("อบรมครบ 58 คน", website, StringComparison.Ordinal);
        Assert.Contains("28,500.00 บาท", website, StringComparison.Ordinal);
        Assert.Contains("ยังไม่ได้รายงานผลรอบนี้", website, StringComparison.Ordinal);
        Assert.DoesNotContain("Admin", website, StringComparison.Ordinal);

        // Its downloads: the CSV, the Word file and the PDF, which has one address.
        using (var csv = await anonymous.GetAsync(page + "?handler=csv"))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.Contains(Training, lines[1], StringComparison.Ordinal);
        }

        var word = await DownloadedForm.WordTextAsync(anonymous, page + "?handler=docx");
        Assert.DoesNotContain(AntiCorruptionPlanForm.DraftMark, word, StringComparison.Ordinal);
        Assert.Contains($"(Executive {org.Slug})", word, StringComparison.Ordinal);
        Assert.Contains("อบรมครบ 58 คน", word, StringComparison.Ordinal);
        var pdf = await DownloadedForm.PdfTextAsync(anonymous, page + "?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace(Council), pdf, StringComparison.Ordinal);
        foreach (var other in new[] { $"{page}?handler=pdf&x=1", $"/{org.Slug}/anti-corruption?handler=pdf" })
        {
            using var redirected = await anonymous.GetAsync(other);
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
            Assert.Equal($"{page}?handler=pdf", redirected.Headers.Location?.OriginalString);
        }

        // Reopened with a reason: off the website.
        var unpublish = $"{list}/year/{year}/unpublish";
        using (var noReason = await executive.PostFormAsync(unpublish, unpublish, [new("Reason", " ")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await executive.PostFormAsync(unpublish, unpublish, [new("Reason", "เพิ่มโครงการ")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(page)).StatusCode);
        Assert.Contains("เพิ่มโครงการ", await Html(admin, yearList), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_auditor_reads_the_plan_and_downloads_it_but_every_write_is_refused(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var year = CurrentYear;
        var list = $"/staff/{org.Slug}/anti-corruption";
        var projectUrl = await AddAsync(admin, org, year, Fields(Training, "30,000", null));

        var read = await Html(auditor, $"{list}?year={year}");
        Assert.Contains(Training, read, StringComparison.Ordinal);
        Assert.DoesNotContain("/anti-corruption/new", read, StringComparison.Ordinal);
        Assert.DoesNotContain("/publish\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain("TitleInput.Title", read, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-heading\"", await Html(auditor, projectUrl), StringComparison.Ordinal);
        Assert.Contains("ไม่มีสิทธิ์บันทึกโครงการ", await Html(auditor, $"{list}/new?year={year}"), StringComparison.Ordinal);

        var newUrl = $"{list}/new?year={year}";
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, newUrl, Fields(Council, "1", null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, projectUrl + "?handler=Edit", Fields(Council, "1", null, prefix: "EditInput"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, $"{list}?year={year}&handler=Title", [new("TitleInput.Title", "แผน")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, $"{list}?year={year}&handler=Copy", [])).StatusCode);
        foreach (var confirmation in new[] { projectUrl + "/delete", $"{list}/year/{year}/publish", $"{list}/year/{year}/unpublish" })
        {
            using var response = await auditor.GetAsync(confirmation);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{confirmation}: {(int)response.StatusCode}");
            Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, confirmation, [new("Reason", "ผู้ตรวจสอบ")])).StatusCode);
        }

        Assert.Equal(1, await CountAsync(app, org));
        using var xlsx = await auditor.GetAsync($"{list}?year={year}&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.True(Assert.Single(new Documents.ReadSheet(workbook).NumbersUnder("งบประมาณ (บาท)")) > 0);
        }

        using var staffPdf = await auditor.GetAsync($"{list}?year={year}&handler=Pdf");
        Assert.Equal("%PDF"u8.ToArray(), (await staffPdf.Content.ReadAsByteArrayAsync())[..4]);

        // The head of the office removes it through its confirmation page.
        var confirm = await Html(admin, projectUrl + "/delete");
        Assert.Contains("ยืนยันการลบโครงการ", confirm, StringComparison.Ordinal);
        Assert.Contains("ย้ายโครงการนี้ไปถังขยะ", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("ไม่ผ่านถังขยะ", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(projectUrl + "/delete", projectUrl + "/delete", [])).StatusCode);
        Assert.Equal(0, await CountAsync(app, org));
        Assert.Contains("โครงการในแผนปฏิบัติการป้องกันการทุจริต", await Html(admin, $"/staff/{org.Slug}/trash"), StringComparison.Ordinal);
    }

    private static async Task<string> AddAsync(HttpClient client, TestOrg org, int year, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var url = $"/staff/{org.Slug}/anti-corruption/new?year={year}";
        var response = await client.PostFormAsync(url, url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{(int)response.StatusCode}: {WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(ProjectLocation(), location);
        return location;
    }

    private static KeyValuePair<string, string>[] Fields(string name, string budget, int? departmentId, string prefix = "Input",
        string dimension = nameof(PlanDimension.IntolerantSociety)) =>
    [
        new(prefix + ".Dimension", dimension), new(prefix + ".Name", name), new(prefix + ".Objective", "เป้าหมาย 60 คน"),
        new(prefix + ".DepartmentId", departmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new(prefix + ".Budget", budget), new(prefix + ".Period", "ก.พ. 2569"),
    ];

    private static KeyValuePair<string, string>[] Report(string prefix, string spent) =>
    [
        new(prefix + ".Status", nameof(ProjectStatus.Done)), new(prefix + ".Spent", spent), new(prefix + ".Result", "อบรมครบ 58 คน"),
    ];

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
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<PlanProject>().CountAsync();
    }
}
