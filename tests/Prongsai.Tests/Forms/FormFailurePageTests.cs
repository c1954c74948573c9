using System.Net;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// A form the server could not take: an expired page (antiforgery token gone) or an attachment over the server's
/// limit. The page says which, in plain Thai, and leads back to the form.
/// </summary>
public sealed class FormFailurePageTests
{
    [Theory, Providers]
    public async Task An_expired_form_page_says_so_and_links_back_to_the_form_it_came_from(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        await citizen.GetStringAsync($"/{org.Slug}/qa");

        async Task<(HttpStatusCode Status, string Html)> SendAsync(string? referer)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/{org.Slug}/qa")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", "expired-token"), new("Form.Subject", "ถาม")]),
            };
            if (referer is not null)
            {
                request.Headers.Referrer = new Uri(referer);
            }

            var response = await citizen.SendAsync(request);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var (status, html) = await SendAsync($"http://localhost/{org.Slug}/qa?x=1");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("หน้าแบบฟอร์มหมดอายุ", html, StringComparison.Ordinal);
        Assert.Contains("กดย้อนกลับ แล้วกดส่งอีกครั้ง", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"back-to-form\" href=\"/{org.Slug}/qa?x=1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("คำขอไม่ถูกต้อง", html, StringComparison.Ordinal);

        // Another site's page, or none: the organization's home.
        foreach (var referer in new[] { $"https://elsewhere.example/{org.Slug}/qa", null })
        {
            (status, html) = await SendAsync(referer);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains($"id=\"back-to-form\" href=\"/{org.Slug}/\"", html, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task An_attachment_over_the_server_limit_gets_413_saying_the_file_is_too_large_and_the_limit(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:Uploads:MaxBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var token = await citizen.AntiforgeryTokenAsync($"/{org.Slug}/complaints");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("grievance"), "Form.Kind" },
            { new StringContent("ถนนชำรุด"), "Form.Subject" },
            { new StringContent("หลุมใหญ่หน้าโรงเรียน"), "Form.Details" },
        };
        form.Add(new ByteArrayContent(new byte[3 * 1024 * 1024]), "files", "photo.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{org.Slug}/complaints") { Content = form };
        request.Headers.Referrer = new Uri($"http://localhost/{org.Slug}/complaints");

        var response = await citizen.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("ไฟล์ใหญ่เกินไป", html, StringComparison.Ordinal);
        Assert.Contains("ไม่เกิน 1 MB", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"back-to-form\" href=\"/{org.Slug}/complaints\"", html, StringComparison.Ordinal);
    }
}
