using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Portal;

/// <summary>What public pages and the layout read, once per request.</summary>
public sealed class PortalData(ProngsaiDbContext db, PublicationLedger ledger)
{
    private Organization? organization;
    private PublicationLedger.Head? head;
    private bool headLoaded;
    private List<DocumentCategory>? categories;

    public async Task<Organization?> OrganizationAsync(int id, CancellationToken cancellationToken = default) =>
        organization ??= await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The organization the request was resolved to (Tenancy), or null on a path that names none.</summary>
    public async Task<Organization?> OrganizationOfAsync(HttpContext http, CancellationToken cancellationToken = default) =>
        http.Organization()?.Id is { } id ? await OrganizationAsync(id, cancellationToken) : null;

    public async Task<PublicationLedger.Head?> HeadAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        if (!headLoaded)
        {
            head = await ledger.HeadAsync(organizationId, cancellationToken);
            headLoaded = true;
        }

        return head;
    }

    public async Task<List<DocumentCategory>> CategoriesAsync(CancellationToken cancellationToken = default) =>
        categories ??= await db.DocumentCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>Published documents, newest first, for lists, feeds and the sitemap.</summary>
    public IQueryable<Document> Published() =>
        db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published);

    /// <summary>
    /// "https://host" for the absolute links a page writes (feeds, sitemaps, Open Graph tags, posters, receipts): the
    /// configured public address (Prongsai:PublicAddress), or this request's own when none is configured or when the
    /// request came on an organization's own host name, which is public by its verified claim.
    /// </summary>
    public static string BaseUrl(HttpRequest request) =>
        !OrganizationResolutionMiddleware.CameOnOwnHost(request.HttpContext)
        && request.HttpContext.RequestServices.GetService<IOptions<PlatformHostOptions>>()?.Value.PublicRoot is { } configured
            ? configured
            : RequestBaseUrl(request);

    /// <summary>"scheme://host" exactly as this request was addressed.</summary>
    public static string RequestBaseUrl(HttpRequest request) => request.Scheme + "://" + request.Host.Value;
}
