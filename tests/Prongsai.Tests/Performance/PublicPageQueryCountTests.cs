using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Caching;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Satisfaction;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Procurement;
using Prongsai.Tests.Publishing;
using Xunit.Abstractions;

namespace Prongsai.Tests.Performance;

/// <summary>
/// Every public page and public JSON read sends the same number of SQL commands however much an organization has
/// published: a page that queries once per document (N+1) fails here long before it is slow in production.
/// </summary>
public sealed class PublicPageQueryCountTests(ITestOutputHelper output)
{
    /// <summary>No public page needs more; a new query on a page has to be argued for here.</summary>
    private const int Budget = 12;

    [Theory, Providers]
    public async Task Each_public_page_sends_a_fixed_number_of_sql_commands_whatever_the_amount_of_content(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            // Nothing runs beside the requests, and the stamp read is not repeated within the test.
            ["Prongsai:Jobs:Enabled"] = "false",
            ["Prongsai:PageCache:StampSeconds"] = "3600",
        });
        var org = await TestOrg.CreateAsync(app);
        await PublishReportAsync(app, org);
        var first = await PublishingFixture.SaveAsync(app, org, "แผนการดำเนินงานประจำปี", ("แผน.pdf", PublishingFixture.MinimalPdf));
        await PublishingFixture.PublishAsync(app, org, first.Id);
        await PublishProcurementPlanAsync(app, org, 2568);
        await AssessRisksAsync(app, org, 1);
        await PlanAgainstCorruptionAsync(app, org, 1);
        await SurveyAsync(app, org, 1);
        await CountServicesAsync(app, org, services: 1, months: 1);
        var pages = PublicPages(org.Slug, first.Id);

        using var counter = new SqlCommandCounter(app);
        var client = app.Client();
        var withLittle = await CountEachAsync(client, counter, pages, "a");

        for (var i = 0; i < 6; i++)
        {
            var more = await PublishingFixture.SaveAsync(app, org, $"ประกาศผลการจัดซื้อจัดจ้าง ฉบับที่ {i + 1}", ($"ประกาศ{i}.pdf", PublishingFixture.MinimalPdf));
            await PublishingFixture.PublishAsync(app, org, more.Id);
        }

        await PublishProcurementPlanAsync(app, org, 2567);
        await PublishProcurementPlanAsync(app, org, 2569);
        await AssessRisksAsync(app, org, 5);
        await PlanAgainstCorruptionAsync(app, org, 6);
        await SurveyAsync(app, org, 12);
        await CountServicesAsync(app, org, services: 4, months: 12);

        var withMore = await CountEachAsync(client, counter, pages, "b");

        foreach (var page in pages)
        {
            output.WriteLine($"{withMore[page],3} SQL commands  {page}");
            Assert.True(withLittle[page] == withMore[page],
                $"{page}: {withLittle[page]} SQL commands with one document, {withMore[page]} with seven (a query per item?)");
            Assert.InRange(withMore[page], 1, Budget);
        }
    }

    /// <summary>
    /// A node serving thousands of organizations rarely sees the same one twice within a second: a page of an
    /// organization seen for the first time must not cost its own organization and stamp lookups.
    /// </summary>
    [Theory, Providers]
    public async Task A_page_of_an_organization_seen_for_the_first_time_costs_no_more_sql_commands_than_a_familiar_one(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Jobs:Enabled"] = "false",
            ["Prongsai:PageCache:StampSeconds"] = "3600",
        });
        var familiar = await TestOrg.CreateAsync(app, "องค์การบริหารส่วนตำบลคุ้นเคย");
        var firstTime = await TestOrg.CreateAsync(app, "องค์การบริหารส่วนตำบลมาใหม่");
        using var counter = new SqlCommandCounter(app);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{familiar.Slug}/documents?warm=1")).StatusCode);
        var familiarCount = await CountAsync(client, counter, $"/{familiar.Slug}/documents?count=1");

        var firstTimeCount = await CountAsync(client, counter, $"/{firstTime.Slug}/documents?count=1");

        Assert.Equal(familiarCount, firstTimeCount);
    }

    private static async Task<int> CountAsync(HttpClient client, SqlCommandCounter counter, string url)
    {
        counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.ReadAsByteArrayAsync();
        return counter.Count;
    }

    private static string[] PublicPages(string slug, int documentId) =>
    [
        $"/{slug}/",
        $"/{slug}/documents",
        $"/{slug}/documents/{documentId}",
        $"/{slug}/measures",
        $"/{slug}/measures/2567",
        $"/{slug}/ledger",
        $"/{slug}/borrow",
        $"/{slug}/gifts/2567",
        $"/{slug}/risks/2567",
        $"/{slug}/anti-corruption/2567",
        $"/{slug}/satisfaction",
        $"/{slug}/satisfaction/2567",
        $"/{slug}/search?q=%E0%B9%81%E0%B8%9C%E0%B8%99",
        $"/{slug}/feed",
        $"/{slug}/sitemap.xml",
        $"/{slug}/data",
        $"/{slug}/data/catalog.jsonld",
        $"/api/v1/orgs/{slug}",
        $"/api/v1/orgs/{slug}/departments",
        $"/api/v1/orgs/{slug}/measures/2567",
        $"/api/v1/orgs/{slug}/ledger",
        $"/{slug}/procurement",
        $"/{slug}/procurement/2568",
        $"/{slug}/procurement/2568/2567-10",
        $"/api/v1/orgs/{slug}/procurement/2568",
        $"/{slug}/service-statistics/2567",
        $"/api/v1/orgs/{slug}/service-statistics/2567",
    ];

    /// <summary>
    /// Each page once to warm what every request shares (the organization, the stamp, EF's compiled queries), then
    /// counted at an address the page cache has not seen, twice, keeping the lower count: a shared cache that
    /// happens to expire in between adds a command that is not the page's.
    /// </summary>
    private static async Task<Dictionary<string, int>> CountEachAsync(HttpClient client, SqlCommandCounter counter, string[] pages, string round)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            var separator = page.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{page}{separator}warm={round}")).StatusCode);
            var fewest = int.MaxValue;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                fewest = Math.Min(fewest, await CountAsync(client, counter, $"{page}{separator}count={round}{attempt}"));
            }

            counts[page] = fewest;
        }

        return counts;
    }

    /// <summary>Adds services up to <paramref name="services"/> and records the first months of FY2567 for each.</summary>
    private static async Task CountServicesAsync(ProngsaiApp app, TestOrg org, int services, int months)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var actor = StaffActor.System(organizationId: org.Id);
        var manage = scope.ServiceProvider.GetRequiredService<ManageCountedServices>();
        var existing = (await scope.ServiceProvider.GetRequiredService<ServiceStatisticsBoard>().ServicesAsync()).Count;
        for (var n = existing; n < services; n++)
        {
            Assert.True((await manage.AddAsync(actor, new CountedServiceInput($"บริการที่ {n + 1}", "ราย", null))).Succeeded);
        }

        var ids = (await scope.ServiceProvider.GetRequiredService<ServiceStatisticsBoard>().ServicesAsync()).Select(s => s.Service.Id).ToList();
        var record = scope.ServiceProvider.GetRequiredService<RecordServiceCounts>();
        for (var month = new FiscalYear(2567).FirstMonth; month < new FiscalYear(2567).FirstMonth.AddMonths(months); month = month.AddMonths(1))
        {
            var saved = await record.RunAsync(actor, month, ids.Select(id => new ServiceCountInput(id, "5")).ToList());
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>A published procurement plan of one item, so the procurement list grows by a year.</summary>
    private static async Task PublishProcurementPlanAsync(ProngsaiApp app, TestOrg org, int fiscalYear)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var plans = scope.ServiceProvider.GetRequiredService<ManageProcurementPlan>();
        var ceYear = FiscalYear.BeToCe(fiscalYear) - 1;
        ProcurementTestData.Ok(await plans.CreateAsync(ProcurementTestData.Admin, fiscalYear, "1/10/" + (fiscalYear - 1).ToString(CultureInfo.InvariantCulture)));
        ProcurementTestData.Ok(await plans.SaveItemAsync(ProcurementTestData.Admin, fiscalYear, null, ProcurementTestData.Item() with { ExpectedMonth = new YearMonth(ceYear, 11) }));
        ProcurementTestData.Ok(await plans.PublishAsync(ProcurementTestData.Executive, fiscalYear, null));
    }

    /// <summary>Adds risks to the FY2567 assessment (opening it again if approved), reports on each, and approves it.</summary>
    private static async Task AssessRisksAsync(ProngsaiApp app, TestOrg org, int risks)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var actor = StaffActor.System(organizationId: org.Id);
        var services = scope.ServiceProvider;
        var departmentId = await services.GetRequiredService<RiskBoard>().DepartmentsAsync(actor) is [_, var first, ..] ? first.Id : null;
        if ((await services.GetRequiredService<RiskBoard>().YearAsync(2567)).Approved)
        {
            Assert.True((await services.GetRequiredService<ReopenRiskAssessment>().RunAsync(actor, 2567, "เพิ่มความเสี่ยง")).Succeeded);
        }

        var added = new List<int>();
        for (var i = 0; i < risks; i++)
        {
            var risk = await services.GetRequiredService<SaveCorruptionRisk>().AddAsync(actor, 2567, new RiskInput(
                $"กระบวนงานที่ {i + 1}", RiskCategory.Permits, "เรียกรับเงิน", 1 + (i % 5), 2, "", "ประกาศขั้นตอน", i % 2 == 0 ? departmentId : null, ""));
            Assert.True(risk.Succeeded, string.Join(" ", risk.Errors.Select(e => e.Message)));
            added.Add(risk.Value!.Id);
        }

        Assert.True((await services.GetRequiredService<ApproveRiskAssessment>().RunAsync(actor, 2567)).Succeeded);
        foreach (var id in added)
        {
            var followUp = await services.GetRequiredService<RecordRiskFollowUp>().RunAsync(actor, id, FollowUpRound.HalfYear,
                new FollowUpInput(RiskProgress.Done, RiskOutcome.Controlled, "ดำเนินการแล้ว"));
            Assert.True(followUp.Succeeded, string.Join(" ", followUp.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>
    /// Adds projects across the dimensions to the FY2567 anti-corruption plan (opening it again if approved), approves
    /// it, and reports both rounds of each.
    /// </summary>
    private static async Task PlanAgainstCorruptionAsync(ProngsaiApp app, TestOrg org, int projects)
    {
        await using var scope = app.Scope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var head = StaffActor.System(organizationId: org.Id);
        var board = services.GetRequiredService<PlanBoard>();
        var choices = await board.DepartmentsAsync(head);
        if ((await board.YearAsync(2567)).Approved)
        {
            Assert.True((await services.GetRequiredService<ReopenAntiCorruptionPlan>().RunAsync(head, 2567, "เพิ่มโครงการ")).Succeeded);
        }

        var ids = new List<int>();
        foreach (var n in Enumerable.Range(0, projects))
        {
            var saved = await services.GetRequiredService<SavePlanProject>().AddAsync(head, 2567, new ProjectInput(
                (PlanDimension)(1 + n % 4), $"โครงการที่ {n + 1}", "เป้าหมาย", choices[(n + 1) % choices.Count].Id, n % 3 == 0 ? "0" : "10,000", ""));
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
            ids.Add(saved.Value!.Id);
        }

        Assert.True((await services.GetRequiredService<ApproveAntiCorruptionPlan>().RunAsync(head, 2567)).Succeeded);
        foreach (var (id, round) in ids.SelectMany(id => new[] { (id, FollowUpRound.HalfYear), (id, FollowUpRound.YearEnd) }))
        {
            var reported = await services.GetRequiredService<ReportProjectProgress>().RunAsync(head, id, round,
                new ProgressInput(ProjectStatus.Done, "5,000", "ทำแล้ว"));
            Assert.True(reported.Succeeded, string.Join(" ", reported.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>
    /// Adds answers to the FY2567 satisfaction survey, spread over every department and none, and publishes (again) its
    /// report, as the office does once the year is over.
    /// </summary>
    private static async Task SurveyAsync(ProngsaiApp app, TestOrg org, int answers)
    {
        await using var scope = app.Scope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var db = services.GetRequiredService<ProngsaiDbContext>();
        var departments = await db.Departments.Select(d => (int?)d.Id).ToListAsync();
        departments.Add(null);
        foreach (var n in Enumerable.Range(0, answers))
        {
            db.Set<SatisfactionResponse>().Add(new SatisfactionResponse
            {
                FiscalYear = 2567, ReceivedAt = new DateTimeOffset(2024, 3, 1, 3, 0, 0, TimeSpan.Zero).AddDays(n),
                DepartmentId = departments[n % departments.Count], Process = 5, Staff = 4, Facilities = 1 + (n % 5), Quality = 4,
            });
        }

        await db.SaveChangesAsync();
        var published = await new PublishSatisfactionReport(db, services.GetRequiredService<ContentVersion>(), FixedClock.BangkokNoon(2025, 1, 10))
            .RunAsync(StaffActor.System(organizationId: org.Id), 2567, $"ผู้ตอบ {answers} ราย");
        Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
    }

    private static async Task PublishReportAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var actor = StaffActor.System(organizationId: org.Id);
        var imported = await scope.ServiceProvider.GetRequiredService<ImportReport>().RunAsync(
            new ImportReportRequest(actor, new MemoryStream(SeedFixture.Bytes()), 2567, CreateDepartments: true));
        Assert.True(imported.Succeeded);
        var published = await scope.ServiceProvider.GetRequiredService<PublishMeasuresReport>().ApproveAndPublishAsync(actor, 2567);
        Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
    }
}
