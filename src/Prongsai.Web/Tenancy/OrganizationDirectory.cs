using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Tenancy;

/// <summary>The few facts about an organization every request needs, cached briefly per node.</summary>
public sealed record OrganizationRef(int Id, string Slug, string Name);

/// <summary>
/// Looks organizations up by slug or host name (approved host claims only). Entries live 30 seconds: slugs and hosts change
/// rarely, and a short life keeps nodes in step without a shared cache.
/// </summary>
public sealed class OrganizationDirectory(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public Task<OrganizationRef?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(("org-slug", slug), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            return await db.Organizations.AsNoTracking().Where(o => o.Slug == slug)
                .Select(o => new OrganizationRef(o.Id, o.Slug, o.Name)).FirstOrDefaultAsync(cancellationToken);
        });

    public Task<OrganizationRef?> ByHostAsync(string host, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(("org-host", host), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            return await db.OrganizationHosts.AsNoTracking().Where(h => h.HostName == host && h.Status == HostClaimStatus.Approved)
                .Join(db.Organizations, h => h.OrganizationId, o => o.Id, (h, o) => new OrganizationRef(o.Id, o.Slug, o.Name))
                .FirstOrDefaultAsync(cancellationToken);
        });

    public void Forget(string slug) => cache.Remove(("org-slug", slug));

    /// <summary>Drops a host's cached answer (after the Operator decides a claim), so this node sees it at once.</summary>
    public void ForgetHost(string host) => cache.Remove(("org-host", host));
}
