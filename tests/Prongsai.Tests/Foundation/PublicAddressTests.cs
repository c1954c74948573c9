using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Notifications;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Posters;
using Prongsai.Tests.Requests;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Prongsai:PublicAddress: the links that leave the page they were made on (posters, sitemaps, e-mails) use the
/// platform's public address, whatever address the request came on; an organization's own host keeps its own; a
/// setting that would print broken links stops the start.
/// </summary>
public sealed class PublicAddressTests
{
    private const string Address = "https://prongsai.example.go.th";

    private static readonly Dictionary<DbProvider, Lazy<ProngsaiApp>> ConfiguredApps = new()
    {
        [DbProvider.Sqlite] = new(() => StartConfigured(DbProvider.Sqlite)),
        [DbProvider.Postgres] = new(() => StartConfigured(DbProvider.Postgres)),
    };

    [Theory, Providers]
    public async Task A_clerk_inside_the_office_prints_posters_with_the_public_address(DbProvider provider)
    {
        var app = ConfiguredApps[provider].Value;
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/staff/{org.Slug}/posters");
        request.Headers.Host = "192.168.1.20";
        using var response = await clerk.SendAsync(request);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"ที่ผู้ดูแลระบบกำหนดไว้: <strong class=\"public-address\">{Address}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"{Address}/{org.Slug}/satisfaction", page, StringComparison.Ordinal);
        Assert.DoesNotContain("192.168.1.20", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ประชาชนเปิดจากโทรศัพท์ไม่ได้", page, StringComparison.Ordinal);

        using var pdf = await clerk.GetAsync($"/staff/{org.Slug}/posters?handler=pdf&key=corruption");
        Assert.Equal([$"{Address}/{org.Slug}/complaints?kind=corruption"], await PrintedQrCodes.ReadAsync(await pdf.Content.ReadAsByteArrayAsync()));
    }

    [Theory, Providers]
    public async Task Sitemaps_and_page_links_use_the_public_address_and_an_own_host_keeps_its_own(DbProvider provider)
    {
        var app = ConfiguredApps[provider].Value;
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();

        Assert.Contains($"Sitemap: {Address}/sitemap.xml", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
        Assert.Contains($"<loc>{Address}/{org.Slug}/</loc>", await client.GetStringAsync($"/{org.Slug}/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"{Address}/{org.Slug}/measures\">", await client.GetStringAsync($"/{org.Slug}/measures"), StringComparison.Ordinal);

        // An organization's approved host is public by its claim: its pages link to it, not to the platform.
        var host = org.Slug + ".go.th";
        await app.RunAsync(db =>
        {
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = org.Id, HostName = host, Status = HostClaimStatus.Approved });
            return db.SaveChangesAsync();
        });
        using var onOwnHost = new HttpRequestMessage(HttpMethod.Get, $"/{org.Slug}/sitemap.xml");
        onOwnHost.Headers.Host = host;
        using var own = await client.SendAsync(onOwnHost);
        var sitemap = await own.Content.ReadAsStringAsync();
        Assert.Contains($"<loc>http://{host}/{org.Slug}/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(Address, sitemap, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_receipt_and_answer_mails_link_to_the_tracking_page(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, settings: new Dictionary<string, string?> { ["Prongsai:PublicAddress"] = Address + "/" });
        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question));
        var receipt = await host.QueryAsync(db => db.Set<OutboxMail>().SingleAsync());
        Assert.Contains($"ติดตามสถานะได้ที่หน้าติดตามเรื่อง {Address}/{host.Slug}/track ด้วยรหัสติดตาม", receipt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ของเว็บไซต์หน่วยงาน", receipt.Body, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Without_the_setting_the_mail_names_the_path_on_the_offices_website(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question));
        var receipt = await host.QueryAsync(db => db.Set<OutboxMail>().SingleAsync());
        Assert.Contains($"หน้าติดตามเรื่อง /{host.Slug}/track ของเว็บไซต์หน่วยงาน", receipt.Body, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_office_with_its_own_host_mails_a_link_on_that_host(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, settings: new Dictionary<string, string?> { ["Prongsai:PublicAddress"] = "http://prongsai.example.go.th" });
        var ownHost = host.Slug + ".go.th";
        await host.QueryAsync(db =>
        {
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = host.OrganizationId, HostName = "pending-" + ownHost, Status = HostClaimStatus.Pending });
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = host.OrganizationId, HostName = ownHost, Status = HostClaimStatus.Approved });
            return db.SaveChangesAsync();
        });

        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question));

        // The citizen knows the office's website; the scheme is the one the platform is reached by.
        var receipt = await host.QueryAsync(db => db.Set<OutboxMail>().SingleAsync());
        Assert.Contains($"ติดตามสถานะได้ที่หน้าติดตามเรื่อง http://{ownHost}/{host.Slug}/track ด้วยรหัสติดตาม", receipt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("prongsai.example.go.th", receipt.Body, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Without_the_setting_an_own_host_is_linked_over_https(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var ownHost = host.Slug + ".go.th";
        await host.QueryAsync(db =>
        {
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = host.OrganizationId, HostName = ownHost, Status = HostClaimStatus.Approved });
            return db.SaveChangesAsync();
        });

        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question));

        var receipt = await host.QueryAsync(db => db.Set<OutboxMail>().SingleAsync());
        Assert.Contains($"หน้าติดตามเรื่อง https://{ownHost}/{host.Slug}/track ด้วยรหัสติดตาม", receipt.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prongsai.example.go.th")]
    [InlineData("ftp://prongsai.example.go.th")]
    [InlineData("https://prongsai.example.go.th/prongsai")]
    [InlineData("https://prongsai.example.go.th/?lang=th")]
    [InlineData("https://user:secret@prongsai.example.go.th")]
    public void A_public_address_that_would_print_broken_links_stops_the_start(string address)
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:PublicAddress"] = address });
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Prongsai:PublicAddress: ", Flatten(error), StringComparison.Ordinal);
        Assert.Contains("must be an http or https address", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void The_address_is_written_as_links_begin_and_its_host_is_the_platforms()
    {
        var options = new PlatformHostOptions { PublicAddress = " https://Prongsai.Example.go.th:8443/ " };
        Assert.Equal("https://prongsai.example.go.th:8443", options.PublicRoot);
        Assert.True(options.IsReserved("prongsai.example.go.th"));
        Assert.True(options.IsReserved("PRONGSAI.example.go.th."));
        Assert.False(options.IsReserved("bangkha.go.th"));
        Assert.Null(new PlatformHostOptions().PublicRoot);
        Assert.True(new PlatformHostOptions { PublicAddress = "" }.PublicAddressIsValid);
    }

    [Theory, Providers]
    public async Task No_organization_may_claim_the_public_addresss_host(DbProvider provider)
    {
        var app = ConfiguredApps[provider].Value;
        var org = await TestOrg.CreateAsync(app);
        var admin = org[OrgRole.OrgAdmin];
        var actor = new StaffActor(admin.Id, admin.Email, org.Id, new HashSet<OrgRole> { OrgRole.OrgAdmin }, new HashSet<int>());
        var result = await app.UseAsync<UpdateOrganizationProfile, Core.Common.Result<Organization>>(async update =>
        {
            var input = await update.LoadAsync(org.Id) ?? throw new InvalidOperationException("no profile");
            input.HostNames = new Uri(Address).Host;
            return await update.RunAsync(actor, input);
        }, org.Id);
        Assert.False(result.Succeeded);
        Assert.Equal(0, await app.QueryAsync(db => db.OrganizationHosts.IgnoreQueryFilters().CountAsync(h => h.OrganizationId == org.Id)));
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" ", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is { } inner ? " " + Flatten(inner) : "");

    private static ProngsaiApp StartConfigured(DbProvider provider)
    {
        var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:PublicAddress"] = Address });
        _ = app.Server;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return app;
    }
}
