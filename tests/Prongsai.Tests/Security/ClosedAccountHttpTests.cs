using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Circulars;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Organizations.SignIn;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Security;

/// <summary>
/// A closed account through the real app on both databases: a session it still holds is refused at its very next
/// request, signing in again tells only the right password that the account was closed, the confirmation page asks
/// before anything changes and only the OrgAdmin sees it, and reopening hands over a one-time password that signs in.
/// </summary>
public sealed partial class ClosedAccountHttpTests
{
    private const string Reason = "ย้ายไปสังกัดเทศบาลเมืองชลบุรี";

    [GeneratedRegex("<span class=\"secret\">([^<]+)</span>")]
    private static partial Regex Secret();

    [Theory, Providers]
    public async Task A_session_in_use_is_refused_at_its_next_request_once_the_account_is_closed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var name = $"DepartmentStaff {org.Slug}";
        var title = "แนวทางการไม่รับของขวัญ " + org.Slug;
        await IssueToEveryoneAsync(app, org, title);

        // Client A: the member at work, reading the dashboard and the circular sent to them.
        var memberClient = await app.SignedInAsync(member);
        Assert.Contains(name, await memberClient.GetStringAsync($"/staff/{org.Slug}"), StringComparison.Ordinal);
        Assert.Contains(title, await memberClient.GetStringAsync($"/staff/{org.Slug}/circulars"), StringComparison.Ordinal);

        // Client B: the OrgAdmin closes the account through the confirmation page's form.
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var memberUrl = $"/staff/{org.Slug}/staff/{member.Id}";
        var closeUrl = memberUrl + "/close";
        var closed = await admin.PostFormAsync(closeUrl, closeUrl, [new("Reason", Reason)]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(memberUrl, closed.Headers.Location?.OriginalString);
        var memberPage = await admin.GetStringAsync(memberUrl);
        Assert.Contains("บัญชีนี้ปิดแล้วเมื่อ", memberPage, StringComparison.Ordinal);
        Assert.Contains("เปิดบัญชีอีกครั้ง", memberPage, StringComparison.Ordinal);

        // Client A's very next requests: sent to sign in (the cookie is refused and deleted), with nothing of the back
        // office in the answer.
        foreach (var url in new[] { $"/staff/{org.Slug}", $"/staff/{org.Slug}/circulars", $"/staff/{org.Slug}/circulars?filter=WaitingForMe", memberUrl })
        {
            using var response = await memberClient.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            Assert.Contains("/staff/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
            Assert.DoesNotContain(title, html, StringComparison.Ordinal);
            Assert.DoesNotContain("หนังสือแจ้งเวียนภายในหน่วยงาน", html, StringComparison.Ordinal);
        }

        // The landing page treats the session as nobody and sends it to sign in.
        using (var landing = await memberClient.GetAsync("/staff"))
        {
            Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
            Assert.Contains("/staff/signin", landing.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        // Nor can the old session reach the form that chooses a new password for the closed account.
        using (var change = await memberClient.GetAsync("/staff/account/password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
            Assert.Contains("/staff/signin", change.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        Assert.True(await PasswordIsAsync(app, member.Id, member.Password));

        // The trail names who closed it and why.
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == member.Id);
            Assert.NotNull(user.ClosedAt);
            Assert.Equal($"OrgAdmin {org.Slug}", user.ClosedBy);
            Assert.Equal(0, await db.StaffRoles.IgnoreQueryFilters().CountAsync(r => r.UserId == member.Id));
            Assert.Equal(0, await db.StaffDepartments.IgnoreQueryFilters().CountAsync(d => d.UserId == member.Id));
            var entry = await db.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.EntityId == member.Id && a.Action == AuditActions.AccountClose);
            Assert.Equal((org.Id, org[OrgRole.OrgAdmin].Id, org[OrgRole.OrgAdmin].Email), (entry.OrganizationId, entry.UserId, entry.UserName));
            Assert.Contains(Reason, entry.Changes, StringComparison.Ordinal);
            Assert.Contains("DepartmentStaff", entry.Changes, StringComparison.Ordinal);
        }

        // Signing in again through the form, on the same browser: the right password learns the account was closed,
        // and gets no session.
        var again = await SignInFormAsync(memberClient, member.Email, member.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains(StaffSignIn.AccountClosed, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await memberClient.GetAsync($"/staff/{org.Slug}")).StatusCode);

        // From a fresh browser: the right password is told; a wrong one reads like every other failure.
        var fresh = app.Client();
        var right = WebUtility.HtmlDecode(await (await SignInFormAsync(fresh, member.Email, member.Password)).Content.ReadAsStringAsync());
        Assert.Contains(StaffSignIn.AccountClosed, right, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffSignIn.WrongCredentials, right, StringComparison.Ordinal);
        var signedOut = await fresh.GetAsync($"/staff/{org.Slug}");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/staff/signin", signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var wrong = WebUtility.HtmlDecode(await (await SignInFormAsync(app.Client(), member.Email, "Wrong-Password-2568")).Content.ReadAsStringAsync());
        Assert.Contains(StaffSignIn.WrongCredentials, wrong, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffSignIn.AccountClosed.Split(" / ")[0], wrong, StringComparison.Ordinal);

        // The use case itself: exactly those messages, and the failures are in the trail.
        await using (var scope = app.Scope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<StaffSignIn>();
            var rightPassword = await signIn.SignInAsync(new SignInRequest(member.Email, member.Password, "203.0.113.40"));
            Assert.Equal(StaffSignIn.AccountClosed, Assert.Single(rightPassword.Errors).Message);
            var wrongPassword = await signIn.SignInAsync(new SignInRequest(member.Email, "Wrong-Password-2568", "203.0.113.40"));
            Assert.Equal(StaffSignIn.WrongCredentials, Assert.Single(wrongPassword.Errors).Message);
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            // Two right passwords through the form, a wrong one, and the two above.
            Assert.Equal(5, await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.UserId == member.Id && a.Action == AuditActions.SignInFailed));
        }
    }

    [Theory, Providers]
    public async Task The_confirmation_page_names_the_member_changes_nothing_and_is_the_OrgAdmins_alone(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var memberUrl = $"/staff/{org.Slug}/staff/{member.Id}";
        var closeUrl = memberUrl + "/close";
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        using (var page = await admin.GetAsync(closeUrl))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains($"DepartmentStaff {org.Slug}", html, StringComparison.Ordinal);
            Assert.Contains("ยืนยันการปิดบัญชีเจ้าหน้าที่", html, StringComparison.Ordinal);
            Assert.Contains(OrgRole.DepartmentStaff.Thai(), html, StringComparison.Ordinal);
        }

        Assert.True(await IsOpenWithItsRoleAsync(app, member));
        // The member page offers the way there.
        Assert.Contains($"href=\"{closeUrl}\"", await admin.GetStringAsync(memberUrl), StringComparison.Ordinal);

        // Everyone else is refused the question as well as the answer — the member themself included.
        foreach (var role in new[] { OrgRole.DepartmentStaff, OrgRole.DepartmentHead, OrgRole.Executive, OrgRole.ComplaintOfficer, OrgRole.Auditor })
        {
            var client = await app.SignedInAsync(org[role]);
            Assert.True((await client.GetAsync(closeUrl)).StatusCode == HttpStatusCode.Forbidden, $"{role} reading");
            // Their post, with a real token from a page they may read, is refused too.
            var post = await client.PostFormAsync(memberUrl, closeUrl, [new("Reason", "ลองปิด")]);
            Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"{role} posting: {(int)post.StatusCode}");
        }

        Assert.True(await IsOpenWithItsRoleAsync(app, member));

        // Unknown accounts and another organization's: not found, from the page and its form.
        var other = await TestOrg.CreateAsync(app);
        foreach (var url in new[] { $"/staff/{org.Slug}/staff/no-such-account/close", $"/staff/{org.Slug}/staff/{other[OrgRole.DepartmentStaff].Id}/close" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync(closeUrl, url, [new("Reason", Reason)])).StatusCode);
        }

        Assert.True(await IsOpenWithItsRoleAsync(app, other[OrgRole.DepartmentStaff]));

        // The OrgAdmin's own account: the form says why not, beside the reason.
        var ownUrl = $"/staff/{org.Slug}/staff/{org[OrgRole.OrgAdmin].Id}/close";
        var own = await admin.PostFormAsync(ownUrl, ownUrl, [new("Reason", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Contains("ปิดบัญชีของตัวเองไม่ได้", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await IsOpenWithItsRoleAsync(app, org[OrgRole.OrgAdmin]));

        // Once closed, the confirmation page sends back to the account, which says so.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(closeUrl, closeUrl, [new("Reason", Reason)])).StatusCode);
        using var afterwards = await admin.GetAsync(closeUrl);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal(memberUrl, afterwards.Headers.Location?.OriginalString);
        Assert.False(await IsOpenWithItsRoleAsync(app, member));
    }

    [Theory, Providers]
    public async Task Reopening_from_the_account_page_hands_over_a_one_time_password_that_signs_in(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var memberUrl = $"/staff/{org.Slug}/staff/{member.Id}";
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        // A session the member still holds from before the account was closed.
        var stale = await app.SignedInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await stale.GetAsync($"/staff/{org.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(memberUrl + "/close", memberUrl + "/close", [new("Reason", Reason)])).StatusCode);

        // Closed, it is given neither roles nor a password from its page.
        var roles = await admin.PostFormAsync(memberUrl, memberUrl + "?handler=Roles", [new("Form.Roles", "DepartmentStaff")]);
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Contains("จึงจะกำหนดสิทธิ์หรือตั้งรหัสผ่านได้", await roles.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reset = await admin.PostFormAsync(memberUrl, memberUrl + "?handler=Reset", []);
        // The refusal is said on the page it came from (the page may have been opened before someone closed the account).
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var afterReset = await admin.GetStringAsync(memberUrl);
        Assert.Contains("จึงจะกำหนดสิทธิ์หรือตั้งรหัสผ่านได้", afterReset, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"secret\"", afterReset, StringComparison.Ordinal);
        Assert.False(await IsOpenWithItsRoleAsync(app, member));

        // Reopening without a role is refused beside the roles.
        var none = await admin.PostFormAsync(memberUrl, memberUrl + "?handler=Reopen", []);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone else in the back office may not reopen it.
        var head = await app.SignedInAsync(org[OrgRole.DepartmentHead]);
        var refused = await head.PostFormAsync(memberUrl, memberUrl + "?handler=Reopen", [new("Form.Roles", "DepartmentStaff")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await IsOpenWithItsRoleAsync(app, member));

        var department = org.Departments[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reopened = await admin.PostFormAsync(memberUrl, memberUrl + "?handler=Reopen", [new("Form.Roles", "DepartmentStaff"), new("Form.DepartmentIds", department)]);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var page = await admin.GetStringAsync(memberUrl);
        var password = WebUtility.HtmlDecode(Secret().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(password));
        Assert.DoesNotContain("บัญชีนี้ปิดแล้วเมื่อ", page, StringComparison.Ordinal);

        // The old password no longer opens it; the one-time password does, and must be changed first.
        var old = WebUtility.HtmlDecode(await (await SignInFormAsync(app.Client(), member.Email, member.Password)).Content.ReadAsStringAsync());
        Assert.Contains(StaffSignIn.WrongCredentials, old, StringComparison.Ordinal);
        var back = app.Client();
        var signIn = await SignInFormAsync(back, member.Email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/staff/account/password?first=true", signIn.Headers.Location?.OriginalString);
        var first = "/staff/account/password?first=true";
        var changed = await back.PostFormAsync(first, first, [new("Current", password), new("New", "Back-Again-2568xyz"), new("Repeat", "Back-Again-2568xyz")]);
        Assert.Contains("เปลี่ยนรหัสผ่านแล้ว", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"DepartmentStaff {org.Slug}", await back.GetStringAsync($"/staff/{org.Slug}"), StringComparison.Ordinal);
        // The session from before the closing stays dead after the reopening: its security stamp is the old one.
        Assert.Equal(HttpStatusCode.Redirect, (await stale.GetAsync($"/staff/{org.Slug}")).StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.Equal([org.Departments[1].Id], await db.StaffDepartments.IgnoreQueryFilters().Where(d => d.UserId == member.Id).Select(d => d.DepartmentId).ToListAsync());
        Assert.True(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.EntityId == member.Id && a.Action == AuditActions.AccountReopen && a.UserId == org[OrgRole.OrgAdmin].Id));
    }

    /// <summary>A circular to everyone, issued by the organization's OrgAdmin (as the issuing form would).</summary>
    private static async Task IssueToEveryoneAsync(ProngsaiApp app, TestOrg org, string title)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var issuer = new StaffActor(org[OrgRole.OrgAdmin].Id, $"OrgAdmin {org.Slug}", org.Id, new HashSet<OrgRole> { OrgRole.OrgAdmin }, new HashSet<int>());
        var issued = await scope.ServiceProvider.GetRequiredService<IssueCircular>()
            .RunAsync(issuer, new CircularInput(null, title, "ให้บุคลากรทุกคนถือปฏิบัติ", [], null), null);
        Assert.True(issued.Succeeded, string.Join(" ", issued.Errors.Select(e => e.Message)));
    }

    private static Task<HttpResponseMessage> SignInFormAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", email), new("Password", password)]);

    private static async Task<bool> PasswordIsAsync(ProngsaiApp app, string userId, string password)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(userId))!, password);
    }

    private static async Task<bool> IsOpenWithItsRoleAsync(ProngsaiApp app, TestUser user)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        var roles = await db.StaffRoles.IgnoreQueryFilters().Where(r => r.UserId == user.Id).Select(r => r.Role).ToListAsync();
        return account.ClosedAt is null && account.ClosedBy is null && roles.SequenceEqual([user.Role]);
    }
}
