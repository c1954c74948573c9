using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Security;

/// <summary>The smaller findings of the outside review, one attack each.</summary>
public sealed class SmallHardeningTests
{
    private const string Outsider = "203.0.113.7";

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0a/evil.example")]
    [InlineData("/%0d%0a/evil.example")]
    [InlineData("/%5c/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_language_switch_with_a_disguised_external_return_url_goes_home_instead_of_failing(string returnUrl)
    {
        using var response = await Apps.For(DbProvider.Sqlite).Client().GetAsync("/lang/en?returnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_language_switch_with_a_local_return_url_goes_back_to_it()
    {
        using var response = await Apps.For(DbProvider.Sqlite).Client().GetAsync("/lang/en?returnUrl=%2Fbangkha%2Fdocuments%3Fpage%3D2");
        Assert.Equal("/bangkha/documents?page=2", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void Bidirectional_controls_are_stripped_from_file_names()
    {
        var spoofed = "ใบแจ้งหนี้\u202Efdp.exe\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        var safe = FileTypeDetector.SafeFileName(spoofed);
        Assert.Equal("ใบแจ้งหนี้fdp.exe", safe);
    }

    [Theory, Providers]
    public async Task An_uploaded_file_named_with_a_right_to_left_override_is_stored_without_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศชื่อไฟล์หลอก", ("สัญญา\u202Eexe.pdf", PublishingFixture.MinimalPdf));
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var name = await db.Attachments.IgnoreQueryFilters().Where(a => a.DocumentId == document.Id).Select(a => a.FileName).SingleAsync();
        Assert.Equal("สัญญาexe.pdf", name);
    }

    [Theory, Providers]
    public async Task A_slug_in_another_letter_case_is_redirected_permanently_to_the_canonical_one(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var shouted = org.Slug.ToUpperInvariant();
        var client = app.Client();

        foreach (var (asked, canonical) in new[]
        {
            ($"/{shouted}/", $"/{org.Slug}/"),
            ($"/{shouted}/documents?page=2", $"/{org.Slug}/documents?page=2"),
            ($"/api/v1/orgs/{shouted}/search?q=x", $"/api/v1/orgs/{org.Slug}/search?q=x"),
            ($"/staff/{shouted}/documents", $"/staff/{org.Slug}/documents"),
        })
        {
            using var response = await client.GetAsync(asked);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        }
    }

    [Theory, Providers]
    public async Task A_new_organization_takes_no_longer_province_or_district_than_its_profile_can_save(DbProvider provider)
    {
        var app = Apps.For(provider);
        var slug = "pv" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>().RunAsync(
            Prongsai.Core.Organizations.StaffActor.PlatformOperator(),
            new CreateOrganizationRequest(slug, "องค์การบริหารส่วนตำบลทดสอบ", Province: new string('ก', 101), District: new string('ข', 101)));

        Assert.Equal(["Province", "District"], created.Errors.Select(e => e.Field));
        Assert.Null(created.Value);
    }

    [Theory, Providers]
    public async Task A_slug_spelled_with_a_Kelvin_sign_or_full_width_letters_is_not_found(DbProvider provider)
    {
        var app = Apps.For(provider);
        var slug = "bk" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = app.Scope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>()
                .RunAsync(Prongsai.Core.Organizations.StaffActor.PlatformOperator(), new CreateOrganizationRequest(slug, "องค์การบริหารส่วนตำบลบางคา " + slug));
            Assert.True(created.Value is not null);
        }

        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{slug}/")).StatusCode);
        var kelvin = "b\u212A" + slug[2..];
        var fullWidth = string.Concat(slug.Select(c => c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'ａ') : c));
        foreach (var lookAlike in new[] { kelvin, fullWidth, "B\u212A" + slug[2..] })
        {
            foreach (var url in new[] { $"/{Uri.EscapeDataString(lookAlike)}/", $"/api/v1/orgs/{Uri.EscapeDataString(lookAlike)}/search?q=x" })
            {
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
    }

    [Theory, Providers]
    public async Task Health_details_are_shown_only_on_the_machine_itself_or_to_the_operator(DbProvider provider)
    {
        var app = Apps.For(provider);
        var anonymous = app.Client();

        using var outside = await anonymous.SendAsync(WithPeer(new HttpRequestMessage(HttpMethod.Get, "/healthz"), Outsider));
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        using (var json = JsonDocument.Parse(await outside.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
            Assert.False(json.RootElement.TryGetProperty("checks", out _));
        }

        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        using (var notOperator = await admin.SendAsync(WithPeer(new HttpRequestMessage(HttpMethod.Get, "/healthz"), Outsider)))
        {
            Assert.DoesNotContain("\"checks\"", await notOperator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == org[OrgRole.OrgAdmin].Id);
            user.IsOperator = true;
            await db.SaveChangesAsync();
        }

        var operatorClient = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        using var asOperator = await operatorClient.SendAsync(WithPeer(new HttpRequestMessage(HttpMethod.Get, "/healthz"), Outsider));
        using (var json = JsonDocument.Parse(await asOperator.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        }
    }

    [Fact]
    public void Kestrel_sends_no_Server_header()
    {
        var kestrel = Apps.For(DbProvider.Sqlite).Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.False(kestrel.AddServerHeader);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_Secure_over_https_and_usable_over_plain_http()
    {
        var app = Apps.For(DbProvider.Sqlite);
        var https = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        });
        using var secure = await https.GetAsync("/staff/signin");
        Assert.Contains("secure", AntiforgeryCookie(secure), StringComparison.OrdinalIgnoreCase);

        using var plain = await app.Client().GetAsync("/staff/signin");
        Assert.DoesNotContain("secure", AntiforgeryCookie(plain), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, Providers]
    public async Task Markup_in_a_search_query_comes_back_escaped_in_JSON_while_Thai_stays_readable(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var body = await app.Client().GetStringAsync($"/api/v1/orgs/{org.Slug}/search?q=" + Uri.EscapeDataString("<script>alert('x')</script>&ตำบล"));
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", body, StringComparison.Ordinal);
        Assert.DoesNotContain("&ต", body, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", body, StringComparison.Ordinal);
        Assert.Contains("ตำบล", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("<script>alert('x')</script>&ตำบล", json.RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task The_favicon_is_a_small_icon()
    {
        using var response = await Apps.For(DbProvider.Sqlite).Client().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(bytes.Length, 100, 4096);
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0 }, bytes[..6]);
    }

    private static HttpRequestMessage WithPeer(HttpRequestMessage request, string peer)
    {
        request.Headers.Add(TestPeerAddress.Header, peer);
        return request;
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("prongsai.af=", StringComparison.Ordinal));

    [Theory, Providers]
    public async Task What_a_signed_in_member_is_answered_is_not_stored_while_a_visitors_page_keeps_its_policy(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var officer = await app.SignedInAsync(org[OrgRole.ComplaintOfficer]);

        foreach (var (client, path) in new[]
        {
            (admin, $"/staff/{org.Slug}/requests?handler=Csv"),
            (admin, $"/staff/{org.Slug}/requests?handler=Xlsx"),
            (admin, $"/staff/{org.Slug}/audit?handler=Csv"),
            (admin, $"/staff/{org.Slug}/gifts?handler=Csv"),
            (admin, $"/api/v1/orgs/{org.Slug}/requests"),
            (officer, $"/api/v1/orgs/{org.Slug}/requests"),
            (admin, $"/staff/{org.Slug}/departments"),
        })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: Cache-Control {response.Headers.CacheControl}");
        }

        using var open = await app.Client().GetAsync($"/{org.Slug}/");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.NotEqual(true, open.Headers.CacheControl?.NoStore);
    }
}
