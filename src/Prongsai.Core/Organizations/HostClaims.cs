using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

/// <summary>A host-name claim waiting for the Operator, with the organization that made it.</summary>
public sealed record HostClaim(int Id, string HostName, int OrganizationId, string OrganizationSlug, string OrganizationName,
    HostClaimStatus Status, DateTimeOffset? ClaimedAt);

/// <summary>
/// The platform Operator approves or rejects the host names organizations claim: only the Operator can check
/// (outside the app) that a host really belongs to the organization, and a wrong host would send its visitors
/// to the wrong government.
/// </summary>
public sealed class HostClaims(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<HostClaim>>> PendingAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่ดูคำขอใช้โดเมนได้");
        }

        var claims = await db.OrganizationHosts.AsNoTracking().Where(h => h.Status == HostClaimStatus.Pending)
            .Join(db.Organizations, h => h.OrganizationId, o => o.Id,
                (h, o) => new HostClaim(h.Id, h.HostName, o.Id, o.Slug, o.Name, h.Status, h.ClaimedAt))
            .ToListAsync(cancellationToken);
        return claims.OrderBy(c => c.HostName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Approved hosts whose name or organization (slug or name) contains <paramref name="search"/>, at most
    /// <paramref name="limit"/>: with thousands of organizations the Operator looks one up rather than reads a list.
    /// </summary>
    public async Task<Result<IReadOnlyList<HostClaim>>> ApprovedAsync(
        StaffActor actor, string search, int limit = 50, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่ดูโดเมนของหน่วยงานได้");
        }

        var typed = search.Trim();
        var lower = typed.ToLowerInvariant();
        var claims = await db.OrganizationHosts.AsNoTracking().Where(h => h.Status == HostClaimStatus.Approved)
            .Join(db.Organizations, h => h.OrganizationId, o => o.Id, (h, o) => new { Host = h, Organization = o })
            .Where(x => x.Host.HostName.Contains(lower) || x.Organization.Slug.Contains(lower) || x.Organization.Name.Contains(typed))
            .OrderBy(x => x.Host.HostName).Take(limit)
            .Select(x => new HostClaim(x.Host.Id, x.Host.HostName, x.Organization.Id, x.Organization.Slug, x.Organization.Name,
                x.Host.Status, x.Host.ClaimedAt))
            .ToListAsync(cancellationToken);
        return claims;
    }

    /// <summary>
    /// Takes back an approved host (the domain lapsed, moved to another office, or was approved by mistake): it stops
    /// serving the organization, and another organization may claim it. Recorded as a rejection by the Operator, with
    /// who and when, as the profile page and the audit trail show it.
    /// </summary>
    public async Task<Result<HostClaim>> RevokeAsync(StaffActor actor, int hostId, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่เพิกถอนโดเมนได้");
        }

        var host = await db.OrganizationHosts.FirstOrDefaultAsync(h => h.Id == hostId, cancellationToken);
        if (host is null)
        {
            return Error.NotFound("ไม่พบโดเมนนี้");
        }

        if (host.Status != HostClaimStatus.Approved)
        {
            return Error.Conflict($"โดเมน {host.HostName} ไม่ได้อยู่ในสถานะใช้งานได้ จึงไม่มีอะไรให้เพิกถอน");
        }

        return await DecideAsync(actor, host, HostClaimStatus.Rejected, cancellationToken);
    }

    public Task<Result<HostClaim>> ApproveAsync(StaffActor actor, int claimId, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, claimId, HostClaimStatus.Approved, cancellationToken);

    public Task<Result<HostClaim>> RejectAsync(StaffActor actor, int claimId, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, claimId, HostClaimStatus.Rejected, cancellationToken);

    private async Task<Result<HostClaim>> DecideAsync(StaffActor actor, int claimId, HostClaimStatus decision, CancellationToken cancellationToken)
    {
        if (!actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่อนุมัติหรือปฏิเสธคำขอใช้โดเมนได้");
        }

        var host = await db.OrganizationHosts.FirstOrDefaultAsync(h => h.Id == claimId, cancellationToken);
        if (host is null)
        {
            return Error.NotFound("ไม่พบคำขอใช้โดเมนนี้");
        }

        if (host.Status != HostClaimStatus.Pending)
        {
            return Error.Conflict($"คำขอใช้โดเมน {host.HostName} ได้รับการพิจารณาแล้ว");
        }

        return await DecideAsync(actor, host, decision, cancellationToken);
    }

    private async Task<Result<HostClaim>> DecideAsync(StaffActor actor, OrganizationHost host, HostClaimStatus decision, CancellationToken cancellationToken)
    {
        host.Status = decision;
        host.DecidedBy = actor.UserId ?? actor.UserName;
        host.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == host.OrganizationId, cancellationToken);
        return new HostClaim(host.Id, host.HostName, organization.Id, organization.Slug, organization.Name, host.Status, host.ClaimedAt);
    }
}
