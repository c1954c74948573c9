using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// An approved host could not be taken back (the domain lapsed, moved to another office, or was approved by mistake):
/// the Operator finds it by searching the organizations page and revokes it there.
/// </summary>
public sealed class HostRevokeTests
{
    private const string Page = "/staff/operator/organizations";

    [Theory, Providers]
    public async Task The_operator_finds_an_approved_host_and_revokes_it_and_another_organization_may_claim_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var owner = await TestOrg.CreateAsync(app);
        var next = await TestOrg.CreateAsync(app);
        var host = $"{owner.Slug}.go.th";
        Assert.True((await app.ClaimHostsAsync(owner, host)).Succeeded);
        var hostId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        Assert.True((await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.ApproveAsync(StaffActor.PlatformOperator(), hostId))).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await app.GetOnHostAsync(host, "/measures")).StatusCode);

        // Searching by the host finds its organization and the host, with a confirmation before the revoke.
        var operatorClient = (await app.SignedInOperatorAsync()).Client;
        var found = WebUtility.HtmlDecode(await operatorClient.GetStringAsync($"{Page}?q={host}"));
        Assert.Contains($"<a href=\"/{owner.Slug}/\">{owner.Slug}</a>", found, StringComparison.Ordinal);
        Assert.DoesNotContain($"<a href=\"/{next.Slug}/\">", found, StringComparison.Ordinal);
        Assert.Contains($"<strong>{host}</strong>", found, StringComparison.Ordinal);
        Assert.Contains($"เพิกถอนโดเมน {host}…", found, StringComparison.Ordinal);

        var revoked = await operatorClient.PostFormAsync($"{Page}?q={host}", $"{Page}?handler=RevokeHost&q={host}",
            [new("hostId", hostId.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = WebUtility.HtmlDecode(await operatorClient.GetStringAsync(revoked.Headers.Location!.OriginalString));
        Assert.Contains($"เพิกถอนโดเมน {host} ของ {owner.Organization.Name} แล้ว", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"<strong>{host}</strong>", after, StringComparison.Ordinal);

        // The host serves nothing now; the owner's profile says the operator refused it; another organization may claim it.
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetOnHostAsync(host, "/measures")).StatusCode);
        var row = await app.QueryAsync(db => db.OrganizationHosts.AsNoTracking().SingleAsync(h => h.Id == hostId));
        Assert.Equal(HostClaimStatus.Rejected, row.Status);
        Assert.NotNull(row.DecidedAt);
        Assert.True((await app.ClaimHostsAsync(next, host)).Succeeded);
        Assert.Equal(next.Id, await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.OrganizationId).SingleAsync()));

        // Revoking what is no longer approved is refused, not repeated.
        var claimedAgain = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        var again = await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.RevokeAsync(StaffActor.PlatformOperator(), claimedAgain));
        Assert.IsType<ConflictError>(Assert.Single(again.Errors));
    }

    [Theory, Providers]
    public async Task A_refused_revoke_shows_the_page_again_with_the_reason_and_its_status(DbProvider provider)
    {
        var app = Apps.For(provider);
        var owner = await TestOrg.CreateAsync(app);
        var host = $"{owner.Slug}.go.th";
        Assert.True((await app.ClaimHostsAsync(owner, host)).Succeeded);
        var hostId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        Assert.True((await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.ApproveAsync(StaffActor.PlatformOperator(), hostId))).Succeeded);
        var operatorClient = (await app.SignedInOperatorAsync()).Client;
        Task<HttpResponseMessage> RevokeAsync(int id) => operatorClient.PostFormAsync($"{Page}?q={host}", $"{Page}?handler=RevokeHost&q={host}",
            [new("hostId", id.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, (await RevokeAsync(hostId)).StatusCode);

        // Revoked already (another tab, a colleague): nothing to take back.
        await HostTestSteps.AssertRefusedOnOperatorPageAsync(await RevokeAsync(hostId), HttpStatusCode.Conflict,
            $"โดเมน {host} ไม่ได้อยู่ในสถานะใช้งานได้ จึงไม่มีอะไรให้เพิกถอน");

        // An id that names no host.
        var missing = await app.QueryAsync(db => db.OrganizationHosts.MaxAsync(h => h.Id)) + 1000;
        await HostTestSteps.AssertRefusedOnOperatorPageAsync(await RevokeAsync(missing), HttpStatusCode.NotFound, "ไม่พบโดเมนนี้");
        Assert.Equal(HostClaimStatus.Rejected,
            await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.Id == hostId).Select(h => h.Status).SingleAsync()));
    }

    [Theory, Providers]
    public async Task Only_the_operator_revokes_a_host(DbProvider provider)
    {
        var app = Apps.For(provider);
        var owner = await TestOrg.CreateAsync(app);
        var host = $"{owner.Slug}.go.th";
        await app.ClaimHostsAsync(owner, host);
        var hostId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.ApproveAsync(StaffActor.PlatformOperator(), hostId));

        var byOrganization = await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.RevokeAsync(StaffActor.System(organizationId: owner.Id), hostId));
        Assert.IsType<ForbiddenError>(Assert.Single(byOrganization.Errors));
        var admin = await app.SignedInAsync(owner[OrgRole.OrgAdmin]);
        var posted = await admin.PostFormAsync($"/staff/{owner.Slug}/profile", $"{Page}?handler=RevokeHost",
            [new("hostId", hostId.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HostClaimStatus.Approved,
            await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.Id == hostId).Select(h => h.Status).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_organizations_table_shows_at_most_a_page_and_says_how_many_there_are(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var operatorClient = (await app.SignedInOperatorAsync()).Client;
        var total = await app.QueryAsync(db => db.Organizations.CountAsync());

        var all = await operatorClient.GetStringAsync(Page);
        var rows = System.Text.RegularExpressions.Regex.Matches(all, "<tr><td><a href=\"/[^\"]+/\">").Count;
        // Other tests may add organizations meanwhile: never more than a page, never fewer than there were.
        Assert.InRange(rows, Math.Min(total, Prongsai.Web.Pages.Staff.Operator.OrganizationsModel.Shown),
            Prongsai.Web.Pages.Staff.Operator.OrganizationsModel.Shown);

        var one = await operatorClient.GetStringAsync($"{Page}?q={org.Slug}");
        Assert.Contains($"<a href=\"/{org.Slug}/\">{org.Slug}</a>", one, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(one, "<tr><td><a href=\"/[^\"]+/\">"));
    }
}
