using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;

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

    /// <summary>"https://host" of this request, for absolute links in feeds, sitemaps and Open Graph tags.</summary>
    public static string BaseUrl(HttpRequest request) => request.Scheme + "://" + request.Host.Value;
}
