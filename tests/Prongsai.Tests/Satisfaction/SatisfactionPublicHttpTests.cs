using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Satisfaction;
using Prongsai.Core.Tenancy;
using Prongsai.Documents.Satisfaction;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Satisfaction;

/// <summary>
/// The satisfaction survey on the website as anyone meets it: the form takes an anonymous answer (antiforgery and all)
/// and tells a wrong one beside its field in Thai; a robot filling the honeypot is refused; once the year is over and
/// the office publishes its report, the year's page shows the figures and the findings, and downloads them as Word and
/// PDF from one PDF address. A suggestion is never shown on any public page or printed.
/// </summary>
public sealed class SatisfactionPublicHttpTests
{
    private const string Suggestion = "<script>alert('x')</script> อยากให้มีที่จอดรถเพิ่ม";
    private const string Findings = "ผู้รับบริการพึงพอใจด้านขั้นตอนมากที่สุด\nหน่วยงานจะเพิ่มที่นั่งรอหน้าห้องกองคลัง";

    [Theory, Providers]
    public async Task The_form_takes_an_anonymous_answer_and_tells_each_mistake_beside_its_field(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var page = SatisfactionPaths.PublicForm(org.Slug);
        var citizen = app.Client();

        var form = await citizen.GetStringAsync(page);
        Assert.Equal(4, CountOf(form, "<fieldset class=\"scale\""));
        foreach (var aspect in SatisfactionRules.Aspects)
        {
            Assert.Contains($"<legend>{SatisfactionRules.AspectThai(aspect)}</legend>", form, StringComparison.Ordinal);
            Assert.Contains($"id=\"{aspect}-hint\"", form, StringComparison.Ordinal);
            Assert.Equal(5, CountOf(form, $"name=\"Form.{aspect}\""));
        }

        Assert.Contains("ส่งแบบประเมิน", form, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{org.Departments[1].Id}\">กองคลัง</option>", form, StringComparison.Ordinal);

        var sent = await citizen.PostFormAsync(page, page, Answer(5, 4, 3, 5, org.Departments[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Suggestion));
        var thanks = await sent.Content.ReadAsStringAsync();
        Assert.True(sent.StatusCode == HttpStatusCode.OK, thanks);
        Assert.Matches("role=\"status\"[^>]*>ได้รับแบบประเมินของท่านแล้ว", thanks);
        Assert.True(sent.Headers.CacheControl?.NoStore, sent.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("checked=\"checked\"", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain("อยากให้มีที่จอดรถเพิ่ม", thanks, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{org.Departments[1].Id}\" selected=\"selected\">กองคลัง</option>", thanks, StringComparison.Ordinal);
        var stored = Assert.Single(await AnswersAsync(app, org));
        Assert.Equal((5, 4, 3, 5, (int?)org.Departments[1].Id, Suggestion, FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear),
            (stored.Process, stored.Staff, stored.Facilities, stored.Quality, stored.DepartmentId, stored.Suggestion, stored.FiscalYear));

        // Scores left out: each aspect says so beside its own fieldset, and what was chosen stays chosen.
        var partial = await citizen.PostFormAsync(page, page, [new("Form.Process", "4"), new("Form.Suggestion", "ขอบคุณครับ")]);
        var refused = await partial.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        foreach (var aspect in new[] { SatisfactionAspect.Staff, SatisfactionAspect.Facilities, SatisfactionAspect.Quality })
        {
            Assert.Contains($"<span id=\"Form_{aspect}-error\" class=\"field-error\">กรุณาให้คะแนน{SatisfactionRules.AspectThai(aspect)} (1 ถึง 5)</span>", refused, StringComparison.Ordinal);
            Assert.Contains($"<fieldset class=\"scale\" aria-describedby=\"{aspect}-hint\">", refused, StringComparison.Ordinal);
            // The message is the group's: each of the five scores names it.
            Assert.Equal(5, Regex.Count(refused, $"<input type=\"radio\" name=\"Form\\.{aspect}\"[^>]*aria-invalid=\"true\" aria-describedby=\"Form_{aspect}-error\""));
        }

        Assert.DoesNotContain("id=\"Form_Process-error\"", refused, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Process\" value=\"4\" checked=\"checked\"", refused, StringComparison.Ordinal);
        Assert.Contains(">ขอบคุณครับ</textarea>", refused, StringComparison.Ordinal);

        // A department that is not the office's (another office's, a tampered value) and a score off the scale.
        var other = await TestOrg.CreateAsync(app);
        foreach (var (department, process) in new[] { (other.Departments[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "5"), ("abc", "5"), ("", "6") })
        {
            using var wrong = await citizen.PostFormAsync(page, page, Answer(int.Parse(process, System.Globalization.CultureInfo.InvariantCulture), 4, 4, 4, department, null));
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            Assert.Contains(process == "6" ? "id=\"Form_Process-error\"" : "<span id=\"Form_DepartmentId-error\" class=\"field-error\">กรุณาเลือกส่วนราชการจากรายการ",
                html, StringComparison.Ordinal);
        }

        // A suggestion over the limit is refused with its size, and kept as typed to be shortened.
        var essay = new string('ก', 3_000);
        using (var tooLong = await citizen.PostFormAsync(page, page, Answer(5, 5, 5, 5, "", essay)))
        {
            var html = await tooLong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
            Assert.Contains("<span id=\"Form_Suggestion-error\" class=\"field-error\">ข้อเสนอแนะยาวได้ไม่เกิน 1,000 ตัวอักษร</span>", html, StringComparison.Ordinal);
            Assert.Contains($">{essay}</textarea>", html, StringComparison.Ordinal);
        }

        // A robot that fills the hidden field, and a post without the form's token, are refused and nothing is kept.
        using (var robot = await citizen.PostFormAsync(page, page, Answer(5, 5, 5, 5, "", null).Append(new("Form.Website", "http://spam.example"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        }

        using (var forged = await app.Client().PostAsync(page, new FormUrlEncodedContent(Answer(5, 5, 5, 5, "", null))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Single(await AnswersAsync(app, org));
        Assert.Empty(await AnswersAsync(app, other));
    }

    [Theory, Providers]
    public async Task A_finished_year_once_published_shows_its_figures_and_downloads_them_never_a_suggestion(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var page = SatisfactionPaths.PublicForm(org.Slug);
        var citizen = app.Client();
        var thisYear = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System));
        var yearPage = SatisfactionPaths.PublicReport(org.Slug, thisYear.BeYear);
        var finance = org.Departments[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Process 5 4 5, Staff 4 4 5, Facilities 3 4 5, Quality 5 5 4: x̄ 4.67 4.33 4.00 4.67, overall 4.42 (88.33%).
        foreach (var answer in new[] { Answer(5, 4, 3, 5, finance, Suggestion), Answer(4, 4, 4, 5, "", null), Answer(5, 5, 5, 4, "", null) })
        {
            using var sent = await citizen.PostFormAsync(page, page, answer);
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        using (var early = await citizen.GetAsync(yearPage))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        foreach (var handler in new[] { "docx", "pdf" })
        {
            using var early = await citizen.GetAsync($"{yearPage}?handler={handler}");
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        Assert.Contains("ยังไม่มีรายงานที่เผยแพร่", await citizen.GetStringAsync(page), StringComparison.Ordinal);

        // The year ends; the office publishes its report in October.
        await PublishAsync(app, org, thisYear, FixedClock.BangkokNoon(thisYear.End.Year, 10, 15));

        var listed = await citizen.GetStringAsync(page);
        Assert.Contains($"href=\"{yearPage}\"", listed, StringComparison.Ordinal);
        var report = await citizen.GetStringAsync(yearPage);
        foreach (var expected in new[]
        {
            $"ประจำปีงบประมาณ พ.ศ. {thisYear.BeYear}", "ผู้ตอบแบบประเมินทางเว็บไซต์ 3 ราย", "<strong>มาก</strong>", "4.42", "88.33",
            "<th scope=\"row\">ด้านขั้นตอนการให้บริการ</th>", "<td>4.67</td><td>0.58</td><td>93.33</td><td>มากที่สุด</td>",
            "<td>4.00</td><td>1.00</td><td>80.00</td><td>มาก</td>", "<caption class=\"visually-hidden\">",
            "<th scope=\"row\">ไม่ระบุ</th><td>2</td>", "<th scope=\"row\">กองคลัง</th><td>1</td>",
            "<p class=\"pre-line\">ผู้รับบริการพึงพอใจด้านขั้นตอนมากที่สุด&#xA;หน่วยงานจะเพิ่มที่นั่งรอหน้าห้องกองคลัง</p>",
            $"เผยแพร่เมื่อ {ThaiDate.FormatLong(new DateOnly(thisYear.End.Year, 10, 15))}",
            $"href=\"{yearPage}?handler=pdf\"", $"href=\"{yearPage}?handler=docx\"",
        })
        {
            Assert.Contains(expected, report, StringComparison.Ordinal);
        }

        foreach (var publicPage in new[] { $"/{org.Slug}", page, yearPage })
        {
            var html = await citizen.GetStringAsync(publicPage);
            Assert.DoesNotContain("alert('x')", html, StringComparison.Ordinal);
            Assert.DoesNotContain("อยากให้มีที่จอดรถเพิ่ม", html, StringComparison.Ordinal);
        }

        var word = await DownloadedForm.WordTextAsync(citizen, $"{yearPage}?handler=docx");
        Assert.Contains(SatisfactionReportForm.Title, word, StringComparison.Ordinal);
        Assert.Contains("มีผู้ตอบแบบประเมินทั้งสิ้น 3 ราย", word, StringComparison.Ordinal);
        Assert.Contains("ภาพรวม-----4.42-88.33มาก", word, StringComparison.Ordinal);
        Assert.Contains("หน่วยงานจะเพิ่มที่นั่งรอหน้าห้องกองคลัง", word, StringComparison.Ordinal);
        Assert.DoesNotContain("อยากให้มีที่จอดรถเพิ่ม", word, StringComparison.Ordinal);

        var pdf = await DownloadedForm.PdfTextAsync(citizen, $"{yearPage}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace("ภาพรวม - - - - - 4.42 - 88.33 มาก"), pdf, StringComparison.Ordinal);
        Assert.Contains(ReportAssert.WithoutWhitespace("หน่วยงานจะเพิ่มที่นั่งรอหน้าห้องกองคลัง"), pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("อยากให้มีที่จอดรถเพิ่ม", pdf, StringComparison.Ordinal);
        using var redirected = await citizen.GetAsync($"{yearPage}?handler=pdf&x=1");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal($"{yearPage}?handler=pdf", redirected.Headers.Location?.OriginalString);

        // Another year, and this year in another office, have no report.
        var other = await TestOrg.CreateAsync(app);
        foreach (var missing in new[] { SatisfactionPaths.PublicReport(org.Slug, thisYear.BeYear - 1), SatisfactionPaths.PublicReport(other.Slug, thisYear.BeYear) })
        {
            using var response = await citizen.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static List<KeyValuePair<string, string>> Answer(int process, int staff, int facilities, int quality, string department, string? suggestion)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Form.Process", Score(process)), new("Form.Staff", Score(staff)), new("Form.Facilities", Score(facilities)),
            new("Form.Quality", Score(quality)), new("Form.DepartmentId", department),
        ];
        if (suggestion is not null)
        {
            fields.Add(new("Form.Suggestion", suggestion));
        }

        return fields;
    }

    private static string Score(int score) => score.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    private static async Task<List<SatisfactionResponse>> AnswersAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<SatisfactionResponse>().AsNoTracking().ToListAsync();
    }

    /// <summary>Publishes the year's report as the office would once the year is over: the use case on a clock set after it.</summary>
    private static async Task PublishAsync(ProngsaiApp app, TestOrg org, FiscalYear year, TimeProvider afterTheYear)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var publish = new PublishSatisfactionReport(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>(),
            scope.ServiceProvider.GetRequiredService<ContentVersion>(), afterTheYear);
        var published = await publish.RunAsync(StaffActor.System(organizationId: org.Id), year.BeYear, Findings);
        Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
    }
}
