using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Requests;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Assets;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Requests;
using static Prongsai.Tests.ServiceStatistics.ServiceStatisticsTestData;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The reads on both databases (the clock at 15 January 2567): a fiscal year's twelve months from October with the
/// months not begun empty and the year's totals, services retired before the year left out, what Prongsai counts from
/// requests and loans; the month's form of each member; the dashboard's to-do for the month just ended.
/// </summary>
public sealed class ServiceStatisticsBoardTests
{
    [Theory, Providers]
    public async Task The_year_runs_from_October_with_months_not_begun_empty_totals_and_services_retired_before_it_left_out(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2023, 9, 10));
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;

        // A service counted in September 2566 and retired then: in fiscal year 2566, not in 2567.
        var old = await AddAsync(host, admin, "รับแจ้งเกิด", team.Office);
        await RecordedAsync(host, admin, new YearMonth(2023, 9), (old.Id, "7"));
        Assert.True((await RetireAsync(host, admin, old.Id)).Succeeded);

        host.Clock.Now = new DateTimeOffset(2024, 1, 15, 12, 0, 0, TimeSpan.FromHours(7));
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var water = await AddAsync(host, admin, WaterTruck, null, "เที่ยว");
        await RecordedAsync(host, admin, new YearMonth(2023, 10), (tax.Id, "10"));
        await RecordedAsync(host, admin, new YearMonth(2023, 12), (tax.Id, "5"), (water.Id, "0"));
        await RecordedAsync(host, admin, new YearMonth(2024, 1), (tax.Id, "1,000"));

        var year = await host.UseAsync<ServiceStatisticsBoard, ServiceStatisticsView>(b => b.ForYearAsync(host.OrganizationId, 2567));
        Assert.Equal(2567, year.FiscalYear);
        Assert.Equal(12, year.Months.Count);
        Assert.Equal((new YearMonth(2023, 10), new YearMonth(2024, 9)), (year.Months[0], year.Months[11]));
        Assert.Equal((4, 3), (year.Begun, year.Ended)); // January is in progress: begun, not over
        Assert.Equal([LandTax, WaterTruck], year.Counted.Select(r => r.Name));
        var taxRow = year.Counted[0];
        Assert.Equal([10, null, 5, 1_000, null, null, null, null, null, null, null, null], taxRow.Months);
        Assert.Equal((1_015, 3, "กองคลัง", "ราย", (int?)tax.Id, false), (taxRow.Total, taxRow.Recorded, taxRow.Department, taxRow.Unit, taxRow.ServiceId, taxRow.Retired));
        Assert.Equal((0, 1, (string?)null, "เที่ยว"), (year.Counted[1].Total, year.Counted[1].Recorded, year.Counted[1].Department, year.Counted[1].Unit));
        Assert.Equal(2, taxRow.RecordedOf(year.Ended)); // January's figure is there, but only the months over are due
        Assert.False(year.IsEmpty);

        var last = await host.UseAsync<ServiceStatisticsBoard, ServiceStatisticsView>(b => b.ForYearAsync(host.OrganizationId, 2566));
        Assert.Equal((12, 12), (last.Begun, last.Ended));
        var oldRow = Assert.Single(last.Counted, r => r.ServiceId == old.Id);
        Assert.True(oldRow.Retired);
        Assert.Equal(7, oldRow.Months[11]);
        Assert.All(last.Counted.Where(r => r.ServiceId != old.Id), r => Assert.Equal(0, r.Recorded));

        var next = await host.UseAsync<ServiceStatisticsBoard, ServiceStatisticsView>(b => b.ForYearAsync(host.OrganizationId, 2568));
        Assert.Equal((0, 0), (next.Begun, next.Ended));
        Assert.True(next.IsEmpty);
        Assert.All(next.Counted, r => Assert.All(r.Months, m => Assert.Null(m)));

        // The list of services: retired ones last, with their department.
        var services = await host.UseAsync<ServiceStatisticsBoard, IReadOnlyList<(CountedService Service, string? Department)>>(b => b.ServicesAsync());
        Assert.Equal([LandTax, WaterTruck, "รับแจ้งเกิด"], services.Select(s => s.Service.Name));
        Assert.Equal(["กองคลัง", null, "สำนักปลัด"], services.Select(s => s.Department));
    }

    [Theory, Providers]
    public async Task What_people_send_through_the_website_is_counted_by_the_month_it_came(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance));
        await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance, "ไฟถนนดับ"));
        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question));
        var chairs = await AssetsTestData.AddAsync(host, team.Admin.Actor, AssetsTestData.Chairs());
        var today = BangkokTime.Today(host.Clock);
        await AssetsTestData.RequestAsync(host, team.Admin.Actor, AssetsTestData.Loan(chairs.Id, 2, today.AddDays(3), today.AddDays(4),
            outsideBorrower: "นายผู้ใหญ่ บ้านนา", outsideContact: "089-123-4567"));
        // A member borrowing for their own work is not a service to the public.
        await AssetsTestData.RequestAsync(host, team.Clerk.Actor, AssetsTestData.Loan(chairs.Id, 1, today.AddDays(3), today.AddDays(4)));

        var year = await host.UseAsync<ServiceStatisticsBoard, ServiceStatisticsView>(b => b.ForYearAsync(host.OrganizationId, 2567));
        Assert.Empty(year.Counted);
        Assert.False(year.IsEmpty);
        Assert.Equal(3, year.Online.Count);
        Assert.All(year.Online, r => Assert.Null(r.ServiceId));
        var january = 3;
        Assert.Equal([2, 1, 1], year.Online.Select(r => r.Months[january]).OrderDescending());
        Assert.Contains(year.Online, r => r.Unit == "คำขอ" && r.Name.StartsWith("ยืมทรัพย์สิน", StringComparison.Ordinal) && r.Total == 1);
        Assert.All(year.Online, r => Assert.Equal([0, 0, 0], r.Months.Take(3)));
        Assert.All(year.Online, r => Assert.All(r.Months.Skip(4), m => Assert.Null(m)));
    }

    [Theory, Providers]
    public async Task The_months_form_and_the_dashboard_ask_each_member_for_their_own_services(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var december = new YearMonth(2023, 12);

        // Nothing counted by hand yet: the card has nothing to ask.
        Assert.Empty((await CardAsync(host, admin))!.ToDos);

        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var allowance = await AddAsync(host, admin, Allowance, team.Office);
        var water = await AddAsync(host, admin, WaterTruck, team.Office, "เที่ยว");
        await RecordedAsync(host, team.Clerk.Actor, december, (allowance.Id, "14"));

        // The clerk's form lists the office's services, with the figure so far and who recorded it.
        var lines = await host.UseAsync<ServiceStatisticsBoard, IReadOnlyList<MonthFormLine>>(b => b.MonthFormAsync(team.Clerk.Actor, december));
        Assert.Equal([allowance.Id, water.Id], lines.Select(l => l.ServiceId));
        Assert.Equal((14, team.Clerk.Name, host.Clock.GetUtcNow(), "สำนักปลัด"), (lines[0].Count, lines[0].RecordedBy, lines[0].RecordedAt, lines[0].Department));
        Assert.Equal(("เที่ยว", (int?)null, (string?)null), (lines[1].Unit, lines[1].Count, lines[1].RecordedBy));
        Assert.Equal([tax.Id], (await host.UseAsync<ServiceStatisticsBoard, IReadOnlyList<MonthFormLine>>(b => b.MonthFormAsync(team.Treasurer.Actor, december))).Select(l => l.ServiceId));
        Assert.Equal(3, (await host.UseAsync<ServiceStatisticsBoard, IReadOnlyList<MonthFormLine>>(b => b.MonthFormAsync(admin, december))).Count);
        Assert.Empty(await host.UseAsync<ServiceStatisticsBoard, IReadOnlyList<MonthFormLine>>(b => b.MonthFormAsync(team.Auditor.Actor, december)));

        // The dashboard: the month just ended (ธันวาคม 2566) and how many of one's own services wait, leading to its form.
        var clerks = Assert.Single((await CardAsync(host, team.Clerk.Actor))!.ToDos);
        Assert.Equal(("บริการที่ยังไม่ได้บันทึกจำนวนของเดือนธันวาคม 2566", 1, "service-statistics/month/2023-12"), (clerks.Thai, clerks.Count, clerks.Path));
        Assert.Equal(2, Assert.Single((await CardAsync(host, admin))!.ToDos).Count);
        Assert.Equal(1, Assert.Single((await CardAsync(host, team.Treasurer.Actor))!.ToDos).Count);
        await RecordedAsync(host, team.Head.Actor, december, (water.Id, "0"));
        Assert.Empty((await CardAsync(host, team.Clerk.Actor))!.ToDos);

        // A service retired before the month began is not asked for; those who record nothing get no card.
        host.Clock.Now = new DateTimeOffset(2024, 2, 5, 9, 0, 0, TimeSpan.FromHours(7));
        Assert.True((await RetireAsync(host, admin, water.Id)).Succeeded);
        host.Clock.Now = new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.FromHours(7));
        var (month, missing) = await host.UseAsync<ServiceStatisticsBoard, (YearMonth, int)>(b => b.LastMonthMissingAsync(team.Clerk.Actor));
        Assert.Equal((new YearMonth(2024, 2), 2), (month, missing));
        host.Clock.Now = new DateTimeOffset(2024, 4, 5, 9, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(1, (await host.UseAsync<ServiceStatisticsBoard, (YearMonth, int)>(b => b.LastMonthMissingAsync(team.Clerk.Actor))).Item2);
        foreach (var member in new[] { team.Executive, team.Officer, team.Auditor })
        {
            Assert.Null(await CardAsync(host, member.Actor));
        }
    }

    /// <summary>The card as the dashboard builds it: one of the registered cards.</summary>
    private static Task<DashboardCardView?> CardAsync(MeasuresTestHost host, Core.Organizations.StaffActor actor) =>
        host.RunAsync(sp => sp.GetServices<IDashboardCard>().OfType<ServiceStatisticsCard>().Single().BuildAsync(actor, CancellationToken.None));
}
