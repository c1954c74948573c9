using Prongsai.Web.Infrastructure;
using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;
using Prongsai.Core.Text;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Portal;

/// <summary>Public endpoints that are files, not pages: attachment downloads, photos, Atom feeds, sitemaps (robots.txt and the sitemap index: SitemapIndex).</summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGetAndHead("/{org}/documents/{id:int}/files/{attachmentId:int}", DownloadAsync).ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/executives/{id:int}/photo", PhotoAsync).ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/emblem", EmblemAsync).ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/feed", (HttpContext http, PortalData portal) => FeedAsync(http, portal, null))
            .CachedAsPublicPage().ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/feed/{category}", (HttpContext http, PortalData portal, string category) => FeedAsync(http, portal, category))
            .CachedAsPublicPage().ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/sitemap.xml", SitemapAsync).CachedAsPublicPage().ExcludeFromDescription();
        endpoints.MapSitemapIndex();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, int id, int attachmentId, ProngsaiDbContext db, IFileStore store)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DocumentId == id)
            .Join(db.Documents.Where(d => d.Status == DocumentStatus.Published), a => a.DocumentId, d => d.Id, (a, d) => a)
            .FirstOrDefaultAsync(http.RequestAborted);
        if (attachment is null)
        {
            return Results.NotFound();
        }

        var stream = await store.OpenReadAsync(attachment.FileKey, http.RequestAborted);
        if (stream is null)
        {
            return Results.NotFound();
        }

        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.RequestServices.GetRequiredService<DownloadCounter>().CountAsync(attachment.Id, http.RequestAborted);
        }

        var inline = attachment.Kind is "pdf" or "png" or "jpeg" or "gif" or "webp";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Content-SHA256"] = attachment.Sha256;
        return Results.Stream(stream, attachment.ContentType, enableRangeProcessing: true);
    }

    private static async Task<IResult> PhotoAsync(HttpContext http, int id, ProngsaiDbContext db, IFileStore store) =>
        await ImageAsync(http, store, await db.Executives.AsNoTracking().Where(e => e.Id == id).Select(e => e.PhotoFileKey).FirstOrDefaultAsync(http.RequestAborted));

    private static async Task<IResult> EmblemAsync(HttpContext http, ProngsaiDbContext db, IFileStore store)
    {
        var id = http.Organization()?.Id;
        return await ImageAsync(http, store, await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.LogoFileKey).FirstOrDefaultAsync(http.RequestAborted));
    }

    /// <summary>A stored image, sent with the type its bytes show (never another type).</summary>
    private static async Task<IResult> ImageAsync(HttpContext http, IFileStore store, string? key)
    {
        var stream = key is null ? null : await store.OpenReadAsync(key, http.RequestAborted);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var buffered = new MemoryStream();
        await stream.CopyToAsync(buffered, http.RequestAborted);
        await stream.DisposeAsync();
        buffered.Position = 0;
        var type = FileTypeDetector.Detect(buffered);
        buffered.Position = 0;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return type is null || !type.ContentType.StartsWith("image/", StringComparison.Ordinal)
            ? Results.NotFound()
            : Results.Stream(buffered, type.ContentType);
    }

    private static async Task<IResult> FeedAsync(HttpContext http, PortalData portal, string? categorySlug)
    {
        var orgRef = http.Organization();
        var organization = orgRef is null ? null : await portal.OrganizationAsync(orgRef.Id, http.RequestAborted);
        if (organization is null)
        {
            return Results.NotFound();
        }

        var categories = await portal.CategoriesAsync(http.RequestAborted);
        var category = categorySlug is null ? null : categories.FirstOrDefault(c => c.Slug == categorySlug);
        if (categorySlug is not null && category is null)
        {
            return Results.NotFound();
        }

        var query = portal.Published();
        if (category is not null)
        {
            query = query.Where(d => d.CategoryId == category.Id);
        }

        var documents = (await query.ToListAsync(http.RequestAborted))
            .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(30).ToList();
        var head = await portal.HeadAsync(organization.Id, http.RequestAborted);
        var baseUrl = PortalData.BaseUrl(http.Request);
        var self = baseUrl + http.Request.Path;
        var byId = categories.ToDictionary(c => c.Id);

        var output = new MemoryStream();
        await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            const string ledgerNs = "https://prongsai.org/ns/ledger";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xmlns", "ledger", null, ledgerNs);
            xml.WriteAttributeString("xml", "lang", null, "th");
            xml.WriteElementString("id", atom, self);
            xml.WriteElementString("title", atom, XmlSafeText.Clean(category is null ? organization.Name : $"{category.Name} – {organization.Name}"));
            xml.WriteElementString("subtitle", atom, head is null
                ? "ทะเบียนการเผยแพร่ยังว่าง / the publication ledger is empty"
                : string.Create(CultureInfo.InvariantCulture, $"ค่าแฮชล่าสุดของทะเบียนการเผยแพร่ / publication ledger head #{head.Sequence}: {head.Hash}"));
            xml.WriteElementString("updated", atom, XmlTime(documents.FirstOrDefault()?.PublishedAt ?? head?.At ?? organization.CreatedAt));
            Link(xml, atom, "self", self, "application/atom+xml");
            Link(xml, atom, "alternate", $"{baseUrl}/{organization.Slug}/documents" + (category is null ? "" : "?category=" + category.Slug), "text/html");
            if (head is not null)
            {
                xml.WriteStartElement("ledger", "head", ledgerNs);
                xml.WriteAttributeString("sequence", head.Sequence.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("href", $"{baseUrl}/{organization.Slug}/ledger");
                xml.WriteString(head.Hash);
                xml.WriteEndElement();
            }

            foreach (var d in documents)
            {
                var url = baseUrl + DocumentIndexer.Url(organization.Slug, d.Id);
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, url);
                xml.WriteElementString("title", atom, XmlSafeText.Clean(d.Title));
                xml.WriteElementString("updated", atom, XmlTime(d.UpdatedAt));
                xml.WriteElementString("published", atom, XmlTime(d.PublishedAt ?? d.UpdatedAt));
                Link(xml, atom, "alternate", url, "text/html");
                if (byId.TryGetValue(d.CategoryId, out var c))
                {
                    xml.WriteStartElement("category", atom);
                    xml.WriteAttributeString("term", c.Slug);
                    xml.WriteAttributeString("label", XmlSafeText.Clean(c.Name));
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, XmlSafeText.Clean(organization.Name));
                xml.WriteEndElement();
                xml.WriteStartElement("summary", atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlSafeText.Clean(string.IsNullOrWhiteSpace(d.Summary) ? d.Title : d.Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Results.Bytes(output.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string XmlTime(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task<IResult> SitemapAsync(HttpContext http, PortalData portal)
    {
        var orgRef = http.Organization();
        if (orgRef is null)
        {
            return Results.NotFound();
        }

        var baseUrl = PortalData.BaseUrl(http.Request) + "/" + orgRef.Slug;
        var documents = await portal.Published().Select(d => new { d.Id, d.UpdatedAt }).ToListAsync(http.RequestAborted);
        var categories = await portal.CategoriesAsync(http.RequestAborted);
        var output = new MemoryStream();
        await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartElement("urlset", ns);
            void Url(string location, DateTimeOffset? modified = null)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, location);
                if (modified is { } m)
                {
                    xml.WriteElementString("lastmod", ns, m.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            Url(baseUrl + "/");
            Url(baseUrl + "/documents");
            foreach (var c in categories)
            {
                Url(baseUrl + "/documents?category=" + Uri.EscapeDataString(c.Slug));
            }

            foreach (var kind in OrganizationPages.Kinds.Where(k => k.Group != "home"))
            {
                Url($"{baseUrl}/{(kind.Group == OrganizationPages.Policy ? "policies" : "about")}/{kind.Key}");
            }

            Url(baseUrl + "/ledger");
            // The lists a villager or an assessor opens from the home page (each lists its years).
            foreach (var list in new[] { "/measures", "/budget", "/procurement", "/data", "/qa", "/consultations", "/satisfaction", "/service-statistics" })
            {
                Url(baseUrl + list);
            }

            foreach (var d in documents.OrderBy(d => d.Id))
            {
                Url(string.Create(CultureInfo.InvariantCulture, $"{baseUrl}/documents/{d.Id}"), d.UpdatedAt);
            }

            xml.WriteEndElement();
        }

        return Results.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>"1.2 MB", "350 KB" for people.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    /// <summary>A Thai date for people (BE year), or the English form when the page is in English.</summary>
    public static string Date(DateTimeOffset? at) =>
        at is null ? "" : Infrastructure.Lang.IsEnglish ? ThaiDate.FormatEnglish(at.Value) : ThaiDate.FormatLong(at.Value);
}
