using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>The pieces that let several app nodes share one database.</summary>
public sealed class SharedServicesTests
{
    [Theory, Providers]
    public async Task Only_one_node_holds_a_job_lease_until_it_expires_or_is_released(DbProvider provider)
    {
        var app = Apps.For(provider);
        var job = "test-job-" + Guid.NewGuid().ToString("N");
        await using var first = app.Scope();
        await using var second = app.Scope();
        var nodeA = first.ServiceProvider.GetRequiredService<JobLock>();
        var nodeB = second.ServiceProvider.GetRequiredService<JobLock>();

        var results = await Task.WhenAll(
            nodeA.TryAcquireAsync(job, "node-a", TimeSpan.FromMinutes(5)),
            nodeB.TryAcquireAsync(job, "node-b", TimeSpan.FromMinutes(5)));
        Assert.Single(results, won => won);

        var winner = results[0] ? "node-a" : "node-b";
        var loser = results[0] ? nodeB : nodeA;
        Assert.False(await loser.TryAcquireAsync(job, results[0] ? "node-b" : "node-a", TimeSpan.FromMinutes(5)));
        await (results[0] ? nodeA : nodeB).ReleaseAsync(job, winner);
        Assert.True(await loser.TryAcquireAsync(job, results[0] ? "node-b" : "node-a", TimeSpan.FromMinutes(5)));
    }

    [Theory, Providers]
    public async Task Content_stamps_count_every_bump(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await using var scope = app.Scope();
        var version = scope.ServiceProvider.GetRequiredService<ContentVersion>();
        var before = await version.CurrentAsync(org.Id);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var node = app.Scope();
            await node.ServiceProvider.GetRequiredService<ContentVersion>().BumpAsync(org.Id);
        }));
        Assert.Equal(before + 4, await version.CurrentAsync(org.Id));
    }

    [Theory, Providers]
    public async Task Tenant_queries_without_an_organization_return_nothing(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        Assert.Empty(await db.Departments.ToListAsync());

        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        Assert.Equal(2, await db.Departments.CountAsync());
    }

    [Theory, Providers]
    public async Task Writing_a_row_of_another_organization_is_refused(DbProvider provider)
    {
        var app = Apps.For(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(a.Id, a.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var foreign = await db.Departments.IgnoreQueryFilters().FirstAsync(d => d.OrganizationId == b.Id);
        foreign.Name = "hijacked";
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Reserved_slugs_are_refused()
    {
        foreach (var slug in new[] { "api", "staff", "healthz", "openapi", "css", "fonts" })
        {
            Assert.NotNull(OrganizationSlug.Problem(slug));
        }

        Assert.NotNull(OrganizationSlug.Problem("Bang Kha"));
        Assert.NotNull(OrganizationSlug.Problem("../x"));
        Assert.Null(OrganizationSlug.Problem("bangkha"));
    }

    [Fact]
    public void Generated_passwords_meet_the_policy_and_differ()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => Passwords.Generate()).ToList();
        Assert.Equal(50, passwords.Distinct().Count());
        Assert.All(passwords, p => Assert.True(p.Length >= 12 && p.Any(char.IsDigit) && p.Any(char.IsUpper) && p.Any(char.IsLower)));
    }
}
