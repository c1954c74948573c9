using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Security;

/// <summary>
/// Signing out ends every copy of the session; return addresses with Thai letters go back encoded; the documents list
/// keeps other departments' drafts from department roles; creating staff does not tell an administrator that an
/// e-mail is an account of another organization.
/// </summary>
public sealed class SessionAndListingTests
{
    private static readonly Uri Base = new("http://localhost");

    [Theory, Providers]
    public async Task Signing_out_ends_a_copy_of_the_session_cookie_on_pages_and_the_api(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var jar = new CookieContainerHandler();
        var browser = app.CreateDefaultClient(Base, jar);
        var signIn = await browser.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", member.Email), new("Password", member.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // A copy of the sign-in cookie, as someone who read it off the office computer would keep it.
        var copied = jar.Container.GetCookies(Base).Where(c => c.Name.StartsWith("prongsai.staff", StringComparison.Ordinal))
            .Select(c => (c.Name, c.Value)).ToList();
        Assert.NotEmpty(copied);
        var page = $"/staff/{org.Slug}";
        var api = $"/api/v1/orgs/{org.Slug}/requests";
        Assert.Equal(HttpStatusCode.OK, (await WithCookies(app, copied).GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithCookies(app, copied).GetAsync(api)).StatusCode);

        var accountEditsBefore = await AccountEditsAsync(app, member.Id);
        var signOut = await browser.PostFormAsync(page, "/staff/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using (var refused = await WithCookies(app, copied).GetAsync(page))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/staff/signin", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookies(app, copied).GetAsync(api)).StatusCode);

        // Signing in again works, and the sign-out is in the trail.
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync(member)).GetAsync(page)).StatusCode);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.Equal(1, await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.UserId == member.Id && a.Action == AuditActions.SignOut));
        // The renewed stamp is the sign-out's doing, not an edit of the account by its owner.
        Assert.Equal(accountEditsBefore, await AccountEditsAsync(app, member.Id));
    }

    [Fact]
    public async Task A_thai_return_url_goes_back_percent_encoded_and_external_forms_still_go_home()
    {
        var app = Apps.For(DbProvider.Sqlite);
        using (var thai = await app.Client().GetAsync("/lang/th?returnUrl=/%E0%B8%81%E0%B8%82?q=%E0%B8%84"))
        {
            Assert.Equal(HttpStatusCode.Redirect, thai.StatusCode);
            Assert.Equal("/%E0%B8%81%E0%B8%82?q=%E0%B8%84", thai.Headers.Location?.OriginalString);
        }

        // Encoded, a non-ASCII letter never becomes a second slash or a host.
        foreach (var external in new[] { "//evil.example", "/%5Cevil.example", "/%09/evil.example", "https://evil.example", "/%E3%80%80/evil.example" })
        {
            using var response = await app.Client().GetAsync("/lang/en?returnUrl=" + external);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }

        // The sign-in form's return address likewise.
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var client = app.Client();
        var signIn = await client.PostFormAsync("/staff/signin", "/staff/signin",
            [new("Email", member.Email), new("Password", member.Password), new("ReturnUrl", $"/staff/{org.Slug}/ค้นหา")]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/%E0%B8%84%E0%B9%89%E0%B8%99%E0%B8%AB%E0%B8%B2", signIn.Headers.Location?.OriginalString);
    }

    [Theory, Providers]
    public async Task Department_staff_list_their_departments_documents_and_published_ones_never_others_drafts(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var own = await SaveAsync(app, org, "ร่างของสำนักปลัด " + org.Slug, org.Departments[0].Id);
        var otherDraft = await SaveAsync(app, org, "ร่างของกองคลัง " + org.Slug, org.Departments[1].Id);
        var wholeOffice = await SaveAsync(app, org, "ร่างของทั้งหน่วยงาน " + org.Slug, null);
        var otherPublished = await SaveAsync(app, org, "ประกาศของกองคลัง " + org.Slug, org.Departments[1].Id);
        await PublishingFixture.PublishAsync(app, org, otherPublished.Id);

        var staff = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        foreach (var url in new[] { $"/staff/{org.Slug}/documents", $"/staff/{org.Slug}/documents?status=Draft" })
        {
            var html = await staff.GetStringAsync(url);
            Assert.Contains(own.Title, html, StringComparison.Ordinal);
            Assert.DoesNotContain(otherDraft.Title, html, StringComparison.Ordinal);
            Assert.DoesNotContain(wholeOffice.Title, html, StringComparison.Ordinal);
        }

        Assert.Contains(otherPublished.Title, await staff.GetStringAsync($"/staff/{org.Slug}/documents"), StringComparison.Ordinal);

        // Organization-wide roles and the Auditor still see every document.
        foreach (var role in new[] { OrgRole.OrgAdmin, OrgRole.Auditor })
        {
            var html = await (await app.SignedInAsync(org[role])).GetStringAsync($"/staff/{org.Slug}/documents");
            Assert.Contains(otherDraft.Title, html, StringComparison.Ordinal);
            Assert.Contains(wholeOffice.Title, html, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task An_email_of_another_organization_is_refused_without_naming_it_and_recorded(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var admin = org[OrgRole.OrgAdmin];
        StaffActor actor;
        await using (var scope = app.Scope())
        {
            actor = new StaffActor(admin.Id, admin.Email, org.Id, new HashSet<OrgRole> { OrgRole.OrgAdmin }, new HashSet<int>());
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();

            var elsewhere = await accounts.CreateAsync(actor, new CreateStaffRequest(org.Id, other[OrgRole.DepartmentStaff].Email, "ผู้ทดลอง", [OrgRole.DepartmentStaff]));
            Assert.Equal(StaffAccounts.EmailUnusable, Assert.Single(elsewhere.Errors).Message);
            Assert.DoesNotContain("มีบัญชี", StaffAccounts.EmailUnusable, StringComparison.Ordinal);

            var here = await accounts.CreateAsync(actor, new CreateStaffRequest(org.Id, org[OrgRole.Auditor].Email, "ผู้ทดลอง", [OrgRole.DepartmentStaff]));
            Assert.Equal(StaffAccounts.EmailTaken, Assert.Single(here.Errors).Message);
        }

        // Through the page too: the administrator reads the neutral words.
        var client = await app.SignedInAsync(admin);
        var url = $"/staff/{org.Slug}/staff";
        var form = await client.PostFormAsync(url, url, [new("Form.Email", other[OrgRole.Auditor].Email), new("Form.DisplayName", "ผู้ทดลอง"), new("Form.Roles", "Auditor")]);
        var html = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync());
        Assert.Contains(StaffAccounts.EmailUnusable.Split(" / ")[0], html, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffAccounts.EmailTaken, html, StringComparison.Ordinal);

        await using var check = app.Scope();
        var db = check.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var refusals = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == AuditActions.AccountCreateRefused && a.OrganizationId == org.Id).ToListAsync();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal((admin.Id, (string?)null), (r.UserId, r.EntityId)));
        Assert.Equal(0, await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditActions.AccountCreateRefused && a.OrganizationId == other.Id));
    }

    private static async Task<int> AccountEditsAsync(ProngsaiApp app, string userId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Entity == "StaffUser" && a.EntityId == userId && a.Action == AuditActions.Update);
    }

    private static HttpClient WithCookies(ProngsaiApp app, IEnumerable<(string Name, string Value)> cookies)
    {
        var jar = new CookieContainerHandler();
        foreach (var (name, value) in cookies)
        {
            jar.Container.Add(Base, new Cookie(name, value, "/"));
        }

        return app.CreateDefaultClient(Base, jar);
    }

    private static async Task<Document> SaveAsync(ProngsaiApp app, TestOrg org, string title, int? department)
    {
        var category = await PublishingFixture.CategoryAsync(app, org);
        return await PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            var result = await sp.GetRequiredService<SaveDocument>().RunAsync(null,
                new DocumentInput(title, "สรุป " + title, "<p>เนื้อหา</p>", category, department, 2568), [], [], PublishingFixture.Admin);
            return result.Value ?? throw new InvalidOperationException(result.Errors[0].Message);
        });
    }
}
