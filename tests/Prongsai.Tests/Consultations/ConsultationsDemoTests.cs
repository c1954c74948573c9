using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// The demo's consultations: one of fiscal year 2567 with its opinions and summary, one open now whose form can be
/// tried, every text marked as a sample; seeded once, and never into an organization that has consultations of its own.
/// </summary>
public sealed class ConsultationsDemoTests
{
    private static Task SeedAsync(MeasuresTestHost host) => host.RunAsync(async sp =>
    {
        var organization = await sp.GetRequiredService<ProngsaiDbContext>().Organizations.SingleAsync(o => o.Id == host.OrganizationId);
        await sp.GetServices<IDemoContent>().OfType<ConsultationsDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
        return 0;
    });

    [Theory, Providers]
    public async Task The_samples_are_a_concluded_consultation_of_2567_and_an_open_one_seeded_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var today = BangkokTime.Today(host.Clock);

        await SeedAsync(host);
        await SeedAsync(host);

        var consultations = await host.QueryAsync(db => db.Set<Consultation>().AsNoTracking().Include(c => c.Opinions).OrderBy(c => c.OpensOn).ToListAsync());
        Assert.Equal(2, consultations.Count);
        Assert.All(consultations, c =>
        {
            Assert.True(c.IsSample);
            Assert.Equal((host.OrganizationId, ConsultationStatus.Published), (c.OrganizationId, c.Status));
            Assert.StartsWith("ตัวอย่าง", c.Title, StringComparison.Ordinal);
            Assert.StartsWith("ตัวอย่าง", c.Description, StringComparison.Ordinal);
            Assert.Contains("demo", c.PublishedBy, StringComparison.Ordinal);
            Assert.All(c.Opinions, o =>
            {
                Assert.True(o.IsSample);
                Assert.StartsWith("ตัวอย่าง", o.Text, StringComparison.Ordinal);
                Assert.Null(o.Name);
                Assert.Null(o.Contact);
                Assert.InRange(BangkokTime.DateOf(o.ReceivedAt), c.OpensOn, c.ClosesOn);
            });
        });

        var (plan, road) = (consultations[0], consultations[1]);
        Assert.Equal((2567, ConsultationPhase.Concluded, 4), (plan.FiscalYear, plan.PhaseOn(today), plan.Opinions.Count));
        Assert.StartsWith("ตัวอย่าง", plan.Summary, StringComparison.Ordinal);
        Assert.True(plan.SummaryPublishedAt > plan.PublishedAt);
        Assert.True(BangkokTime.DateOf(plan.SummaryPublishedAt!.Value) > plan.ClosesOn);
        Assert.Equal(new OpinionCounts(2, 1, 1, 0), await host.UseAsync<ConsultationBoard, OpinionCounts>(b => b.CountsAsync(plan.Id)));

        Assert.Equal((ConsultationPhase.Open, 1), (road.PhaseOn(today), road.Opinions.Count));
        Assert.Null(road.Summary);

        // The open one's form can be tried: it takes an opinion.
        await SubmittedAsync(host, road.Id, Says());
        Assert.Equal(2, await host.QueryAsync(db => db.Set<Opinion>().CountAsync(o => o.ConsultationId == road.Id)));
    }

    [Theory, Providers]
    public async Task An_organization_with_a_consultation_of_its_own_gets_no_samples(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var own = await AddAsync(host, team.Admin.Actor, Hearing(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15)));

        await SeedAsync(host);

        Assert.Equal([own.Id], await host.QueryAsync(db => db.Set<Consultation>().Select(c => c.Id).ToListAsync()));
        Assert.Equal(0, await OpinionCountAsync(host));
    }
}
