using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// A clerk types a long progress report while their session ends (signed out on another device, the cookie expired, a
/// one-time password to replace): pressing save answers a page with what they typed and a button that sends it again
/// once they are signed in again, as themselves. Neither that page nor its button lets anyone else's form through.
/// </summary>
public sealed partial class SignedOutFormHttpTests
{
    private const string Report = "ประชุมชี้แจงเจ้าหน้าที่ทุกกอง <b>ครั้งที่ 2</b> & แจกคู่มือ\nบรรทัดที่สอง: สรุปผลการประชุม";
    private const string EvidenceTitle = "รายงานการประชุม";
    private const string PasswordValue = "Never-Echo-This-2569";

    [GeneratedRegex("<input\\s+type=\"hidden\"\\s+name=\"([^\"]*)\"\\s+value=\"([^\"]*)\"\\s*/?>")]
    private static partial Regex HiddenField();

    [GeneratedRegex("<input\\s+([^>]*)>")]
    private static partial Regex Input();

    [GeneratedRegex("(\\w[\\w-]*)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [Theory, Providers]
    public async Task A_form_sent_after_signing_out_elsewhere_shows_the_text_and_is_saved_when_sent_again_after_signing_in(DbProvider provider)
    {
        var (app, org, stepUrl) = await StepAsync(provider);
        var member = org[OrgRole.OrgAdmin];
        var clerk = app.Client();
        await SignInAsync(clerk, member.Email, member.Password);
        var form = await ProgressFormAsync(clerk, stepUrl);

        // Meanwhile, on another device, the member signs out: every session of theirs ends.
        var phone = await app.SignedInAsync(member);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.PostFormAsync($"/staff/{org.Slug}", "/staff/signout", [])).StatusCode);

        using var refused = await SendProgressAsync(clerk, stepUrl, form, withFile: true);
        var raw = await refused.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(raw);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        Assert.Contains("no-store", refused.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("noindex", string.Join(",", refused.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", raw, StringComparison.Ordinal);
        Assert.Contains("คุณออกจากระบบแล้ว ข้อมูลยังไม่ได้บันทึก", html, StringComparison.Ordinal);

        // What was typed, under the labels of the form, encoded (the page shows text, never the markup in it).
        Assert.Contains("<dt>รายละเอียดการดำเนินการ</dt>", raw, StringComparison.Ordinal);
        Assert.Contains("<dt>วันที่ดำเนินการ</dt>", raw, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"typed-value\">24/11/2567</dd>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;ครั้งที่ 2&lt;/b&gt; &amp; แจกคู่มือ", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>ครั้งที่ 2</b>", raw, StringComparison.Ordinal);
        Assert.Contains(EvidenceTitle, html, StringComparison.Ordinal);
        // The page's own bookkeeping is not shown as text; a password never appears at all.
        Assert.DoesNotContain($"<dd class=\"typed-value\">{form["__Submission"]}</dd>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswordValue, html, StringComparison.Ordinal);
        // The file must be chosen again.
        Assert.Contains("ต้องเลือกไฟล์ใหม่", html, StringComparison.Ordinal);
        Assert.Contains("หลักฐาน.pdf", html, StringComparison.Ordinal);

        // Signing in opens in a new tab and comes back to the form's page.
        Assert.Contains($"id=\"sign-in\" href=\"/staff/signin?ReturnUrl={Uri.EscapeDataString(stepUrl)}\" target=\"_blank\"", raw, StringComparison.Ordinal);
        var again = ResendForm(raw);
        Assert.Equal(stepUrl + "/Progress", again.Action);
        Assert.Equal(form["__RequestVerificationToken"], Assert.Single(again.Fields, f => f.Key == "__RequestVerificationToken").Value);
        Assert.Equal(Report, Assert.Single(again.Fields, f => f.Key == "Text").Value);
        Assert.DoesNotContain(again.Fields, f => f.Key.Contains("Password", StringComparison.Ordinal));
        Assert.Equal(0, await EntriesAsync(app, org));

        // A page asked for is still sent to the sign-in form.
        using (var page = await clerk.GetAsync(stepUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/staff/signin?ReturnUrl=", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        // Signed in again (the other tab shares the cookies), the button sends the same fields: saved.
        await SignInAsync(clerk, member.Email, member.Password);
        using var sent = await PostAsync(clerk, again);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(stepUrl, sent.Headers.Location?.OriginalString);
        var entry = await app.QueryAsync(db => db.ProgressEntries.IgnoreQueryFilters().Where(p => p.OrganizationId == org.Id).SingleAsync());
        // Stored as the step page stores any text (MeasureText: "&" as an entity), every line of it.
        Assert.Contains("แจกคู่มือ", entry.Text, StringComparison.Ordinal);
        Assert.Contains("บรรทัดที่สอง: สรุปผลการประชุม", entry.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 24), entry.Date);
    }

    [Theory, Providers]
    public async Task The_button_is_refused_for_another_account_and_a_strangers_cross_site_form_makes_nothing_happen(DbProvider provider)
    {
        var (app, org, stepUrl) = await StepAsync(provider);
        var member = org[OrgRole.OrgAdmin];
        var clerk = app.Client();
        await SignInAsync(clerk, member.Email, member.Password);
        var form = await ProgressFormAsync(clerk, stepUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.PostFormAsync($"/staff/{org.Slug}", "/staff/signout", [])).StatusCode);

        using var refused = await SendProgressAsync(clerk, stepUrl, form, withFile: false);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var again = ResendForm(await refused.Content.ReadAsStringAsync());

        // Someone else signs in on this computer and presses the button: their session does not own the token.
        var colleague = org[OrgRole.Executive];
        await SignInAsync(clerk, colleague.Email, colleague.Password);
        using (var other = await PostAsync(clerk, again))
        {
            Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
            Assert.Contains("หน้าแบบฟอร์มหมดอายุ", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // A stranger's page posts to the staff address while the member is signed out (or, cross-site, without the
        // cookie): the answer echoes the stranger's text, encoded, and its button carries the stranger's token only.
        var victim = app.Client();
        await SignInAsync(victim, member.Email, member.Password);
        await victim.GetStringAsync(stepUrl); // the victim's own antiforgery cookie
        Assert.Equal(HttpStatusCode.Redirect, (await victim.PostFormAsync($"/staff/{org.Slug}", "/staff/signout", [])).StatusCode);
        using var forged = await victim.PostAsync(stepUrl + "/Progress", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", "forged"), new("Date", "24/11/2567"), new("Text", "<script>alert(1)</script> ปลอม")]));
        var forgedHtml = await forged.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", forgedHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; ปลอม", forgedHtml, StringComparison.Ordinal);
        var planted = ResendForm(forgedHtml);
        await SignInAsync(victim, member.Email, member.Password);
        using (var pressed = await PostAsync(victim, planted))
        {
            Assert.Equal(HttpStatusCode.BadRequest, pressed.StatusCode);
        }

        // Without any token, likewise.
        using (var bare = await PostAsync(victim, planted with { Fields = planted.Fields.Where(f => f.Key != "__RequestVerificationToken").ToList() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        }

        Assert.Equal(0, await EntriesAsync(app, org));
    }

    [Fact]
    public async Task Passwords_are_never_echoed_and_an_oversized_form_shows_what_fits_with_no_button()
    {
        var app = Apps.For(DbProvider.Sqlite);
        var org = await TestOrg.CreateAsync(app);
        var browser = app.Client();
        await browser.GetStringAsync("/staff/signin");

        // The password page, signed out: nothing of it comes back.
        using (var password = await browser.PostAsync("/staff/account/password", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", "t"), new("Current", "Current-Secret-2569"), new("New", "New-Secret-2569x"), new("Repeat", "New-Secret-2569x")])))
        {
            var html = await password.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Unauthorized, password.StatusCode);
            Assert.DoesNotContain("Secret-2569", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"send-again\"", html, StringComparison.Ordinal);
        }

        // Any page: a field named as a password is left out, shown and sent again alike.
        var url = $"/staff/{org.Slug}/circulars/new";
        using (var named = await browser.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", "t"), new("Input.Title", "หนังสือเวียนทดสอบ"), new("Input.NewPassword", PasswordValue)])))
        {
            var html = await named.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Unauthorized, named.StatusCode);
            Assert.Contains("หนังสือเวียนทดสอบ", html, StringComparison.Ordinal);
            Assert.DoesNotContain(PasswordValue, html, StringComparison.Ordinal);
        }

        // Far more than any form holds: a part is shown, the page stays small, and nothing can be sent again from it.
        // 400 KB of Thai (a form reader's 4 MB limit counts the percent-encoded value, so well under it).
        var huge = string.Concat(Enumerable.Repeat("ข้อความยาวมาก ", 10_000));
        using (var oversized = await browser.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", "t"), new("Input.Title", "ชื่อเรื่อง"), new("Input.Body", huge)])))
        {
            var html = WebUtility.HtmlDecode(await oversized.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Unauthorized, oversized.StatusCode);
            Assert.Contains("ชื่อเรื่อง", html, StringComparison.Ordinal);
            Assert.Contains("ข้อความยาวเกินกว่าที่หน้านี้แสดงได้", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"send-again\"", html, StringComparison.Ordinal);
            Assert.True(Encoding.UTF8.GetByteCount(html) < 3 * TypedForm.MaxBytes, $"{Encoding.UTF8.GetByteCount(html)} bytes");
        }

        // A bare POST (no form: nothing typed to keep) is sent to sign in as before.
        using (var bare = await browser.PostAsync(url, null))
        {
            Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        }
    }

    [Theory, Providers]
    public async Task A_form_sent_while_a_one_time_password_waits_keeps_its_text_and_is_saved_after_the_change(DbProvider provider)
    {
        var (app, org, stepUrl) = await StepAsync(provider);
        var member = org[OrgRole.OrgAdmin];
        var clerk = app.Client();
        await SignInAsync(clerk, member.Email, member.Password);
        var form = await ProgressFormAsync(clerk, stepUrl);
        await app.RunAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == member.Id);
            user.MustChangePassword = true;
            await db.SaveChangesAsync();
        });

        using var refused = await SendProgressAsync(clerk, stepUrl, form, withFile: false);
        var raw = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("no-store", refused.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("ต้องเปลี่ยนรหัสผ่านก่อน ข้อมูลยังไม่ได้บันทึก", WebUtility.HtmlDecode(raw), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;ครั้งที่ 2&lt;/b&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("id=\"sign-in\" href=\"/staff/account/password?first=true\" target=\"_blank\"", raw, StringComparison.Ordinal);
        Assert.Equal(0, await EntriesAsync(app, org));

        const string Chosen = "Own-Password-2569x";
        using (var changed = await clerk.PostFormAsync("/staff/account/password", "/staff/account/password",
            [new("Current", member.Password), new("New", Chosen), new("Repeat", Chosen)]))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        using var sent = await PostAsync(clerk, ResendForm(raw));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await EntriesAsync(app, org));
    }

    [Theory, Providers]
    public async Task An_expired_staff_form_shows_what_was_typed_without_a_button_to_send_it_again(DbProvider provider)
    {
        var (app, org, stepUrl) = await StepAsync(provider);
        var clerk = app.Client();
        await SignInAsync(clerk, org[OrgRole.OrgAdmin].Email, org[OrgRole.OrgAdmin].Password);
        var form = await ProgressFormAsync(clerk, stepUrl);
        form["__RequestVerificationToken"] = "expired-token";

        using var refused = await SendProgressAsync(clerk, stepUrl, form, withFile: false);
        var raw = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("หน้าแบบฟอร์มหมดอายุ", WebUtility.HtmlDecode(raw), StringComparison.Ordinal);
        Assert.Contains("<dt>รายละเอียดการดำเนินการ</dt>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;ครั้งที่ 2&lt;/b&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("no-store", refused.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", raw, StringComparison.Ordinal);
        Assert.Contains($"id=\"back-to-form\" href=\"{stepUrl}\"", raw, StringComparison.Ordinal);
        // Its token would be refused again: no button, no sign-in link.
        Assert.DoesNotContain("id=\"send-again\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sign-in\"", raw, StringComparison.Ordinal);
        Assert.Equal(0, await EntriesAsync(app, org));
    }

    /// <summary>A new organization with the seed report's measures, and the address of its first step.</summary>
    private static async Task<(ProngsaiApp App, TestOrg Org, string StepUrl)> StepAsync(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var imported = await scope.ServiceProvider.GetRequiredService<ImportReport>()
                .RunAsync(new ImportReportRequest(StaffActor.System(), new MemoryStream(SeedFixture.Bytes()), 2567));
            Assert.True(imported.Succeeded);
        }

        var step = await app.QueryAsync(db => db.MeasureSteps.IgnoreQueryFilters().Where(s => s.OrganizationId == org.Id)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        return (app, org, $"/staff/{org.Slug}/measures/step/{step}");
    }

    private static Task<int> EntriesAsync(ProngsaiApp app, TestOrg org) =>
        app.QueryAsync(db => db.ProgressEntries.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == org.Id));

    private static async Task SignInAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The hidden fields of the step's progress form, as the browser holds them.</summary>
    private static async Task<Dictionary<string, string>> ProgressFormAsync(HttpClient client, string stepUrl)
    {
        var html = await client.GetStringAsync(stepUrl);
        var start = html.IndexOf("enctype=\"multipart/form-data\"", StringComparison.Ordinal);
        Assert.True(start > 0, "the step page has no progress form");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(form))
        {
            var attributes = Attribute().Matches(input.Groups[1].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (attributes.GetValueOrDefault("type") == "hidden")
            {
                fields[attributes["name"]] = attributes["value"];
            }
        }

        Assert.Contains("__RequestVerificationToken", fields.Keys);
        Assert.Contains("__Submission", fields.Keys);
        Assert.Contains(FormGuide.FieldName, fields.Keys);
        return fields;
    }

    /// <summary>Sends the progress form as the browser does (multipart), with what the clerk typed.</summary>
    private static async Task<HttpResponseMessage> SendProgressAsync(HttpClient client, string stepUrl, Dictionary<string, string> hidden, bool withFile)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in hidden)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent("24/11/2567"), "Date");
        content.Add(new StringContent(Report), "Text");
        content.Add(new StringContent("https://example.go.th/meeting-2"), "Link");
        content.Add(new StringContent(EvidenceTitle), "EvidenceTitle");
        // A field no form of this page has, named as a password: it must never come back.
        content.Add(new StringContent(PasswordValue), "Password");
        if (withFile)
        {
            content.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")), "Upload", "หลักฐาน.pdf");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, stepUrl + "/Progress") { Content = content };
        request.Headers.Referrer = new Uri("http://localhost" + stepUrl);
        return await client.SendAsync(request);
    }

    private sealed record Resend(string Action, bool Multipart, IReadOnlyList<KeyValuePair<string, string>> Fields);

    /// <summary>The "send it again" form of the page, as the browser would send it.</summary>
    private static Resend ResendForm(string html)
    {
        var start = html.IndexOf("<form method=\"post\" action=\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no form to send again");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        Assert.Contains("id=\"send-again\"", form, StringComparison.Ordinal);
        var action = WebUtility.HtmlDecode(Regex.Match(form, "action=\"([^\"]*)\"").Groups[1].Value);
        var fields = HiddenField().Matches(form)
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
        return new Resend(action, form.Contains("multipart/form-data", StringComparison.Ordinal), fields);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Resend form)
    {
        HttpContent content;
        if (form.Multipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in form.Fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(form.Fields);
        }

        using (content)
        {
            return await client.PostAsync(form.Action, content);
        }
    }
}
