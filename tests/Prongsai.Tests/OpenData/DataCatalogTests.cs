using System.Net;
using System.Text.Json.Nodes;
using Prongsai.Core.Budget;
using Prongsai.Core.OpenData;
using Prongsai.Core.Procurement;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.OpenData;

/// <summary>
/// /{org}/data (the catalog page), /{org}/data/catalog.jsonld and /data/catalog.jsonld: only what is public, with
/// licence, formats, download links and last update, and absolute URLs from the request's host.
/// </summary>
public sealed class DataCatalogTests
{
    private static readonly DateOnly October = new(2024, 10, 1);

    /// <summary>An organization with a bit of everything, some of it not public.</summary>
    internal static async Task<OpenDataSeed> PublishingOrganizationAsync(ProngsaiApp app, string? province = "นนทบุรี")
    {
        var org = await OpenDataSeed.CreateAsync(app, province);
        await org.BudgetAsync(2568, BudgetReportKind.Plan, BudgetReportKind.SixMonth);
        await org.BudgetAsync(2569); // a plan not published yet
        await org.PlanAsync(2568, ("จ้างเหมาซ่อมแซมถนน", 150_000m, ProcurementMethod.Specific));
        await org.RecordAsync(2568, October, "จ้างเหมาซ่อมแซมถนน", ProcurementMethod.Specific, null, ("หจก. ทางดี", 149_000m));
        await org.PublishMonthAsync(2568, October);
        await org.MeasuresAsync(2567);
        await org.ServiceFiguresAsync("รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", false, October, new DateOnly(2024, 11, 1));
        return org;
    }

    [Theory, Providers]
    public async Task The_catalog_page_lists_only_public_datasets_with_licence_formats_and_last_update(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await PublishingOrganizationAsync(app);
        var client = app.Client();

        var response = await client.GetAsync($"/{org.Slug}/data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1>ข้อมูลเปิด</h1>", html);
        Assert.Contains("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2568", html);
        Assert.Contains("ผลการเบิกจ่ายรอบ 6 เดือน", html);
        Assert.DoesNotContain("พ.ศ. 2569", html); // the unpublished spending plan
        Assert.Contains("การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2568", html);
        Assert.Contains("ข้อมูลการจัดซื้อจัดจ้างตามมาตรฐาน OCDS ปีงบประมาณ พ.ศ. 2568", html);
        Assert.Contains("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2567", html);
        Assert.Contains("สถิติการให้บริการ ปีงบประมาณ พ.ศ. 2568", html); // figures of October and November 2024
        Assert.Contains("4 มีนาคม 2568", html); // the November figure's recording, the statistics' last update
        foreach (var link in new[]
                 {
                     $"/api/v1/orgs/{org.Slug}/budget/2568", $"/api/v1/orgs/{org.Slug}/budget/2568?format=csv", $"/api/v1/orgs/{org.Slug}/budget/2568?format=xlsx",
                     $"/api/v1/orgs/{org.Slug}/procurement/2568?format=csv", $"/api/v1/orgs/{org.Slug}/ocds/2568",
                     $"/api/v1/orgs/{org.Slug}/measures/2567", $"/{org.Slug}/measures/2567/report.xlsx", $"/{org.Slug}/data/catalog.jsonld",
                     $"/api/v1/orgs/{org.Slug}/service-statistics/2568?format=xlsx",
                 })
        {
            Assert.Contains($"href=\"{link}\"", html);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/orgs/{org.Slug}/service-statistics/2568?format=csv")).StatusCode);

        Assert.Contains(OpenDataLicence.Url, html);
        Assert.Contains(">CC BY 4.0<", html);
        Assert.Contains("ปรับปรุงล่าสุด", html);
        Assert.Contains("23 มีนาคม 2568", html); // the six-month report's publication, in พ.ศ.
        Assert.Contains("2 เมษายน 2568", html); // the สขร.1 of October, the procurement's last update
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/orgs/{org.Slug}/ocds/2568")).StatusCode); // the OCDS link works

        // The organization's pages link to it from the footer.
        Assert.Contains($"href=\"/{org.Slug}/data\"", await client.GetStringAsync($"/{org.Slug}/"));
    }

    [Theory, Providers]
    public async Task An_organization_without_public_data_has_an_empty_catalog_and_an_unknown_one_404(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await OpenDataSeed.CreateAsync(app);
        await org.BudgetAsync(2568); // not published
        await org.RecordAsync(2568, October, "จ้างเหมาที่ยังไม่เผยแพร่", ProcurementMethod.Specific); // its month not published
        var client = app.Client();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/{org.Slug}/data"));
        Assert.Contains("ยังไม่มีชุดข้อมูลที่เผยแพร่", html);
        Assert.DoesNotContain("ที่ยังไม่เผยแพร่", html);
        var catalog = JsonNode.Parse(await client.GetStringAsync($"/{org.Slug}/data/catalog.jsonld"))!;
        Assert.Empty(catalog["dcat:dataset"]!.AsArray());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-org-here/data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-org-here/data/catalog.jsonld")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_organization_catalog_is_DCAT_JSON_LD_with_an_inline_context_and_absolute_urls(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await PublishingOrganizationAsync(app);
        var other = await PublishingOrganizationAsync(app);

        var response = await app.Client().GetAsync($"/{org.Slug}/data/catalog.jsonld");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(other.Slug, text, StringComparison.Ordinal);
        var catalog = JsonNode.Parse(text)!;
        Assert.IsType<JsonObject>(catalog["@context"]); // inline, never a remote context
        Assert.Equal("http://www.w3.org/ns/dcat#", (string?)catalog["@context"]!["dcat"]);
        Assert.Equal("dcat:Catalog", (string?)catalog["@type"]);
        Assert.Equal($"http://localhost/{org.Slug}/data/catalog.jsonld", (string?)catalog["@id"]);
        Assert.Equal("th", (string?)catalog["dct:title"]!["@language"]);

        var datasets = catalog["dcat:dataset"]!.AsArray().Select(d => d!).ToList();
        Assert.Equal(["budget-2568", "procurement-2568", "ocds-2568", "service-statistics-2568", "measures-2567"],
            datasets.Select(d => ((string)d["@id"]!).Split('#')[1]).ToArray());
        foreach (var dataset in datasets)
        {
            Assert.Equal("dcat:Dataset", (string?)dataset["@type"]);
            Assert.Equal("th", (string?)dataset["dct:title"]!["@language"]);
            Assert.EndsWith(org.Organization.Name, (string?)dataset["dct:title"]!["@value"]);
            Assert.Equal(org.Organization.Name, (string?)dataset["dct:publisher"]!["foaf:name"]!["@value"]);
            Assert.Equal(OpenDataLicence.Url, (string?)dataset["dct:license"]);
            Assert.Equal("จังหวัดนนทบุรี", (string?)dataset["dct:spatial"]!["skos:prefLabel"]!["@value"]);
            Assert.NotEmpty(dataset["dcat:keyword"]!.AsArray());
            Assert.True(DateTimeOffset.TryParse((string?)dataset["dct:modified"], System.Globalization.CultureInfo.InvariantCulture, out _));
            foreach (var distribution in dataset["dcat:distribution"]!.AsArray())
            {
                Assert.StartsWith("http://localhost/", (string?)distribution!["dcat:downloadURL"]);
                Assert.StartsWith("http://localhost/", (string?)distribution["dcat:accessURL"]);
                Assert.NotNull((string?)distribution["dct:format"]);
                Assert.NotNull((string?)distribution["dcat:mediaType"]);
            }
        }

        var ocds = datasets[2]["dcat:distribution"]![0]!;
        Assert.Equal($"http://localhost/api/v1/orgs/{org.Slug}/ocds/2568", (string?)ocds["dcat:downloadURL"]);
        Assert.Equal("OCDS JSON", (string?)ocds["dct:format"]);
        Assert.Equal("2024-10-01", (string?)datasets[0]["dct:temporal"]!["dcat:startDate"]);
        Assert.Equal("2025-09-30", (string?)datasets[0]["dct:temporal"]!["dcat:endDate"]);
    }

    [Theory, Providers]
    public async Task On_an_organizations_own_host_data_addresses_are_its_own_with_urls_of_that_host(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await PublishingOrganizationAsync(app);
        var host = $"{org.Slug}.example.go.th";
        await app.RunAsync(async db =>
        {
            db.OrganizationHosts.Add(new Prongsai.Core.Organizations.OrganizationHost { OrganizationId = org.Id, HostName = host, Status = Prongsai.Core.Organizations.HostClaimStatus.Approved });
            await db.SaveChangesAsync();
        });
        var client = app.Client();

        async Task<HttpResponseMessage> OnHost(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;
            return await client.SendAsync(request);
        }

        var catalog = await OnHost("/data/catalog.jsonld");
        Assert.Equal(HttpStatusCode.MovedPermanently, catalog.StatusCode);
        Assert.Equal($"/{org.Slug}/data/catalog.jsonld", catalog.Headers.Location?.OriginalString);
        var page = await OnHost("/data");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal($"/{org.Slug}/data", page.Headers.Location?.OriginalString);

        var own = await OnHost($"/{org.Slug}/data/catalog.jsonld");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var text = await own.Content.ReadAsStringAsync();
        Assert.Contains($"\"http://{host}/api/v1/orgs/{org.Slug}/ocds/2568\"", text);
        Assert.DoesNotContain("http://localhost/", text);
    }

    [Theory, Providers]
    public async Task The_installation_catalog_pages_every_publishing_organization_for_harvesters(DbProvider provider)
    {
        var app = OpenDataApps.For(provider);
        var ours = new List<OpenDataSeed>();
        for (var i = 0; i < 3; i++)
        {
            ours.Add(await PublishingOrganizationAsync(app, province: i == 0 ? null : "เชียงใหม่"));
        }

        var silent = await OpenDataSeed.CreateAsync(app);
        var demo = await OpenDataSeed.CreateAsync(app);
        await demo.BudgetAsync(2568, sample: true, BudgetReportKind.Plan);
        await demo.RecordAsync(2568, October, "จ้างเหมาตัวอย่าง", ProcurementMethod.Specific, r => r.IsSample = true, ("หจก. ตัวอย่าง", 1_000m));
        await demo.PublishMonthAsync(2568, October);
        await demo.ServiceFiguresAsync("บริการตัวอย่าง", true, October);
        await Task.Delay(1100); // the cached list of publishing organizations (1 s in this app) is renewed
        var client = app.Client();

        var pages = await OpenDataApps.AllPagesAsync(client);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s) with {OpenDataApps.PerPage} organizations each");
        var ids = new List<string>();
        foreach (var (url, page) in pages)
        {
            var graph = page["@graph"]!.AsArray();
            var catalog = graph.Single(n => (string?)n!["@type"] == "dcat:Catalog")!;
            Assert.Equal("http://localhost/data/catalog.jsonld", (string?)catalog["@id"]);
            var paging = graph.Single(n => (string?)n!["@type"] == "hydra:PagedCollection")!;
            Assert.Equal(url, (string?)paging["@id"]);
            ids.AddRange(catalog["dcat:dataset"]!.AsArray().Select(d => (string)d!["@id"]!));
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var org in ours)
        {
            Assert.Equal(5, ids.Count(id => id.StartsWith($"http://localhost/{org.Slug}/data#", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(ids, id => id.Contains(silent.Slug, StringComparison.Ordinal));
        Assert.DoesNotContain(ids, id => id.Contains(demo.Slug, StringComparison.Ordinal)); // demo content is never offered to national portals

        // On the organization's own page and catalog the demo datasets are there, marked as samples.
        var demoPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/{demo.Slug}/data"));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(demoPage, "<span class=\"badge\">ตัวอย่าง</span>").Count);
        var own = JsonNode.Parse(await client.GetStringAsync($"/{demo.Slug}/data/catalog.jsonld"))!["dcat:dataset"]!.AsArray();
        Assert.Equal(4, own.Count);
        Assert.All(own, d => Assert.StartsWith("[ตัวอย่าง] ", (string?)d!["dct:title"]!["@value"]));
        Assert.Contains("ข้อมูลตัวอย่างสำหรับสาธิตระบบ", await client.GetStringAsync($"/api/v1/orgs/{demo.Slug}/ocds/2568"));

        var first = await client.GetAsync("/data/catalog.jsonld");
        Assert.Equal("application/ld+json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/data/catalog.jsonld?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/data/catalog.jsonld?page=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/data/catalog.jsonld?page=99999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/data/catalog.jsonld?page={pages.Count + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/data")).StatusCode);
    }
}

/// <summary>An app whose installation-wide catalog has small pages and a one-second cache, so paging is exercised.</summary>
internal static class OpenDataApps
{
    public const int PerPage = 2;

    private static readonly Lazy<ProngsaiApp> SqliteApp = new(() => Start(DbProvider.Sqlite));
    private static readonly Lazy<ProngsaiApp> PostgresApp = new(() => Start(DbProvider.Postgres));

    public static ProngsaiApp For(DbProvider provider) => provider == DbProvider.Sqlite ? SqliteApp.Value : PostgresApp.Value;

    private static ProngsaiApp Start(DbProvider provider)
    {
        var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:OpenData:CatalogOrganizationsPerPage"] = PerPage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Prongsai:OpenData:CatalogCacheSeconds"] = "1",
        });
        _ = app.Server;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return app;
    }

    /// <summary>Follows hydra:nextPage from the first page, as ckanext-dcat does; returns each page with its address.</summary>
    public static async Task<List<(string Url, JsonNode Page)>> AllPagesAsync(HttpClient client)
    {
        var pages = new List<(string, JsonNode)>();
        string? next = "http://localhost/data/catalog.jsonld?page=1";
        while (next is not null)
        {
            Assert.True(pages.Count < 1000, "hydra:nextPage never ends");
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            pages.Add((next, page));
            next = (string?)page["@graph"]!.AsArray().Single(n => (string?)n!["@type"] == "hydra:PagedCollection")!["hydra:nextPage"];
        }

        return pages;
    }
}
