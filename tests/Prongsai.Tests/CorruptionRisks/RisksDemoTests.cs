using Microsoft.EntityFrameworkCore;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>The demo organization's risk assessment: FY 2567 approved, three sample risks with both reports, seeded once.</summary>
public sealed class RisksDemoTests
{
    [Theory, Providers]
    public async Task The_demo_has_an_approved_assessment_of_fiscal_year_2567_with_both_reports_on_every_risk(DbProvider provider)
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

        var assessment = await db.Set<RiskAssessment>().AsNoTracking().SingleAsync();
        Assert.Equal((org.Id, 2567, RiskAssessmentStatus.Approved), (assessment.OrganizationId, assessment.FiscalYear, assessment.Status));
        Assert.NotNull(assessment.ApprovedAt);
        Assert.Contains("demo", assessment.ApprovedBy, StringComparison.Ordinal);
        Assert.Equal(new Core.Calendar.FiscalYear(2567), Core.Calendar.FiscalYear.ForDate(Core.Calendar.BangkokTime.DateOf(assessment.ApprovedAt!.Value)));

        var board = scope.ServiceProvider.GetRequiredService<RiskBoard>();
        var year = (await board.PublishedAsync(2567))!;
        Assert.Equal(3, year.Lines.Count);
        Assert.All(year.Lines, line =>
        {
            Assert.Equal(org.Id, line.Risk.OrganizationId);
            Assert.StartsWith("ตัวอย่าง", line.Risk.Process, StringComparison.Ordinal);
            Assert.True(RiskRules.OnScale(line.Risk.Likelihood) && RiskRules.OnScale(line.Risk.Impact));
            Assert.NotNull(line.DepartmentName);
            Assert.NotNull(line.HalfYear);
            Assert.NotNull(line.YearEnd);
            Assert.Equal(org.Id, line.HalfYear!.OrganizationId);
            Assert.True(line.HalfYear.RecordedAt > assessment.ApprovedAt);
            Assert.True(line.YearEnd!.RecordedAt > line.HalfYear.RecordedAt);
            Assert.False(string.IsNullOrWhiteSpace(line.YearEnd.Result));
        });
        Assert.Equal(["กองช่าง", "กองคลัง", "สำนักปลัด"], year.Lines.Select(l => l.DepartmentName));
        Assert.Equal([RiskLevel.High, RiskLevel.High, RiskLevel.Medium], year.Lines.Select(l => l.Risk.Level));
        Assert.True(year.Reported(Core.CorruptionRisks.FollowUpRound.HalfYear) && year.Reported(Core.CorruptionRisks.FollowUpRound.YearEnd));
        Assert.Null(await board.PublishedAsync(2568));

        // The ITA checklist finds it as evidence of FY 2567.
        var evidence = await scope.ServiceProvider.GetServices<IEvidenceSource>().OfType<RisksEvidenceSource>().Single().FindAsync(2567, CancellationToken.None);
        Assert.Equal(["/bangkha/risks/2567"], evidence.Select(e => e.PublicPath));

        // Seeded once: a second run (a restart) adds nothing.
        await scope.ServiceProvider.GetServices<IDemoContent>().OfType<RisksDemoContent>().Single().SeedAsync(org, CancellationToken.None);
        Assert.Equal((1, 3, 6), (await db.Set<RiskAssessment>().CountAsync(), await db.Set<CorruptionRisk>().CountAsync(), await db.Set<RiskFollowUp>().CountAsync()));
    }

    [Theory, Providers]
    public async Task The_samples_are_seeded_once_and_never_into_an_organization_that_has_an_assessment(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Task SeedAsync(MeasuresTestHost into) => into.RunAsync(async sp =>
        {
            var organization = await sp.GetRequiredService<ProngsaiDbContext>().Organizations.SingleAsync(o => o.Id == into.OrganizationId);
            await sp.GetServices<IDemoContent>().OfType<RisksDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
            return 0;
        });

        await SeedAsync(host);
        await SeedAsync(host);
        var assessment = await host.QueryAsync(db => db.Set<RiskAssessment>().AsNoTracking().SingleAsync());
        Assert.Equal((2567, RiskAssessmentStatus.Approved, host.OrganizationId), (assessment.FiscalYear, assessment.Status, assessment.OrganizationId));
        Assert.Equal(3, await host.QueryAsync(db => db.Set<CorruptionRisk>().CountAsync()));
        var followUps = await host.QueryAsync(db => db.Set<RiskFollowUp>().AsNoTracking().ToListAsync());
        Assert.Equal(6, followUps.Count);
        Assert.Equal(3, followUps.Count(f => f.Round == FollowUpRound.HalfYear));
        Assert.All(followUps, f => Assert.Equal(host.OrganizationId, f.OrganizationId));

        // An organization with an assessment of its own is left as it is.
        await using var other = await MeasuresTestHost.StartAsync(provider);
        var admin = await Circulars.CircularsTestData.MemberAsync(other, "นายปกครอง ผู้ดูแลระบบ", [Core.Organizations.OrgRole.OrgAdmin]);
        await RisksTestData.AddAsync(other, admin.Actor, RisksTestData.Risk(null), RisksTestData.Year + 1);
        await SeedAsync(other);
        var theirs = await other.QueryAsync(db => db.Set<RiskAssessment>().AsNoTracking().SingleAsync());
        Assert.Equal((RisksTestData.Year + 1, RiskAssessmentStatus.Draft), (theirs.FiscalYear, theirs.Status));
        Assert.Equal(1, await other.QueryAsync(db => db.Set<CorruptionRisk>().CountAsync()));
    }
}
