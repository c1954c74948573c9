using System.Net;
using System.Xml.Linq;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Tests.Publishing;

/// <summary>robots.txt and the installation's sitemap index, on both databases.</summary>
public sealed class SitemapIndexTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory, Providers]
    public async Task The_sitemap_index_lists_every_organization_page_by_page_and_robots_names_each_page(DbProvider provider)
    {
        // An app of its own, with three entries a page, so five organizations need two pages.
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { [SitemapIndex.PageSizeKey] = "3" });
        var orgs = new List<TestOrg>();
        for (var i = 0; i < 5; i++)
        {
            orgs.Add(await TestOrg.CreateAsync(app));
        }

        var client = app.Client();
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Equal(["Sitemap: http://localhost/sitemap.xml", "Sitemap: http://localhost/sitemap.xml?page=2"],
            robots.Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)));
        Assert.DoesNotContain("verify", robots, StringComparison.Ordinal);
        Assert.All(orgs, o => Assert.DoesNotContain(o.Slug, robots, StringComparison.Ordinal));

        var first = await IndexPageAsync(client, "/sitemap.xml");
        var second = await IndexPageAsync(client, "/sitemap.xml?page=2");
        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Equal(orgs.Select(o => $"http://localhost/{o.Slug}/sitemap.xml"), first.Concat(second));
        foreach (var location in first.Concat(second))
        {
            var sitemap = await client.GetAsync(new Uri(location).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
            Assert.Equal(Sitemaps + "urlset", XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Root!.Name);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap.xml?page=3")).StatusCode);
        var wrong = await client.GetAsync("/sitemap.xml?page=x");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("เลขหน้า", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Cached: an organization created now joins the index when the cached list expires, not on this request.
        var late = await TestOrg.CreateAsync(app);
        Assert.DoesNotContain($"http://localhost/{late.Slug}/sitemap.xml", await IndexPageAsync(client, "/sitemap.xml?page=2"));
    }

    [Theory, Providers]
    public async Task With_the_default_page_size_robots_has_one_sitemap_line_and_an_own_host_names_its_own_sitemap(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Equal(["Sitemap: http://localhost/sitemap.xml"], robots.Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)));
        Assert.DoesNotContain(org.Slug, robots, StringComparison.Ordinal);

        var host = org.Slug + ".example.go.th";
        await app.RunAsync(db =>
        {
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = org.Id, HostName = host, Status = HostClaimStatus.Approved });
            return db.SaveChangesAsync();
        });
        var ownRobots = await SendOnHostAsync(client, host, "/robots.txt");
        var ownText = await ownRobots.Content.ReadAsStringAsync();
        Assert.Equal([$"Sitemap: http://{host}/{org.Slug}/sitemap.xml"], ownText.Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)));
        Assert.DoesNotContain("verify", ownText, StringComparison.Ordinal);

        var ownIndex = await SendOnHostAsync(client, host, "/sitemap.xml");
        Assert.Equal(HttpStatusCode.MovedPermanently, ownIndex.StatusCode);
        Assert.Equal($"/{org.Slug}/sitemap.xml", ownIndex.Headers.Location?.OriginalString);
        var ownSitemap = await SendOnHostAsync(client, host, $"/{org.Slug}/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, ownSitemap.StatusCode);

        // On its own host /search is the organization's search.
        var search = await SendOnHostAsync(client, host, "/search?q=abc");
        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        Assert.Equal($"/{org.Slug}/search?q=abc", search.Headers.Location?.OriginalString);
    }

    private static async Task<List<string>> IndexPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "sitemapindex", document.Root!.Name);
        Assert.All(document.Root.Elements(), e => Assert.Equal(Sitemaps + "sitemap", e.Name));
        return document.Root.Elements(Sitemaps + "sitemap").Select(e => e.Element(Sitemaps + "loc")!.Value).ToList();
    }

    private static async Task<HttpResponseMessage> SendOnHostAsync(HttpClient client, string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }
}
