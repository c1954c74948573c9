using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Features;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>The demo organization's plan: FY 2567 approved, samples in all four dimensions with both reports, seeded once.</summary>
public sealed class PlanDemoTests
{
    [Theory, Providers]
    public async Task The_samples_are_an_approved_plan_of_2567_in_every_dimension_with_both_reports_seeded_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Task SeedAsync(MeasuresTestHost into) => into.RunAsync(async sp =>
        {
            var organization = await sp.GetRequiredService<ProngsaiDbContext>().Organizations.SingleAsync(o => o.Id == into.OrganizationId);
            await sp.GetServices<IDemoContent>().OfType<PlanDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
            return 0;
        });

        await SeedAsync(host);
        await SeedAsync(host);
        var year = (await host.UseAsync<PlanBoard, PlanYear?>(b => b.PublishedAsync(2567)))!;
        Assert.Equal((PlanStatus.Approved, host.OrganizationId), (year.Plan!.Status, year.Plan.OrganizationId));
        Assert.StartsWith("ตัวอย่าง", year.Title, StringComparison.Ordinal);
        Assert.InRange(year.Lines.Count, 5, 8);
        Assert.Equal(Enum.GetValues<PlanDimension>(), year.ByDimension().Select(g => g.Dimension));
        Assert.All(year.Lines, line =>
        {
            Assert.StartsWith("ตัวอย่าง", line.Project.Name, StringComparison.Ordinal);
            Assert.StartsWith("ตัวอย่าง", line.HalfYear!.Result, StringComparison.Ordinal);
            Assert.StartsWith("ตัวอย่าง", line.YearEnd!.Result, StringComparison.Ordinal);
            Assert.True(line.YearEnd.RecordedAt > line.HalfYear.RecordedAt && line.HalfYear.RecordedAt > year.Plan.ApprovedAt);
        });
        Assert.Equal(1, await host.QueryAsync(db => db.Set<AntiCorruptionPlan>().CountAsync()));
        Assert.Contains(year.Lines, l => l.Project.Budget == 0);

        var evidence = await host.RunAsync(sp => sp.GetServices<IEvidenceSource>().OfType<PlanEvidenceSource>().Single().FindAsync(2567, CancellationToken.None));
        Assert.Equal([$"/{host.Slug}/anti-corruption/2567", $"/{host.Slug}/anti-corruption/2567#round-6", $"/{host.Slug}/anti-corruption/2567#round-12"],
            evidence.Select(e => e.PublicPath));
        Assert.True(year.Reported(FollowUpRound.HalfYear) && year.Reported(FollowUpRound.YearEnd));
    }
}
