using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>
/// Taking a published question off the website (PDPA: the asker withdrew consent, or the mask missed personal data),
/// and the content stamp that makes cached pages and the search show an answer or its withdrawal at once.
/// </summary>
public sealed class QaWithdrawalTests
{
    private const string Reason = "ผู้ถามขอถอนความยินยอมทางโทรศัพท์";

    [Theory, Providers]
    public async Task Those_who_may_answer_take_a_question_off_the_website_with_a_reason_and_it_stays_off(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var id = await RequestsTestData.FileAssignedAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอทราบขั้นตอนขออนุญาตก่อสร้างโรงเรือน"));
        var departmentId = await host.QueryAsync(db => db.Set<TrackedRequest>().Where(r => r.Id == id).Select(r => r.DepartmentId!.Value).SingleAsync());
        var clerk = RequestsTestData.As(host, OrgRole.DepartmentStaff, new HashSet<int> { departmentId });
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(clerk, id, "ยื่นคำขอที่กองช่าง"))).Succeeded);
        Assert.Single(await host.SearchAsync("โรงเรือน"));
        var stamp = await StampAsync(host);

        Task<Result<TrackedRequest>> WithdrawAsync(StaffActor actor, string? reason) =>
            host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.WithdrawFromWebsiteAsync(actor, id, reason));

        // Those who may not answer it: the Executive and the Auditor read it but are refused; another department's
        // clerk does not even see it.
        Assert.IsType<ForbiddenError>(Assert.Single((await WithdrawAsync(RequestsTestData.As(host, OrgRole.Executive, new HashSet<int>()), Reason)).Errors));
        Assert.IsType<ForbiddenError>(Assert.Single((await WithdrawAsync(RequestsTestData.As(host, OrgRole.Auditor, new HashSet<int>()), Reason)).Errors));
        Assert.IsType<NotFoundError>(Assert.Single((await WithdrawAsync(RequestsTestData.As(host, OrgRole.DepartmentStaff, new HashSet<int> { departmentId + 1000 }), Reason)).Errors));

        // The reason is required, in Thai, beside its field.
        var missing = Assert.IsType<ValidationError>(Assert.Single((await WithdrawAsync(clerk, "  ")).Errors));
        Assert.Equal(("กรุณาระบุเหตุผลที่นำออกจากเว็บไซต์", "Reason"), (missing.Message, missing.Field));
        var tooLong = Assert.IsType<ValidationError>(Assert.Single((await WithdrawAsync(clerk, new string('ก', QaWithdrawals.ReasonLength + 1))).Errors));
        Assert.Equal("Reason", tooLong.Field);
        Assert.True(await host.QueryAsync(db => db.Set<TrackedRequest>().Where(r => r.Id == id).Select(r => r.Published).SingleAsync()));
        Assert.Equal(stamp, await StampAsync(host));

        Assert.True((await WithdrawAsync(clerk, Reason)).Succeeded);

        Assert.False(await host.QueryAsync(db => db.Set<TrackedRequest>().Where(r => r.Id == id).Select(r => r.Published).SingleAsync()));
        Assert.Empty(await host.SearchAsync("โรงเรือน"));
        Assert.Empty((await host.UseAsync<PlatformSearch, PlatformSearchResults>(s => s.QueryAsync("โรงเรือน"))).Hits);
        Assert.Empty(await host.QueryAsync(db => db.SearchEntries.Where(e => e.ItemType == QaIndexer.ItemType).ToListAsync()));
        Assert.True(await StampAsync(host) > stamp);

        var entry = Assert.Single(await host.QueryAsync(db => db.AuditEntries
            .Where(a => a.OrganizationId == host.OrganizationId && a.Entity == nameof(TrackedRequest) && a.Action == AuditActions.Unpublish).ToListAsync()));
        Assert.Equal((clerk.AuditName, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.UserName, entry.EntityId));
        Assert.Contains(Reason, entry.Changes, StringComparison.Ordinal);
        var withdrawal = await host.QueryAsync(async db => await QaWithdrawals.LatestAsync(db, await db.Set<TrackedRequest>().Include(r => r.Type).SingleAsync(r => r.Id == id)));
        Assert.Equal(Reason, withdrawal?.Reason);

        // Once is enough; a corrected answer reaches the citizen but not the website.
        Assert.IsType<ConflictError>(Assert.Single((await WithdrawAsync(clerk, Reason)).Errors));
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(clerk, id, "ยื่นคำขอที่กองช่าง ชั้น 2"))).Succeeded);
        var after = await host.QueryAsync(db => db.Set<TrackedRequest>().Where(r => r.Id == id).Select(r => new { r.Published, r.Answer }).SingleAsync());
        Assert.Equal((false, "ยื่นคำขอที่กองช่าง ชั้น 2"), (after.Published, after.Answer));
        Assert.Empty(await host.SearchAsync("โรงเรือน"));
    }

    [Theory, Providers]
    public async Task Answering_a_published_question_bumps_the_content_stamp_and_a_note_does_not(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var admin = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        var published = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอทราบวันรับเบี้ยยังชีพ"));
        var withheld = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอทราบวันเก็บขยะ") with { ConsentToPublish = false });
        Task<Result<TrackedRequest>> AnswerAsync(int id, string text) => host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(admin, id, text));

        var stamp = await StampAsync(host);
        Assert.True((await AnswerAsync(published.Id, "ทุกวันที่ 10 ของเดือน")).Succeeded);
        var answered = await StampAsync(host);
        Assert.True(answered > stamp);

        Assert.True((await AnswerAsync(published.Id, "ทุกวันที่ 10 ของเดือน ที่สำนักปลัด")).Succeeded);
        var corrected = await StampAsync(host);
        Assert.True(corrected > answered);

        // Nothing the website shows changes: an internal note, a message, an answer that is not published.
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.MessageAsync(admin, published.Id, "โทรแจ้งแล้ว", isInternal: true))).Succeeded);
        Assert.True((await AnswerAsync(withheld.Id, "ทุกวันอังคาร")).Succeeded);
        Assert.Equal(corrected, await StampAsync(host));
    }

    [Theory, Providers]
    public async Task An_office_takes_a_question_off_the_website_from_the_request_page(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var word = "ฝายชะลอน้ำ";
        var citizen = app.Client();
        var filed = await citizen.PostFormAsync($"/{org.Slug}/qa", $"/{org.Slug}/qa",
        [
            new("Form.Subject", $"ขอทราบแผนสร้าง{word}"), new("Form.Details", "ติดต่อ somchai＠example.com ไลน์ somchai.p"), new("Form.Anonymous", "true"),
            new("Form.AcceptsPrivacyNotice", "true"), new("Form.ConsentToPublish", "true"),
        ]);
        var code = ReceiptHtml.TrackingCodeOf(await filed.Content.ReadAsStringAsync());
        int id;
        await using (var scope = app.Scope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<TrackedRequest>().IgnoreQueryFilters()
                .Where(r => r.OrganizationId == org.Id).Select(r => r.Id).SingleAsync();
        }

        var page = $"/staff/{org.Slug}/requests/{id}";
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, $"{page}/Answer", [new("text", "บรรจุในแผนพัฒนาปี 2568")])).StatusCode);

        // The search pages repeat the query, so a hit is its link to the pair.
        var hit = QaIndexer.Url(org.Slug, id);
        var search = $"/{org.Slug}/search?q={Uri.EscapeDataString(word)}";
        var everywhere = $"/search?q={Uri.EscapeDataString(word)}";
        var qa = $"/{org.Slug}/qa";
        var api = $"/api/v1/orgs/{org.Slug}/qa";
        foreach (var (url, shows) in new[] { (qa, word), (api, word), (search, hit), (search, hit), (everywhere, hit) }) // the second search is the cached copy
        {
            var body = WebUtility.HtmlDecode(await citizen.GetStringAsync(url));
            Assert.Contains(shows, body, StringComparison.Ordinal);
            Assert.DoesNotContain("somchai", body, StringComparison.Ordinal);
        }

        var staffPage = await admin.GetStringAsync(page);
        Assert.Contains("<details class=\"confirm\"", staffPage, StringComparison.Ordinal);
        Assert.Contains($"action=\"{page}/Withdraw\"", staffPage, StringComparison.Ordinal);

        // Roles that may not answer are refused the form; an empty reason comes back beside its field, in Thai.
        foreach (var role in new[] { OrgRole.Auditor, OrgRole.Executive })
        {
            var refused = await (await app.SignedInAsync(org[role])).PostFormAsync(page, $"{page}/Withdraw", [new("reason", Reason)]);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var empty = await admin.PostFormAsync(page, $"{page}/Withdraw", [new("reason", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var emptyPage = await empty.Content.ReadAsStringAsync();
        Assert.Contains("กรุณาระบุเหตุผลที่นำออกจากเว็บไซต์", emptyPage, StringComparison.Ordinal);
        Assert.Contains("<details class=\"confirm\" open=\"open\">", emptyPage, StringComparison.Ordinal);
        Assert.Contains(hit, WebUtility.HtmlDecode(await citizen.GetStringAsync(search)), StringComparison.Ordinal);

        var done = await admin.PostFormAsync(page, $"{page}/Withdraw", [new("reason", Reason)]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var withdrawnPage = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("คำถามนี้ไม่อยู่บนเว็บไซต์แล้ว", withdrawnPage, StringComparison.Ordinal);
        Assert.Contains(Reason, withdrawnPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"{page}/Withdraw\"", withdrawnPage, StringComparison.Ordinal);
        foreach (var (url, shown) in new[] { (qa, word), (api, word), (search, hit), (everywhere, hit) })
        {
            Assert.DoesNotContain(shown, WebUtility.HtmlDecode(await citizen.GetStringAsync(url)), StringComparison.Ordinal);
        }

        // The citizen still reads the answer, and a neutral line says it left the website (never the office's reason).
        var status = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/{org.Slug}/track/{code}"));
        Assert.Contains("บรรจุในแผนพัฒนาปี 2568", status, StringComparison.Ordinal);
        Assert.Contains("id=\"withdrawn-from-website\"", status, StringComparison.Ordinal);
        Assert.DoesNotContain(Reason, status, StringComparison.Ordinal);
    }

    private static Task<long> StampAsync(MeasuresTestHost host) =>
        host.QueryAsync(async db => await db.ContentStamps.Where(s => s.OrganizationId == host.OrganizationId).Select(s => (long?)s.Version).FirstOrDefaultAsync() ?? 0);
}
