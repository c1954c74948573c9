using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Requests;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Requests;

/// <summary>What a villager types into the public forms comes back as typed, with a message that fits the mistake.</summary>
public sealed partial class PublicFormInputHttpTests
{
    [Theory, Providers]
    public async Task A_contact_in_Thai_digits_is_a_telephone_number_on_the_complaint_and_question_forms(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var villager = app.Client();
        foreach (var (form, subject) in new[] { ("complaints", "ไฟถนนดับหน้าวัด"), ("qa", "ขอใบอนุญาตก่อสร้างต้องใช้อะไรบ้าง") })
        {
            var url = $"/{org.Slug}/{form}";
            var wrong = await villager.PostFormAsync(url, url, Fields(subject, "xx"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
            Assert.Contains("กรุณากรอกเบอร์โทรศัพท์ (ตัวเลข 9–10 หลัก) หรืออีเมลที่ถูกต้อง", wrongHtml, StringComparison.Ordinal);
            Assert.Contains("value=\"xx\"", wrongHtml, StringComparison.Ordinal);

            var sent = await villager.PostFormAsync(url, url, Fields(subject, "๐๘๑๒๓๔๕๖๗๘"));
            Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        }

        Assert.Equal(2, await app.QueryAsync(db => db.Set<TrackedRequest>().IgnoreQueryFilters().CountAsync(r => r.OrganizationId == org.Id)));
    }

    [GeneratedRegex("<input id=\"Contact\"[^>]*>")]
    private static partial Regex ContactField();

    /// <summary>
    /// "Telephone or e-mail" is a plain text box: most villagers type a telephone number, so a phone shows its usual
    /// keyboard, not the e-mail one, and the browser does not offer the e-mail address as the answer.
    /// </summary>
    [Theory, Providers]
    public async Task The_telephone_or_email_field_is_plain_text_with_no_email_keyboard_or_autofill(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        foreach (var page in new[] { $"/{org.Slug}/qa", $"/{org.Slug}/complaints" }) // the opinion form's: ConsultationHttpTests
        {
            var field = ContactField().Match(await app.Client().GetStringAsync(page)).Value;
            Assert.Contains("type=\"text\"", field, StringComparison.Ordinal);
            Assert.DoesNotContain("inputmode", field, StringComparison.Ordinal);
            Assert.DoesNotContain("email", field, StringComparison.Ordinal);
        }
    }

    /// <summary>Name and contact are required unless the request is anonymous: a hint says so, read with each field.</summary>
    [Theory, Providers]
    public async Task The_name_and_contact_fields_say_they_are_required_unless_anonymous(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        foreach (var page in new[] { $"/{org.Slug}/qa", $"/{org.Slug}/complaints" })
        {
            var html = WebUtility.HtmlDecode(await app.Client().GetStringAsync(page));
            foreach (var field in new[] { "Name", "Contact" })
            {
                var described = Regex.Match(html, $"<input id=\"{field}\"[^>]*aria-describedby=\"([^\"]+)\"").Groups[1].Value;
                Assert.False(string.IsNullOrEmpty(described), $"{page}: {field} names no hint");
                var hints = described.Split(' ').Select(id => Regex.Match(html, $"id=\"{id}\"[^>]*>([^<]*)<").Groups[1].Value);
                Assert.Contains(hints, h => h.Contains("จำเป็น ยกเว้นเมื่อเลือกไม่ประสงค์ออกนาม", StringComparison.Ordinal));
            }
        }
    }

    [Theory, Providers]
    public async Task The_tracking_form_keeps_the_code_and_asks_for_one_when_it_is_empty(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var villager = app.Client();
        var track = $"/{org.Slug}/track";

        var empty = await villager.PostFormAsync(track, track, [new("code", "  ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("กรุณากรอกรหัสติดตาม", emptyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("ไม่พบเรื่อง", emptyHtml, StringComparison.Ordinal);

        var wrong = await villager.PostFormAsync(track, track, [new("code", "XXXX-0000")]);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("ไม่พบเรื่องตามรหัสติดตามนี้", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"XXXX-0000\"", wrongHtml, StringComparison.Ordinal);

        // A status address with a wrong code offers the same form, the code in it, to correct.
        foreach (var status in new[] { $"/{org.Slug}/track/ZZZZ-ZZZZ-ZZZZ-ZZZZ", $"/{org.Slug}/borrow/track/ZZZZ-ZZZZ-ZZZZ-ZZZZ" })
        {
            var response = await villager.GetAsync(status);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("ไม่พบเรื่องตามรหัสติดตามนี้", html, StringComparison.Ordinal);
            Assert.Contains("value=\"ZZZZ-ZZZZ-ZZZZ-ZZZZ\"", html, StringComparison.Ordinal);
            Assert.Contains($"action=\"{track}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task An_empty_reply_on_the_status_page_is_refused_beside_its_box_and_a_long_one_comes_back_as_typed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var villager = app.Client();
        var complaints = $"/{org.Slug}/complaints";
        var filed = await villager.PostFormAsync(complaints, complaints, Fields("ไฟถนนดับหน้าวัด", "0812345678"));
        var code = ReceiptHtml.TrackingCodeOf(await filed.Content.ReadAsStringAsync());
        Assert.NotEmpty(code);
        var status = $"/{org.Slug}/track/{code}";

        var empty = await villager.PostFormAsync(status, status, [new("text", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("<span id=\"text-error\" class=\"field-error\">กรุณากรอกข้อความ</span>", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"text-error\"", emptyHtml, StringComparison.Ordinal);

        var tooLong = new string('ก', RequestLimits.Message + 1);
        var refused = await villager.PostFormAsync(status, status, [new("text", tooLong)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(tooLong, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<RequestMessage>().IgnoreQueryFilters().CountAsync(m => m.OrganizationId == org.Id)));
    }

    private static KeyValuePair<string, string>[] Fields(string subject, string contact) =>
    [
        new("Form.Kind", "grievance"), new("Form.Subject", subject), new("Form.Details", "รายละเอียดของเรื่อง"),
        new("Form.Name", "นายสมหมาย ใจงาม"), new("Form.Contact", contact), new("Form.AcceptsPrivacyNotice", "true"),
    ];
}
