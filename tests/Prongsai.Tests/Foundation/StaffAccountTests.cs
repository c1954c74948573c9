using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

public sealed class StaffAccountTests
{
    [Theory, Providers]
    public async Task Staff_sign_in_lands_on_their_dashboard_and_is_audited(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        var landing = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal($"/staff/{org.Slug}", landing.Headers.Location?.OriginalString);
        var dashboard = await client.GetStringAsync($"/staff/{org.Slug}");
        Assert.Contains("ภาพรวม", dashboard, StringComparison.Ordinal);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.OrganizationId == org.Id && a.Action == AuditActions.SignIn && a.UserId == org[OrgRole.OrgAdmin].Id));
    }

    [Theory, Providers]
    public async Task Wrong_passwords_block_that_account_from_that_address_only(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var victim = org[OrgRole.Auditor];
        var client = app.Client();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", victim.Email), new("Password", "wrong-password-" + i)]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        }

        var blocked = await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", victim.Email), new("Password", victim.Password)]);
        Assert.Contains("ใส่รหัสผ่านผิดหลายครั้งจากเครื่องนี้", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Same client address, another account: still fine.
        await app.SignedInAsync(org[OrgRole.Executive]);
    }

    [Fact]
    public async Task An_empty_sign_in_form_gets_Thai_validation_messages()
    {
        var client = Apps.For(DbProvider.Sqlite).Client();
        var response = await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", ""), new("Password", "")]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("กรุณากรอกอีเมล", html, StringComparison.Ordinal);
        Assert.Contains("กรุณากรอกรหัสผ่าน", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var client = Apps.For(DbProvider.Sqlite).Client();
        var response = await client.PostAsync("/staff/signin", new FormUrlEncodedContent([new("Email", "a@b.c"), new("Password", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, Providers]
    public async Task OrgAdmin_creates_an_account_with_a_one_time_password_that_must_be_changed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var email = $"new@{org.Slug}.test";
        var created = await admin.PostFormAsync($"/staff/{org.Slug}/staff", $"/staff/{org.Slug}/staff",
            [new("Form.DisplayName", "นางสาวทดสอบ ใจดี"), new("Form.Email", email), new("Form.Roles", "DepartmentStaff"), new("Form.DepartmentIds", org.Departments[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await admin.GetStringAsync($"/staff/{org.Slug}/staff");
        var password = System.Text.RegularExpressions.Regex.Match(page, "<span class=\"secret\">([^<]+)</span>").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password));
        password = System.Net.WebUtility.HtmlDecode(password);

        var newcomer = app.Client();
        var signIn = await newcomer.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", email), new("Password", password)]);
        Assert.Equal("/staff/account/password?first=true", signIn.Headers.Location?.OriginalString);

        // The page the sign-in leads to asks for a new password, and its form (posted back to the same address,
        // query included) changes it.
        var first = "/staff/account/password?first=true";
        Assert.Contains("กรุณาตั้งรหัสผ่านของคุณเองก่อนใช้งาน", await newcomer.GetStringAsync(first), StringComparison.Ordinal);
        var changed = await newcomer.PostFormAsync(first, first, [new("Current", password), new("New", "Newcomer-Own-2567"), new("Repeat", "Newcomer-Own-2567")]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("เปลี่ยนรหัสผ่านแล้ว", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Invalid_staff_form_shows_Thai_messages_and_creates_nothing(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var response = await admin.PostFormAsync($"/staff/{org.Slug}/staff", $"/staff/{org.Slug}/staff",
            [new("Form.DisplayName", ""), new("Form.Email", "not-an-email")]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("รูปแบบอีเมลไม่ถูกต้อง", html, StringComparison.Ordinal);
        Assert.Contains("กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"Form_Email-error\" class=\"field-error\">รูปแบบอีเมลไม่ถูกต้อง</span>", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"Form_Email\"[^>]*aria-invalid=\"true\" aria-describedby=\"Form_Email-error\"", html);
        Assert.Matches("<input id=\"Form_DisplayName\"[^>]*aria-invalid=\"true\" aria-describedby=\"Form_DisplayName-error\"", html);
        await using var scope = app.Scope();
        Assert.Equal(Enum.GetValues<OrgRole>().Length, await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Users.CountAsync(u => u.OrganizationId == org.Id));
    }

    [Theory, Providers]
    public async Task A_department_role_without_a_department_is_refused_in_thai_keeping_what_was_typed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var response = await admin.PostFormAsync($"/staff/{org.Slug}/staff", $"/staff/{org.Slug}/staff",
            [new("Form.DisplayName", "นายไม่มี สังกัด"), new("Form.Email", "nodept@example.test"), new("Form.Roles", "DepartmentStaff")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ต้องเลือกส่วนราชการที่สังกัดอย่างน้อยหนึ่งแห่ง", html, StringComparison.Ordinal);
        Assert.Contains("value=\"นายไม่มี สังกัด\"", html, StringComparison.Ordinal);
        await using var scope = app.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Users.AnyAsync(u => u.Email == "nodept@example.test"));
    }

    [Theory, Providers]
    public async Task Only_permitted_roles_reach_staff_management(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        foreach (var role in Enum.GetValues<OrgRole>())
        {
            var client = await app.SignedInAsync(org[role]);
            // Everyone in the back office reads the account page (ViewBackOffice); only ManageStaff changes it.
            var memberPage = $"/staff/{org.Slug}/staff/{org[OrgRole.Auditor].Id}";
            var response = await client.GetAsync(memberPage);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} reading: {response.StatusCode}");
            // A reset of an account that does not exist: refused (403) before it is looked up unless the role may (404).
            var reset = await client.PostFormAsync(memberPage, $"/staff/{org.Slug}/staff/no-such-account?handler=Reset", []);
            var expected = Prongsai.Core.Features.FeatureRegistry.Current.Allows([role], OrganizationPermissions.ManageStaff) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
            Assert.True(expected == reset.StatusCode, $"{role} resetting: {reset.StatusCode}");

            var audit = await client.GetAsync($"/staff/{org.Slug}/audit");
            var auditExpected = Prongsai.Core.Features.FeatureRegistry.Current.Allows([role], OrganizationPermissions.ViewAuditTrail) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(auditExpected == audit.StatusCode, $"{role} audit: {audit.StatusCode}");
        }
    }

    [Theory, Providers]
    public async Task Granting_ComplaintOfficer_is_audited_and_tells_every_OrgAdmin(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var target = org[OrgRole.DepartmentStaff];
        var url = $"/staff/{org.Slug}/staff/{target.Id}";
        var response = await admin.PostFormAsync(url, url + "?handler=Roles",
            [new("Form.Roles", "DepartmentStaff"), new("Form.Roles", "ComplaintOfficer"), new("Form.DepartmentIds", org.Departments[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var entry = await db.AuditEntries.Where(a => a.OrganizationId == org.Id && a.Action == AuditActions.PermissionChange && a.EntityId == target.Id).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Contains("ComplaintOfficer", entry.Changes, StringComparison.Ordinal);
        Assert.Equal(org[OrgRole.OrgAdmin].Email, entry.UserName);
        var notes = await db.StaffNotifications.IgnoreQueryFilters().Where(n => n.OrganizationId == org.Id).ToListAsync();
        Assert.Contains(notes, n => n.UserId == org[OrgRole.OrgAdmin].Id && n.Text.Contains("เจ้าหน้าที่รับเรื่องร้องเรียน", StringComparison.Ordinal));
        // The granter is named as colleagues know them (the display name given at creation), not by e-mail.
        var granted = notes.First(n => n.Text.EndsWith($"ให้แก่ {OrgRole.DepartmentStaff} {org.Slug}", StringComparison.Ordinal));
        Assert.StartsWith($"{OrgRole.OrgAdmin} {org.Slug} ได้มอบบทบาท", granted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(org[OrgRole.OrgAdmin].Email, granted.Text, StringComparison.Ordinal);

        var dashboard = await admin.GetStringAsync($"/staff/{org.Slug}");
        Assert.Contains("เจ้าหน้าที่รับเรื่องร้องเรียน", dashboard, StringComparison.Ordinal);
        // The notification leads to the account that was given the role.
        Assert.Contains($"href=\"/staff/{org.Slug}/staff/{target.Id}\"", dashboard, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_audit_trail_records_before_and_after_but_never_contact_details(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var department = org.Departments[1];
        var page = $"/staff/{org.Slug}/departments";
        var renamed = await admin.PostFormAsync(page, $"{page}?handler=Rename&id={department.Id}", [new("name", "กองคลังใหม่")]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var entry = await db.AuditEntries.Where(a => a.OrganizationId == org.Id && a.Entity == "Department" && a.Action == AuditActions.Update).SingleAsync();
        Assert.Contains("กองคลัง", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("กองคลังใหม่", entry.Changes, StringComparison.Ordinal);
        Assert.Equal(org[OrgRole.OrgAdmin].Email, entry.UserName);

        var userEntries = await db.AuditEntries.Where(a => a.OrganizationId == org.Id && a.Entity == "StaffUser").Select(a => a.Changes).ToListAsync();
        Assert.NotEmpty(userEntries);
        Assert.DoesNotContain(userEntries, c => c != null && c.Contains($"@{org.Slug}.test", StringComparison.Ordinal));

        var csv = await admin.GetStringAsync($"/staff/{org.Slug}/audit?handler=Csv");
        Assert.Contains("กองคลังใหม่", csv, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Simultaneous_creates_of_the_same_department_give_one_row_and_conflicts_not_errors(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var token = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orgs/{org.Slug}/departments")
            {
                Content = new StringContent("{\"name\":\"กองพร้อมกัน\"}", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("RequestVerificationToken", token);
            return (await admin.SendAsync(request)).StatusCode;
        }));

        Assert.Single(responses, s => s == HttpStatusCode.Created);
        Assert.All(responses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.Equal(1, await db.Departments.IgnoreQueryFilters().CountAsync(d => d.OrganizationId == org.Id && d.Name == "กองพร้อมกัน"));
    }

    [Fact]
    public async Task Malformed_json_to_the_api_is_a_400_problem()
    {
        var app = Apps.For(DbProvider.Sqlite);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var token = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orgs/{org.Slug}/departments")
        {
            Content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var invalid = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orgs/{org.Slug}/departments")
        {
            Content = new StringContent("{\"name\": \"\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        invalid.Headers.Add("RequestVerificationToken", token);
        var validation = await admin.SendAsync(invalid);
        Assert.Equal(HttpStatusCode.BadRequest, validation.StatusCode);
        Assert.Contains("กรุณาระบุชื่อส่วนราชการ", await validation.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orgs/{org.Slug}/departments")
        {
            Content = new StringContent("{\"name\": \"กองใหม่\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.SendAsync(forged)).StatusCode);
    }
}
