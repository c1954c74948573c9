using Prongsai.Web.Infrastructure;
using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Prongsai.Core.Common;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.OpenData;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

/// <summary>
/// Open data (docs/open-data.md): the OCDS 1.1.5 release package of a fiscal year's procurement, the organization's DCAT
/// catalog (/{org}/data/catalog.jsonld) and the installation-wide one (/data/catalog.jsonld, paged, kept in memory).
/// All read only what is already public; absolute URLs come from the request's host, as the sitemaps' do.
/// </summary>
public sealed class OpenDataApi : IApiEndpoints
{
    public const string CacheSecondsKey = "Prongsai:OpenData:CatalogCacheSeconds";
    public const string PerPageKey = "Prongsai:OpenData:CatalogOrganizationsPerPage";
    public const int DefaultPerPage = 100;
    private const string Tag = "Open data";

    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        v1.MapGet("/orgs/{org}/ocds/{fiscalYear:int}", OcdsAsync).WithTags(Tag).WithName("GetOcdsReleasePackage")
            .WithSummary("OCDS 1.1.5 release package of the organization's public procurement in a fiscal year (พ.ศ.)")
            .WithDescription("One contracting process per procurement record whose monthly summary (สขร.1) is published, and a planning-only " +
                "process per item of the published procurement plan without a record. ocid = {Prongsai:Ocds:OcidPrefix}-{org}-{record id}. " +
                "Amounts in THB; licence CC BY 4.0. 404 when nothing of the year is public (a package needs at least one release); " +
                "400 when the year is not a Buddhist-era year between 2400 and 3000.")
            .Produces<OcdsReleasePackage>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedAsPublicPage();

        endpoints.MapGetAndHead("/{org}/data/catalog.jsonld", OrganizationCatalogAsync).WithTags(Tag).WithName("GetOrganizationDcatCatalog")
            .WithSummary("The organization's open-data catalog as DCAT (DCAT-AP) JSON-LD, for CKAN harvesters (ckanext-dcat)")
            .Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, DcatCatalog.MediaType)
            .CachedAsPublicPage();

        endpoints.MapGetAndHead("/data/catalog.jsonld", PlatformCatalogAsync).WithTags(Tag).WithName("GetPlatformDcatCatalog")
            .WithSummary("Every organization's open datasets as one DCAT JSON-LD catalog, paged by organizations (?page=N, hydra:nextPage)")
            .Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, DcatCatalog.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapGetAndHead("/data", OwnHostDataPageAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> OcdsAsync(HttpContext http, int fiscalYear, OcdsExport export)
    {
        var organization = http.Organization();
        if (organization is null)
        {
            return TypedResults.NotFound();
        }

        if (fiscalYear is < 2400 or > 3000)
        {
            return TypedResults.Problem(
                title: Lang.T("ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง 2400 ถึง 3000 เช่น 2568", "The fiscal year must be a Buddhist-era year from 2400 to 3000, e.g. 2568"),
                statusCode: StatusCodes.Status400BadRequest);
        }

        var package = await export.BuildAsync(organization.Id, fiscalYear, PortalData.BaseUrl(http.Request), http.RequestAborted);
        if (package is null)
        {
            return TypedResults.Problem(
                title: Lang.T(
                    string.Create(CultureInfo.InvariantCulture, $"ยังไม่มีข้อมูลการจัดซื้อจัดจ้างที่เผยแพร่ของปีงบประมาณ พ.ศ. {fiscalYear}"),
                    string.Create(CultureInfo.InvariantCulture, $"No procurement of fiscal year {fiscalYear} is public yet")),
                statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Bytes(OcdsJson.Serialize(package), "application/json; charset=utf-8");
    }

    private static async Task<IResult> OrganizationCatalogAsync(HttpContext http, OpenDataCatalog catalog)
    {
        var organization = http.Organization();
        var datasets = organization is null ? null : await catalog.ForOrganizationAsync(organization.Id, http.RequestAborted);
        return datasets is null
            ? TypedResults.NotFound()
            : TypedResults.Bytes(DcatCatalog.ForOrganization(datasets, PortalData.BaseUrl(http.Request)), DcatCatalog.MediaType);
    }

    private static async Task<IResult> PlatformCatalogAsync(
        HttpContext http, OpenDataCatalog catalog, IMemoryCache cache, IConfiguration configuration, OrganizationDirectory directory,
        IOptions<PlatformHostOptions> platform, string? page)
    {
        // On an organization's own host /data/… is that organization's, as /sitemap.xml is.
        if (await OwnHostOrganizationAsync(http, directory, platform.Value) is { } own)
        {
            return TypedResults.Redirect($"/{own.Slug}/data/catalog.jsonld", permanent: true);
        }

        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return TypedResults.Problem(title: Lang.T("เลขหน้าต้องเป็นตัวเลขตั้งแต่ 1", "The page must be a number from 1"), statusCode: StatusCodes.Status400BadRequest);
        }

        var seconds = Math.Max(1, configuration.GetValue(CacheSecondsKey, 300));
        var perPage = Math.Clamp(configuration.GetValue(PerPageKey, DefaultPerPage), 1, 1000);
        var publishing = (await cache.GetOrCreateAsync("opendata:publishing-organizations", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds);
            return await catalog.PublishingOrganizationsAsync(http.RequestAborted);
        }))!;
        var pageCount = Math.Max(1, Paging.PageCount(publishing.Count, perPage));
        if (number > pageCount)
        {
            return TypedResults.NotFound();
        }

        // The datasets are kept per page, not the rendered file: its URLs depend on the Host header, which the client
        // chooses, and one cached copy per host name would let anyone fill the memory.
        var organizations = (await cache.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"opendata:catalog:{perPage}:{number}"), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds);
            var slice = publishing.Skip((number - 1) * perPage).Take(perPage).ToList();
            return await catalog.ForOrganizationsAsync(slice, http.RequestAborted);
        }))!;
        http.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={seconds}");
        return TypedResults.Bytes(
            DcatCatalog.ForPlatform(organizations, PortalData.BaseUrl(http.Request), number, pageCount, publishing.Count, perPage), DcatCatalog.MediaType);
    }

    private static async Task<IResult> OwnHostDataPageAsync(HttpContext http, OrganizationDirectory directory, IOptions<PlatformHostOptions> platform) =>
        await OwnHostOrganizationAsync(http, directory, platform.Value) is { } own
            ? TypedResults.Redirect($"/{own.Slug}/data", permanent: true)
            : TypedResults.Redirect("/data/catalog.jsonld");

    private static async Task<OrganizationRef?> OwnHostOrganizationAsync(HttpContext http, OrganizationDirectory directory, PlatformHostOptions platform)
    {
        var host = http.Request.Host.Host.ToLowerInvariant();
        return platform.IsReserved(host) ? null : await directory.ByHostAsync(host, http.RequestAborted);
    }
}
