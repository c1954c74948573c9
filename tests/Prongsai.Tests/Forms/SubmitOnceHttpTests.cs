using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Circulars;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>A rendered form is accepted once: a reload, a resend or a double click gets the first answer back.</summary>
public sealed partial class SubmitOnceHttpTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"__Submission\" value=\"([A-Za-z0-9_-]{43})\"")]
    private static partial Regex SubmissionId();

    /// <summary>The page's form as a browser holds it: its antiforgery token and its submission id.</summary>
    private static async Task<(string Token, string Id)> FormAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var token = Token().Match(html);
        var id = SubmissionId().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {pageUrl}");
        Assert.True(id.Success, $"no submission id on {pageUrl}");
        return (WebUtility.HtmlDecode(token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Value), id.Groups[1].Value);
    }

    private static FormUrlEncodedContent Question((string Token, string Id) form, string subject, bool acceptsNotice = true) => new(
    [
        new("__RequestVerificationToken", form.Token), new("__Submission", form.Id),
        new("Form.Subject", subject), new("Form.Details", "ขอทราบกำหนดการจัดเก็บขยะ"), new("Form.Anonymous", "true"),
        new("Form.AcceptsPrivacyNotice", acceptsNotice ? "true" : "false"), new("Form.ConsentToPublish", "true"),
    ]);

    private static async Task<int> QuestionsAsync(ProngsaiApp app, TestOrg org, string subject)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Set<TrackedRequest>().IgnoreQueryFilters().CountAsync(r => r.OrganizationId == org.Id && r.Subject == subject);
    }

    [Theory, Providers]
    public async Task The_same_public_form_sent_twice_files_one_question_and_shows_the_same_receipt(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var form = await FormAsync(citizen, $"/{org.Slug}/qa");

        var first = await citizen.PostAsync($"/{org.Slug}/qa", Question(form, "ถามครั้งเดียว"));
        var again = await citizen.PostAsync($"/{org.Slug}/qa", Question(form, "ถามครั้งเดียว"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var code = ReceiptHtml.TrackingCodeOf(await first.Content.ReadAsStringAsync());
        Assert.NotEmpty(code);
        Assert.Equal(code, ReceiptHtml.TrackingCodeOf(await again.Content.ReadAsStringAsync()));
        Assert.Equal(1, await QuestionsAsync(app, org, "ถามครั้งเดียว"));

        // A new rendering of the form is a new question.
        var next = await citizen.PostAsync($"/{org.Slug}/qa", Question(await FormAsync(citizen, $"/{org.Slug}/qa"), "ถามครั้งเดียว"));
        Assert.NotEqual(code, ReceiptHtml.TrackingCodeOf(await next.Content.ReadAsStringAsync()));
        Assert.Equal(2, await QuestionsAsync(app, org, "ถามครั้งเดียว"));
    }

    [Theory, Providers]
    public async Task Two_identical_posts_at_once_file_one_question(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var form = await FormAsync(citizen, $"/{org.Slug}/qa");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => citizen.PostAsync($"/{org.Slug}/qa", Question(form, "ถามพร้อมกัน"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var codes = await Task.WhenAll(answers.Select(async a => ReceiptHtml.TrackingCodeOf(await a.Content.ReadAsStringAsync())));
        Assert.NotEmpty(codes[0]);
        Assert.Single(codes.Distinct());
        Assert.Equal(1, await QuestionsAsync(app, org, "ถามพร้อมกัน"));
    }

    [Theory, Providers]
    public async Task A_refused_form_corrected_and_sent_again_with_the_same_id_is_accepted(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var form = await FormAsync(citizen, $"/{org.Slug}/qa");

        var refused = await citizen.PostAsync($"/{org.Slug}/qa", Question(form, "ถามแก้ไข", acceptsNotice: false));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await QuestionsAsync(app, org, "ถามแก้ไข"));

        var corrected = await citizen.PostAsync($"/{org.Slug}/qa", Question(form, "ถามแก้ไข"));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.NotEmpty(ReceiptHtml.TrackingCodeOf(await corrected.Content.ReadAsStringAsync()));
        Assert.Equal(1, await QuestionsAsync(app, org, "ถามแก้ไข"));
    }

    [Theory, Providers]
    public async Task A_staff_form_sent_twice_issues_one_circular_and_both_answers_redirect_to_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var form = await FormAsync(admin, $"/staff/{org.Slug}/circulars/new");
        HttpContent Circular() => new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", form.Token), new("__Submission", form.Id),
            new("Input.Title", "ประชุมประจำเดือน"), new("Input.Body", "ขอเชิญบุคลากรทุกคนเข้าประชุม"), new("Input.ToEveryone", "true"),
        ]);

        var answers = await Task.WhenAll(admin.PostAsync($"/staff/{org.Slug}/circulars/new", Circular()), admin.PostAsync($"/staff/{org.Slug}/circulars/new", Circular()));
        var late = await admin.PostAsync($"/staff/{org.Slug}/circulars/new", Circular());

        foreach (var answer in answers.Append(late))
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Equal(answers[0].Headers.Location, answer.Headers.Location);
        }

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.Equal(1, await db.Set<Circular>().IgnoreQueryFilters().CountAsync(c => c.OrganizationId == org.Id));

        // Another member's post with the same id is not an answer of the first member's form.
        var other = await app.SignedInAsync(org[OrgRole.Executive]);
        var theirs = await FormAsync(other, $"/staff/{org.Slug}/circulars/new");
        var own = await other.PostAsync($"/staff/{org.Slug}/circulars/new", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", theirs.Token), new("__Submission", form.Id),
            new("Input.Title", "ประชุมประจำเดือน"), new("Input.Body", "ขอเชิญบุคลากรทุกคนเข้าประชุม"), new("Input.ToEveryone", "true"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.NotEqual(answers[0].Headers.Location, own.Headers.Location);
        Assert.Equal(2, await db.Set<Circular>().IgnoreQueryFilters().CountAsync(c => c.OrganizationId == org.Id));
    }

    [Theory, Providers]
    public async Task A_kept_answer_is_not_shown_again_to_a_member_whose_rights_changed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var filed = await app.Client().PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "corruption"), new("Form.Subject", "ฮั้วประมูลสะพาน"), new("Form.Details", "รายละเอียด"),
            new("Form.Name", "สมชาย ผู้แจ้งเบาะแส"), new("Form.Contact", "089-765-4321"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        int complaint;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            complaint = await db.Set<TrackedRequest>().IgnoreQueryFilters()
                .Where(r => r.OrganizationId == org.Id && r.Subject == "ฮั้วประมูลสะพาน").Select(r => r.Id).SingleAsync();
        }

        var officer = await app.SignedInAsync(org[OrgRole.ComplaintOfficer]);
        var form = await FormAsync(officer, $"/staff/{org.Slug}/requests/{complaint}");
        HttpContent Reveal() => new FormUrlEncodedContent([new("__RequestVerificationToken", form.Token), new("__Submission", form.Id)]);
        var revealPath = $"/staff/{org.Slug}/requests/{complaint}/Reveal";

        var shown = await officer.PostAsync(revealPath, Reveal());
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("สมชาย ผู้แจ้งเบาะแส", WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var reloaded = await officer.PostAsync(revealPath, Reveal());
        Assert.Contains("สมชาย ผู้แจ้งเบาะแส", WebUtility.HtmlDecode(await reloaded.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The officer is moved to a department's work: the kept page with the identity is theirs no more.
        await using (var scope = app.Scope())
        {
            var moved = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().SetRolesAsync(
                StaffActor.System(organizationId: org.Id), org[OrgRole.ComplaintOfficer].Id, [OrgRole.DepartmentStaff], [org.Departments[0].Id]);
            Assert.True(moved.Succeeded);
        }

        var replayed = await officer.PostAsync(revealPath, Reveal());
        Assert.Equal(HttpStatusCode.NotFound, replayed.StatusCode);
        Assert.DoesNotContain("สมชาย", WebUtility.HtmlDecode(await replayed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("089-765-4321", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One viewing, recorded once: the reload before the move was the same answer, not a second look.
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.OrganizationId == org.Id && a.Action == HandleRequest.ViewIdentityAction));
        }
    }
}
