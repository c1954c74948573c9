using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Gifts;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Gifts;

/// <summary>The demo organization's gift register: three decided reports of FY 2567, every name marked as a sample, seeded once.</summary>
public sealed class GiftsDemoTests
{
    [Theory, Providers]
    public async Task The_demo_has_three_decided_samples_of_fiscal_year_2567_for_its_yearly_report(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        _ = app.Client();

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Slug == "bangkha");
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);

        var reports = await db.Set<GiftReport>().AsNoTracking().OrderBy(g => g.ReceivedOn).ToListAsync();
        Assert.Equal(3, reports.Count);
        Assert.All(reports, g =>
        {
            Assert.Equal(GiftReportStatus.Decided, g.Status);
            Assert.Equal(org.Id, g.OrganizationId);
            Assert.Equal(new FiscalYear(2567), FiscalYear.ForDate(g.ReceivedOn));
            Assert.StartsWith("ตัวอย่าง", g.ReceiverName, StringComparison.Ordinal);
            Assert.StartsWith("ตัวอย่าง", g.ReceiverPosition, StringComparison.Ordinal);
            Assert.StartsWith("ตัวอย่าง", g.GiverName, StringComparison.Ordinal);
            Assert.Contains("demo", g.DecidedBy, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(g.DecisionNote));
            Assert.True(g.Value > GiftRules.AllowedValue);
            Assert.True(GiftRules.MustReport(g.Value, g.GiverRelation));
            Assert.False(GiftRules.ReportedLate(g));
            Assert.True(g.DecidedAt > g.ReportedAt);
            // A gift to return or hand over went, after it came; one kept has nothing to settle.
            Assert.False(g.AwaitsSettlement);
            Assert.Equal(g.Decision != GiftDecision.Keep, g.SettledOn is not null);
            Assert.True(g.SettledOn is null || g.SettledOn >= g.ReceivedOn);
        });
        Assert.Equal([GiftDecision.HandToOffice, GiftDecision.ReturnToGiver, GiftDecision.Keep], reports.Select(g => g.Decision!.Value));

        // The website's yearly report of FY 2567 lists them; the other years have nothing.
        var board = scope.ServiceProvider.GetRequiredService<GiftBoard>();
        Assert.Equal(3, (await board.PublishedAsync(new FiscalYear(2567))).Count);
        Assert.Empty(await board.PublishedAsync(new FiscalYear(2568)));

        // Seeded once: a second run (a restart) adds nothing.
        await scope.ServiceProvider.GetServices<IDemoContent>().OfType<GiftsDemoContent>().Single().SeedAsync(org, CancellationToken.None);
        Assert.Equal(3, await db.Set<GiftReport>().CountAsync());
    }

    [Theory, Providers]
    public async Task The_samples_are_seeded_once_and_never_into_an_organization_that_has_reports(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Task SeedAsync() => host.RunAsync(async sp =>
        {
            var organization = await sp.GetRequiredService<ProngsaiDbContext>().Organizations.SingleAsync(o => o.Id == host.OrganizationId);
            await sp.GetServices<IDemoContent>().OfType<GiftsDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
            return 0;
        });

        await SeedAsync();
        await SeedAsync();
        var seeded = await host.QueryAsync(db => db.Set<GiftReport>().AsNoTracking().OrderBy(g => g.Id).ToListAsync());
        Assert.Equal(3, seeded.Count);
        Assert.All(seeded, g => Assert.Equal(host.OrganizationId, g.OrganizationId));
        Assert.Equal(3, (await host.UseAsync<GiftBoard, IReadOnlyList<PublicGiftRow>>(b => b.PublishedAsync(new FiscalYear(2567)))).Count);

        // An organization with a real report of its own is left as it is.
        await using var other = await MeasuresTestHost.StartAsync(provider);
        var office = await other.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var clerk = await Circulars.CircularsTestData.MemberAsync(other, "นายสมชาย ธุรการ", [Core.Organizations.OrgRole.DepartmentStaff], office);
        await GiftsTestData.ReportAsync(other, clerk.Actor, GiftsTestData.Basket(BangkokTime.Today(other.Clock)));
        await other.RunAsync(async sp =>
        {
            var organization = await sp.GetRequiredService<ProngsaiDbContext>().Organizations.SingleAsync(o => o.Id == other.OrganizationId);
            await sp.GetServices<IDemoContent>().OfType<GiftsDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
            return 0;
        });
        Assert.Equal(1, await other.QueryAsync(db => db.Set<GiftReport>().CountAsync()));
    }
}
