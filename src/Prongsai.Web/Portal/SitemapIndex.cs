using Prongsai.Web.Infrastructure;
using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Portal;

/// <summary>
/// robots.txt and the installation's sitemap index (docs/publishing.md, "Sitemaps and robots.txt").
/// On the platform's hosts robots.txt names /sitemap.xml, a sitemaps.org sitemap index of every organization's
/// own sitemap, paged at Prongsai:Sitemaps:IndexPageSize entries (50,000, the protocol's limit) as
/// /sitemap.xml?page=2, …; each further page gets its own Sitemap line, so a crawler finds them all. The list of
/// organizations is read with one query and kept in memory for Prongsai:Sitemaps:IndexCacheSeconds (300):
/// robots.txt reads nothing per organization. On an organization's own host both name its own sitemap. The file-check
/// page (/{org}/verify) is not kept from crawlers: it is a form they only read, and a citizen who asks a search engine
/// how to check a file from the office should find it.
/// </summary>
public static class SitemapIndex
{
    public const int DefaultPageSize = 50_000;
    public const string PageSizeKey = "Prongsai:Sitemaps:IndexPageSize";
    public const string CacheSecondsKey = "Prongsai:Sitemaps:IndexCacheSeconds";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly object CacheKey = new();

    public static IEndpointRouteBuilder MapSitemapIndex(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGetAndHead("/robots.txt", RobotsAsync).ExcludeFromDescription();
        endpoints.MapGetAndHead("/sitemap.xml", IndexAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> RobotsAsync(
        HttpContext http, ProngsaiDbContext db, IMemoryCache cache, IConfiguration configuration, OrganizationDirectory directory,
        IOptions<PlatformHostOptions> platform)
    {
        var baseUrl = PortalData.BaseUrl(http.Request);
        var text = new StringBuilder("User-agent: *\nAllow: /\nDisallow: /staff/\nDisallow: /api/\nDisallow: /lang/\n");
        var own = await OwnHostOrganizationAsync(http, directory, platform.Value);
        if (own is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Sitemap: {baseUrl}/{own.Slug}/sitemap.xml\n");
            return Results.Text(text.ToString(), "text/plain; charset=utf-8");
        }

        var pages = Paging.PageCount((await SlugsAsync(db, cache, configuration, http.RequestAborted)).Count, PageSize(configuration));
        text.Append(CultureInfo.InvariantCulture, $"Sitemap: {baseUrl}/sitemap.xml\n");
        for (var page = 2; page <= pages; page++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Sitemap: {baseUrl}/sitemap.xml?page={page}\n");
        }

        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    private static async Task<IResult> IndexAsync(
        HttpContext http, ProngsaiDbContext db, IMemoryCache cache, IConfiguration configuration, OrganizationDirectory directory,
        IOptions<PlatformHostOptions> platform, string? page)
    {
        // On an organization's own host /sitemap.xml is that organization's sitemap, where a crawler looks first.
        var own = await OwnHostOrganizationAsync(http, directory, platform.Value);
        if (own is not null)
        {
            return Results.Redirect($"/{own.Slug}/sitemap.xml", permanent: true);
        }

        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return Results.Text(Lang.T("เลขหน้าต้องเป็นตัวเลขตั้งแต่ 1", "The page must be a number from 1"), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var slugs = await SlugsAsync(db, cache, configuration, http.RequestAborted);
        var size = PageSize(configuration);
        if (number > Math.Max(1, Paging.PageCount(slugs.Count, size)))
        {
            return Results.NotFound();
        }

        var baseUrl = PortalData.BaseUrl(http.Request);
        var output = new MemoryStream();
        await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            xml.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var slug in slugs.Skip((number - 1) * size).Take(size))
            {
                xml.WriteStartElement("sitemap", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, $"{baseUrl}/{slug}/sitemap.xml");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Results.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }

    private static int PageSize(IConfiguration configuration) => Math.Clamp(configuration.GetValue(PageSizeKey, DefaultPageSize), 1, DefaultPageSize);

    /// <summary>
    /// Every organization's slug, in the order organizations were created (so a new one joins the last page and
    /// the others keep their place); one query, then kept in memory. Every organization's public site is live.
    /// </summary>
    private static async Task<IReadOnlyList<string>> SlugsAsync(ProngsaiDbContext db, IMemoryCache cache, IConfiguration configuration, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(CacheSecondsKey, 300)));
            return (IReadOnlyList<string>)await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Slug).ToListAsync(cancellationToken);
        }))!;

    private static async Task<OrganizationRef?> OwnHostOrganizationAsync(HttpContext http, OrganizationDirectory directory, PlatformHostOptions platform)
    {
        var host = http.Request.Host.Host.ToLowerInvariant();
        return platform.IsReserved(host) ? null : await directory.ByHostAsync(host, http.RequestAborted);
    }
}
