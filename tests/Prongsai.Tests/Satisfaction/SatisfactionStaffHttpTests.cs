using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Satisfaction;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Satisfaction;

/// <summary>
/// The survey in the back office over HTTP: every member reads the years, a year's figures and its suggestions and
/// downloads its answers; those who publish the report do so once the year is over, and only then; the Auditor and a
/// clerk are refused; another organization's answers never show.
/// </summary>
public sealed class SatisfactionStaffHttpTests
{
    private const string Thanks = "เจ้าหน้าที่บริการดีมาก ขอบคุณครับ";
    private const string Markup = "<b>ที่จอดรถไม่พอ</b>";
    private const string Formula = "=1+1";
    private const string Findings = "ด้านสิ่งอำนวยความสะดวกได้คะแนนต่ำสุด หน่วยงานจะเพิ่มที่จอดรถภายในปีงบประมาณถัดไป";

    private static int CurrentYear => FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear;
    private static int LastYear => CurrentYear - 1;

    [Theory, Providers]
    public async Task Every_member_reads_the_years_and_a_years_figures_department_and_suggestions(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedLastYearAsync(app, org);
        await SeedAsync(app, org, CurrentYear, new SatisfactionResponse { Process = 5, Staff = 5, Facilities = 5, Quality = 5 });

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var list = await admin.GetStringAsync($"/staff/{org.Slug}/satisfaction");
        Assert.Contains(Year(LastYear), list, StringComparison.Ordinal);
        Assert.Contains("ยังไม่เผยแพร่", list, StringComparison.Ordinal);
        Assert.Contains("กำลังรับแบบประเมิน", list, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/{org.Slug}/satisfaction", list, StringComparison.Ordinal); // to print at the counters
        Assert.Contains($"href=\"/staff/{org.Slug}/satisfaction/{Year(LastYear)}\"", list, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(YearPath(org, LastYear)));
        // Process 5,4,3; staff 5,4,5; facilities 4,4,4; quality 4,4,5: x̄ 4.25 overall, 85.00%, "มาก".
        Assert.Contains("x̄ = 4.25", page, StringComparison.Ordinal);
        Assert.Contains("85.00%", page, StringComparison.Ordinal);
        Assert.Contains("<strong>มาก</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<td>4.67</td><td>0.58</td><td>มากที่สุด</td>", page, StringComparison.Ordinal); // staff: x̄, S.D., level
        Assert.Contains("<td>4.00</td><td>1.00</td><td>มาก</td>", page, StringComparison.Ordinal); // process
        Assert.Contains(org.Departments[0].Name, page, StringComparison.Ordinal);
        Assert.Contains("ไม่ระบุ", page, StringComparison.Ordinal);
        Assert.Contains(Thanks, page, StringComparison.Ordinal);
        Assert.Contains("เผยแพร่รายงาน", page, StringComparison.Ordinal);

        // A suggestion is text, never markup.
        var raw = await admin.GetStringAsync(YearPath(org, LastYear));
        Assert.DoesNotContain(Markup, raw, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(Markup), raw, StringComparison.Ordinal);

        // The current year: its running figures, and no report form before 1 October.
        var current = WebUtility.HtmlDecode(await admin.GetStringAsync(YearPath(org, CurrentYear)));
        Assert.Contains("x̄ = 5.00", current, StringComparison.Ordinal);
        Assert.Contains("เผยแพร่รายงานผลได้ตั้งแต่วันที่ 1 ตุลาคม " + Year(CurrentYear), current, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Findings\"", current, StringComparison.Ordinal);

        foreach (var outside in new[] { SatisfactionRules.FirstYear - 1, CurrentYear + 1 })
        {
            using var missing = await admin.GetAsync(YearPath(org, outside));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        // The Auditor reads it all, without the form.
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        using (var list2 = await auditor.GetAsync($"/staff/{org.Slug}/satisfaction"))
        {
            Assert.Equal(HttpStatusCode.OK, list2.StatusCode);
        }

        var read = WebUtility.HtmlDecode(await auditor.GetStringAsync(YearPath(org, LastYear)));
        Assert.Contains(Thanks, read, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Findings\"", read, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_report_is_published_once_the_year_is_over_and_only_by_those_who_may(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedLastYearAsync(app, org);
        await SeedAsync(app, org, CurrentYear, new SatisfactionResponse { Process = 4, Staff = 4, Facilities = 4, Quality = 4 });
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = YearPath(org, LastYear);

        // Empty findings: 422, the message beside the field.
        using (var empty = await admin.PostFormAsync(page, page, [new("Findings", "  ")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
            var body = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
            Assert.Contains("id=\"Findings-error\"", body, StringComparison.Ordinal);
            Assert.Contains("กรุณาสรุปสิ่งที่พบ", body, StringComparison.Ordinal);
        }

        Assert.Null(await ReportAsync(app, org, LastYear));

        using (var published = await admin.PostFormAsync(page, page, [new("Findings", Findings)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
            Assert.StartsWith(page, published.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var report = await ReportAsync(app, org, LastYear);
        Assert.NotNull(report);
        Assert.Equal(Findings, report.Findings);
        Assert.False(report.IsSample);

        var after = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("เผยแพร่รายงานผลบนเว็บไซต์แล้ว", after, StringComparison.Ordinal); // the flash
        Assert.Contains($"http://localhost{SatisfactionPaths.PublicReport(org.Slug, LastYear)}", after, StringComparison.Ordinal);
        Assert.Contains(Findings, after, StringComparison.Ordinal);
        Assert.Contains("แก้ไขรายงานที่เผยแพร่", after, StringComparison.Ordinal);
        Assert.Contains("เผยแพร่แล้ว", WebUtility.HtmlDecode(await admin.GetStringAsync($"/staff/{org.Slug}/satisfaction")), StringComparison.Ordinal);

        // Publishing again corrects the findings.
        using (var corrected = await admin.PostFormAsync(page, page, [new("Findings", Findings + " และติดป้ายบอกทาง")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        Assert.Equal(Findings + " และติดป้ายบอกทาง", (await ReportAsync(app, org, LastYear))!.Findings);
        Assert.Contains("แก้ไขล่าสุด", WebUtility.HtmlDecode(await admin.GetStringAsync(page)), StringComparison.Ordinal);
        Assert.Contains("แก้ไขล่าสุด", WebUtility.HtmlDecode(await app.Client().GetStringAsync(SatisfactionPaths.PublicReport(org.Slug, LastYear))), StringComparison.Ordinal);

        // The current year is not over: 409 with the reason at the top.
        var current = YearPath(org, CurrentYear);
        using (var early = await admin.PostFormAsync(page, current, [new("Findings", Findings)]))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains($"ปีงบประมาณ พ.ศ. {Year(CurrentYear)} ยังไม่สิ้นสุด", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // A year that is over but had no answers: 409 too.
        using (var silent = await admin.PostFormAsync(page, YearPath(org, LastYear - 1), [new("Findings", Findings)]))
        {
            Assert.Equal(HttpStatusCode.Conflict, silent.StatusCode);
            Assert.Contains("ยังไม่มีผู้ตอบแบบประเมิน", WebUtility.HtmlDecode(await silent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Null(await ReportAsync(app, org, CurrentYear));

        // The Auditor and a clerk read the page and are refused the form.
        foreach (var role in new[] { OrgRole.Auditor, OrgRole.DepartmentStaff })
        {
            var member = await app.SignedInAsync(org[role]);
            using (var read = await member.GetAsync(page))
            {
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            }

            var token = await member.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
            using var refused = await member.PostAsync(page, new FormUrlEncodedContent([new("Findings", role + " แก้ไข"), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(Findings + " และติดป้ายบอกทาง", (await ReportAsync(app, org, LastYear))!.Findings);
    }

    [Theory, Providers]
    public async Task The_answers_download_as_csv_with_formulas_neutralised(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedLastYearAsync(app, org);
        var csv = YearPath(org, LastYear) + "?handler=csv";

        foreach (var role in new[] { OrgRole.OrgAdmin, OrgRole.Auditor, OrgRole.DepartmentStaff })
        {
            using var response = await (await app.SignedInAsync(org[role])).GetAsync(csv);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, lines.Length); // the header and three answers
            Assert.StartsWith("ลำดับ,วันที่ตอบ,ส่วนราชการที่ให้บริการ," + SatisfactionRules.AspectThai(SatisfactionAspect.Process), lines[0], StringComparison.Ordinal);
            Assert.Contains(org.Departments[0].Name, text, StringComparison.Ordinal);
            Assert.Contains(Thanks, text, StringComparison.Ordinal);
            Assert.Contains("'" + Formula, text, StringComparison.Ordinal);
            Assert.DoesNotContain("," + Formula, text, StringComparison.Ordinal); // a formula is never handed to a spreadsheet as one
        }

        using var stranger = await app.Client().GetAsync(csv);
        Assert.NotEqual(HttpStatusCode.OK, stranger.StatusCode);
    }

    [Theory, Providers]
    public async Task Another_organizations_answers_and_report_never_show(DbProvider provider)
    {
        var app = Apps.For(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var secret = "ข้อเสนอแนะของอีกหน่วยงาน " + Guid.NewGuid().ToString("N")[..8];
        await SeedAsync(app, b, LastYear, new SatisfactionResponse { Process = 1, Staff = 1, Facilities = 1, Quality = 1, Suggestion = secret });
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(b.Id, b.Slug);
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            db.Set<SatisfactionReport>().Add(new SatisfactionReport { FiscalYear = LastYear, Findings = secret, PublishedBy = "ผู้บริหาร", PublishedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var admin = await app.SignedInAsync(a[OrgRole.OrgAdmin]);
        foreach (var url in new[] { $"/staff/{a.Slug}/satisfaction", YearPath(a, LastYear), YearPath(a, LastYear) + "?handler=csv" })
        {
            using var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain("เผยแพร่แล้ว", body, StringComparison.Ordinal);
        }

        Assert.Contains("ยังไม่มีผู้ตอบแบบประเมิน", WebUtility.HtmlDecode(await admin.GetStringAsync(YearPath(a, LastYear))), StringComparison.Ordinal);
        foreach (var url in new[] { $"/staff/{b.Slug}/satisfaction", YearPath(b, LastYear), YearPath(b, LastYear) + "?handler=csv" })
        {
            using var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url} → {(int)response.StatusCode}");
        }

        var token = await admin.AntiforgeryTokenAsync($"/staff/{a.Slug}/departments");
        using (var crossing = await admin.PostAsync(YearPath(b, LastYear), new FormUrlEncodedContent([new("Findings", "แก้ข้ามหน่วยงาน"), new("__RequestVerificationToken", token)])))
        {
            Assert.True(crossing.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"→ {(int)crossing.StatusCode}");
        }

        Assert.Equal(secret, (await ReportAsync(app, b, LastYear))!.Findings);
    }

    /// <summary>Three answers of last year: one about สำนักปลัด, one naming no department, one about กองคลัง.</summary>
    private static async Task SeedLastYearAsync(ProngsaiApp app, TestOrg org)
    {
        await SeedAsync(app, org, LastYear,
            new SatisfactionResponse { DepartmentId = org.Departments[0].Id, Process = 5, Staff = 5, Facilities = 4, Quality = 4, Suggestion = Thanks },
            new SatisfactionResponse { Process = 4, Staff = 4, Facilities = 4, Quality = 4, Suggestion = Markup },
            new SatisfactionResponse { DepartmentId = org.Departments[1].Id, Process = 3, Staff = 5, Facilities = 4, Quality = 5, Suggestion = Formula });
    }

    /// <summary>Answers as the website's form stores them, in a given fiscal year (a day inside it, in order).</summary>
    private static async Task SeedAsync(ProngsaiApp app, TestOrg org, int fiscalYear, params SatisfactionResponse[] answers)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        // In UTC, as PostgreSQL keeps a timestamp with time zone.
        var start = new DateTimeOffset(new FiscalYear(fiscalYear).Start.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i].FiscalYear = fiscalYear;
            answers[i].ReceivedAt = start.AddDays(i);
            db.Set<SatisfactionResponse>().Add(answers[i]);
        }

        await db.SaveChangesAsync();
    }

    private static async Task<SatisfactionReport?> ReportAsync(ProngsaiApp app, TestOrg org, int fiscalYear)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<SatisfactionReport>().IgnoreQueryFilters()
            .AsNoTracking().FirstOrDefaultAsync(r => r.OrganizationId == org.Id && r.FiscalYear == fiscalYear);
    }

    private static string YearPath(TestOrg org, int fiscalYear) => $"/staff/{org.Slug}/satisfaction/{Year(fiscalYear)}";

    private static string Year(int fiscalYear) => fiscalYear.ToString(CultureInfo.InvariantCulture);
}
