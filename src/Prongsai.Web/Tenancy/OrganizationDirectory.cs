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
/// <remarks>
/// Slugs are answered from a list of every organization, read in one query every 30 seconds: a node serving
/// thousands of organizations at random would otherwise read one organization per request, since the same one rarely
/// comes back within 30 seconds (docs/performance.md, mixed load). 8,000 organizations are about 1 MB. A slug the
/// list does not know (an organization created on another node since, or a mistyped address) is looked up alone and
/// that answer kept for 30 seconds, as before.
/// </remarks>
public sealed class OrganizationDirectory(IMemoryCache cache, IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim listRead = new(1, 1);
    private volatile SlugList? list;

    // Counts Forget calls, so a list read that began before one is not kept after it.
    private int forgettings;

    public async Task<OrganizationRef?> BySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var current = await FreshListAsync(cancellationToken);
        return current.BySlug.TryGetValue(slug, out var found) ? found : await BySlugAloneAsync(slug, cancellationToken);
    }

    private async Task<SlugList> FreshListAsync(CancellationToken cancellationToken)
    {
        if (list is { } current && clock.GetElapsedTime(current.ReadAt) < Lifetime)
        {
            return current;
        }

        await listRead.WaitAsync(cancellationToken);
        try
        {
            if (list is { } justRead && clock.GetElapsedTime(justRead.ReadAt) < Lifetime)
            {
                return justRead;
            }

            var readAt = clock.GetTimestamp();
            var forgottenBefore = Volatile.Read(ref forgettings);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var all = await db.Organizations.AsNoTracking()
                .Select(o => new OrganizationRef(o.Id, o.Slug, o.Name))
                .ToDictionaryAsync(o => o.Slug, StringComparer.Ordinal, cancellationToken);
            var read = new SlugList(all, readAt);
            if (Volatile.Read(ref forgettings) == forgottenBefore)
            {
                list = read;
            }

            return read;
        }
        finally
        {
            listRead.Release();
        }
    }

    private Task<OrganizationRef?> BySlugAloneAsync(string slug, CancellationToken cancellationToken) =>
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

    /// <summary>Drops what this node knows of a slug (after a rename), so the old one stops answering at once.</summary>
    public void Forget(string slug)
    {
        Interlocked.Increment(ref forgettings);
        cache.Remove(("org-slug", slug));
        list = null;
    }

    /// <summary>Drops a host's cached answer (after the Operator decides a claim), so this node sees it at once.</summary>
    public void ForgetHost(string host) => cache.Remove(("org-host", host));

    private sealed record SlugList(Dictionary<string, OrganizationRef> BySlug, long ReadAt);
}
