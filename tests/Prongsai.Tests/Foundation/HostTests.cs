using System.Net;
using System.Text.Json;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

public sealed class HostTests
{
    [Theory, Providers]
    public async Task Healthz_answers_200_with_the_database_check(DbProvider provider)
    {
        var client = Apps.For(provider).Client();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        // Chromium is installed where the tests run, so the PDF converter is found.
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("pdfConverter").GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task Organization_home_shows_the_Thai_name_as_text(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app, "องค์การบริหารส่วนตำบลทดสอบไทย");
        var html = await app.Client().GetStringAsync($"/{org.Slug}/");
        Assert.Contains("องค์การบริหารส่วนตำบลทดสอบไทย", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"th\">", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Unknown_organization_gets_a_Thai_404_page(DbProvider provider)
    {
        var response = await Apps.For(provider).Client().GetAsync("/no-such-org/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ไม่พบหน่วยงานนี้", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Unknown_organization_in_the_api_is_a_404_problem(DbProvider provider)
    {
        var response = await Apps.For(provider).Client().GetAsync("/api/v1/orgs/no-such-org");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        var json = await Apps.For(DbProvider.Sqlite).Client().GetStringAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/v1/orgs/{org}/departments", out _));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await Apps.For(DbProvider.Sqlite).Client().GetAsync("/staff/signin");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory, Providers]
    public async Task An_organizations_own_host_name_serves_it_at_the_root(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
            db.OrganizationHosts.Add(new Prongsai.Core.Organizations.OrganizationHost { OrganizationId = org.Id, HostName = $"{org.Slug}.go.th",
                Status = Prongsai.Core.Organizations.HostClaimStatus.Approved });
            await db.SaveChangesAsync();
        }

        var client = app.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{org.Slug}.go.th";
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(org.Organization.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
