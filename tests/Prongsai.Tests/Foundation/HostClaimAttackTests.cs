using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Host names claimed without proof (security review, finding 5): an OrgAdmin could claim any host — the
/// platform's own included — and it served their organization at once. Each test is one way to attack it.
/// </summary>
public sealed class HostClaimAttackTests
{
    private const string PlatformHost = "prongsai.example.go.th";

    /// <summary>One app per database that knows its platform host (the shared apps configure none).</summary>
    private static readonly Dictionary<DbProvider, Lazy<ProngsaiApp>> PlatformApps = new()
    {
        [DbProvider.Sqlite] = new(() => StartWithPlatformHost(DbProvider.Sqlite)),
        [DbProvider.Postgres] = new(() => StartWithPlatformHost(DbProvider.Postgres)),
    };

    [Theory, Providers]
    public async Task A_claimed_host_serves_nothing_until_the_operator_approves_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var host = $"{org.Slug}.go.th";
        await ClaimAsync(app, org, host);

        Assert.Equal(HostClaimStatus.Pending, await StatusAsync(app, host));
        // "/measures" is the organization's measures page on its own host, and no organization at all elsewhere.
        var before = await GetOnHostAsync(app, host, "/measures");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        // The Operator approves on the Operator page (HTTP, a real Operator account).
        var operatorClient = (await app.SignedInOperatorAsync()).Client;
        var page = "/staff/operator/organizations";
        var listed = await operatorClient.GetStringAsync(page);
        Assert.Contains($"<td>{host}</td>", listed, StringComparison.Ordinal);
        var claimId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        var approved = await operatorClient.PostFormAsync(page, page + "?handler=ApproveHost", [new("claimId", claimId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = await GetOnHostAsync(app, host, "/measures");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(org.Organization.Name, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var decided = await app.QueryAsync(db => db.OrganizationHosts.SingleAsync(h => h.HostName == host));
        Assert.Equal(HostClaimStatus.Approved, decided.Status);
        Assert.NotNull(decided.DecidedBy);
        Assert.NotNull(decided.DecidedAt);
        Assert.Equal(org[OrgRole.OrgAdmin].Id, decided.ClaimedBy);
        var afterDecision = await operatorClient.GetStringAsync(page);
        Assert.Contains($"อนุมัติโดเมน {host}", afterDecision, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td>{host}</td>", afterDecision, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_OrgAdmin_cannot_approve_their_own_claim(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var host = $"{org.Slug}.go.th";
        await ClaimAsync(app, org, host);
        var claimId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());

        var orgAdmin = StaffActor.System(organizationId: org.Id);
        var result = await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.ApproveAsync(orgAdmin, claimId));
        Assert.IsType<ForbiddenError>(Assert.Single(result.Errors));

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/staff/operator/organizations")).StatusCode);
        Assert.Equal(HostClaimStatus.Pending, await StatusAsync(app, host));
    }

    [Theory, Providers]
    public async Task A_rejected_claim_never_serves_and_frees_the_host_for_its_owner(DbProvider provider)
    {
        var app = Apps.For(provider);
        var squatter = await TestOrg.CreateAsync(app);
        var owner = await TestOrg.CreateAsync(app);
        var host = $"{owner.Slug}.go.th";
        await ClaimAsync(app, squatter, host);

        // While the squatter's claim waits, the host is not the owner's to claim either.
        var blocked = await ClaimAsync(app, owner, host, expectSuccess: false);
        Assert.IsType<ConflictError>(Assert.Single(blocked.Errors));

        var claimId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        var rejected = await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.RejectAsync(StaffActor.PlatformOperator(), claimId));
        Assert.True(rejected.Succeeded);
        var again = await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.ApproveAsync(StaffActor.PlatformOperator(), claimId));
        Assert.IsType<ConflictError>(Assert.Single(again.Errors));

        var response = await GetOnHostAsync(app, host, "/measures");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        await ClaimAsync(app, owner, host);
        var row = await app.QueryAsync(db => db.OrganizationHosts.SingleAsync(h => h.HostName == host));
        Assert.Equal(owner.Id, row.OrganizationId);
        Assert.Equal(HostClaimStatus.Pending, row.Status);
    }

    [Theory, Providers]
    public async Task A_decision_on_a_claim_decided_since_or_never_made_shows_the_page_again_with_the_reason(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var host = $"{org.Slug}.go.th";
        await ClaimAsync(app, org, host);
        var claimId = await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Id).SingleAsync());
        var operatorClient = (await app.SignedInOperatorAsync()).Client;
        var page = HostTestSteps.OperatorPage;
        Task<HttpResponseMessage> DecideAsync(string handler, int id) => operatorClient.PostFormAsync(page, $"{page}?handler={handler}",
            [new("claimId", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync("RejectHost", claimId)).StatusCode);

        // Decided already (a second tab still showed it): the approval is refused, the rejection stands.
        await HostTestSteps.AssertRefusedOnOperatorPageAsync(await DecideAsync("ApproveHost", claimId), HttpStatusCode.Conflict,
            $"คำขอใช้โดเมน {host} ได้รับการพิจารณาแล้ว");
        Assert.Equal(HostClaimStatus.Rejected, await StatusAsync(app, host));

        var missing = await app.QueryAsync(db => db.OrganizationHosts.MaxAsync(h => h.Id)) + 1000;
        await HostTestSteps.AssertRefusedOnOperatorPageAsync(await DecideAsync("RejectHost", missing), HttpStatusCode.NotFound, "ไม่พบคำขอใช้โดเมนนี้");
    }

    [Theory, Providers]
    public async Task Claiming_the_platforms_own_host_is_refused(DbProvider provider)
    {
        var app = PlatformApps[provider].Value;
        var org = await TestOrg.CreateAsync(app);
        foreach (var host in new[] { PlatformHost, PlatformHost.ToUpperInvariant(), PlatformHost + "." })
        {
            var result = await ClaimAsync(app, org, host, expectSuccess: false);
            Assert.Contains(result.Errors, e => e is ValidationError && e.Message.Contains("ชื่อของระบบ", StringComparison.Ordinal));
        }

        Assert.Empty(await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.OrganizationId == org.Id).ToListAsync()));
    }

    [Theory, Providers]
    public async Task Claiming_localhost_or_an_IP_literal_is_refused(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        foreach (var host in new[] { "localhost", "admin.localhost", "127.0.0.1", "10.0.0.8", "[::1]", "::1" })
        {
            var result = await ClaimAsync(app, org, host, expectSuccess: false);
            Assert.False(result.Succeeded, host);
        }

        Assert.Empty(await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.OrganizationId == org.Id).ToListAsync()));
    }

    [Theory, Providers]
    public async Task A_host_row_naming_the_platform_host_does_not_capture_other_organizations_paths(DbProvider provider)
    {
        var app = PlatformApps[provider].Value;
        var squatter = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);

        // A row written before the reservation existed (approved by the migration): the platform host must still
        // serve every organization by its path.
        await app.RunAsync(async db =>
        {
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = squatter.Id, HostName = PlatformHost, Status = HostClaimStatus.Approved });
            await db.SaveChangesAsync();
        });

        var response = await GetOnHostAsync(app, PlatformHost, $"/{other.Slug}/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(other.Organization.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(squatter.Organization.Name, html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_approved_host_keeps_other_organizations_paths_on_the_platform_host(DbProvider provider)
    {
        var app = Apps.For(provider);
        var owner = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var host = $"{owner.Slug}.go.th";
        await ClaimAsync(app, owner, host);
        await ApproveAllAsync(app, owner.Id);

        // On the platform address, /{other}/ is the other organization; on the owner's host, "/" is the owner.
        var platform = await app.Client().GetStringAsync($"/{other.Slug}/");
        Assert.Contains(other.Organization.Name, platform, StringComparison.Ordinal);
        var own = await GetOnHostAsync(app, host, "/measures");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(owner.Organization.Name, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Approves every pending claim of the organization, as the Operator.</summary>
    internal static async Task ApproveAllAsync(ProngsaiApp app, int organizationId)
    {
        var ids = await app.QueryAsync(db => db.OrganizationHosts
            .Where(h => h.OrganizationId == organizationId && h.Status == HostClaimStatus.Pending).Select(h => h.Id).ToListAsync());
        foreach (var id in ids)
        {
            var result = await app.UseAsync<HostClaims, Result<HostClaim>>(c => c.ApproveAsync(StaffActor.PlatformOperator(), id));
            Assert.True(result.Succeeded, result.Errors.FirstOrDefault()?.Message);
        }
    }

    private static async Task<Result<Organization>> ClaimAsync(ProngsaiApp app, TestOrg org, string hosts, bool expectSuccess = true)
    {
        var admin = org[OrgRole.OrgAdmin];
        var actor = new StaffActor(admin.Id, admin.Email, org.Id, new HashSet<OrgRole> { OrgRole.OrgAdmin }, new HashSet<int>());
        var result = await app.UseAsync<UpdateOrganizationProfile, Result<Organization>>(async update =>
        {
            var input = await update.LoadAsync(org.Id) ?? throw new InvalidOperationException("no profile");
            input.HostNames = hosts;
            return await update.RunAsync(actor, input);
        }, org.Id);
        Assert.Equal(expectSuccess, result.Succeeded);
        return result;
    }

    private static Task<HostClaimStatus> StatusAsync(ProngsaiApp app, string host) =>
        app.QueryAsync(db => db.OrganizationHosts.Where(h => h.HostName == host).Select(h => h.Status).SingleAsync());

    private static async Task<HttpResponseMessage> GetOnHostAsync(ProngsaiApp app, string host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await app.Client().SendAsync(request);
    }

    private static ProngsaiApp StartWithPlatformHost(DbProvider provider)
    {
        var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:PlatformHosts:0"] = PlatformHost });
        _ = app.Server;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return app;
    }
}

/// <summary>Use cases and queries on an app's own services, in a scope that works for one organization (or none).</summary>
internal static class AppServiceExtensions
{
    public static async Task<T> UseAsync<TService, T>(this ProngsaiApp app, Func<TService, Task<T>> action, int? organizationId = null)
        where TService : notnull
    {
        await using var scope = app.Scope();
        if (organizationId is { } id)
        {
            var slug = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Organizations
                .Where(o => o.Id == id).Select(o => o.Slug).SingleAsync();
            scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(id, slug);
        }

        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<T> QueryAsync<T>(this ProngsaiApp app, Func<ProngsaiDbContext, Task<T>> query) => app.UseAsync(query);

    public static Task RunAsync(this ProngsaiApp app, Func<ProngsaiDbContext, Task> action) =>
        app.UseAsync<ProngsaiDbContext, bool>(async db =>
        {
            await action(db);
            return true;
        });

    /// <summary>A new platform operator, signed in, past the first-sign-in password change.</summary>
    public static async Task<(HttpClient Client, string UserId)> SignedInOperatorAsync(this ProngsaiApp app)
    {
        var email = $"operator-{Guid.NewGuid():N}@platform.test";
        var created = await app.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateOperatorAsync(StaffActor.PlatformOperator(), email, "ผู้ดูแลแพลตฟอร์ม"));
        var user = created.Value ?? throw new InvalidOperationException(created.Errors[0].Message);
        await app.RunAsync(async db =>
        {
            var entity = await db.Users.FirstAsync(u => u.Id == user.User.Id);
            entity.MustChangePassword = false;
            await db.SaveChangesAsync();
        });
        return (await app.SignedInAsync(email, user.OneTimePassword), user.User.Id);
    }
}
