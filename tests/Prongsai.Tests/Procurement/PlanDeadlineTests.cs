using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Procurement.ProcurementTestData;

namespace Prongsai.Tests.Procurement;

/// <summary>The plan is due within 30 working days of the budget allocation, counted with the public holidays.</summary>
public sealed class PlanDeadlineTests
{
    private static async Task HolidaysAsync(MeasuresTestHost host)
    {
        await host.QueryAsync(async db =>
        {
            foreach (var (date, name) in new[] { (new DateOnly(2024, 10, 14), "ชดเชยวันนวมินทรมหาราช"), (new DateOnly(2024, 10, 23), "วันปิยมหาราช") })
            {
                if (!await db.Set<PublicHoliday>().AnyAsync(h => h.Date == date))
                {
                    db.Add(new PublicHoliday { Date = date, Name = name, Source = "test" });
                }
            }

            return await db.SaveChangesAsync();
        });
    }

    [Theory, Providers]
    public async Task The_due_date_skips_weekends_and_holidays_and_the_card_warns_five_working_days_before(DbProvider provider)
    {
        var clock = FixedClock.BangkokNoon(2024, 11, 8);
        await using var host = await MeasuresTestHost.StartAsync(provider, clock);
        await HolidaysAsync(host);
        // Friday 4 October 2567: 30 weekdays end on 15 November; two holidays push it to Tuesday 19 November.
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(Admin, 2568, "4 ต.ค. 2567")));
        // October's สขร.1 is out, so the card speaks of the plan alone.
        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new Prongsai.Core.Calendar.YearMonth(2024, 10)])));

        var calendarDue = await host.UseAsync<WorkingDayCalendar, PlanDeadline>(c => PlanDeadline.ComputeAsync(c, new DateOnly(2024, 10, 4), null, new DateOnly(2024, 11, 8), default));
        Assert.Equal((PlanDeadlineState.Open, new DateOnly(2024, 11, 19), 7), (calendarDue.State, calendarDue.DueOn, calendarDue.WorkingDaysLeft));
        Assert.Empty((await CardAsync(host, Admin))!.ToDos);

        clock.Now = new DateTimeOffset(2024, 11, 12, 12, 0, 0, TimeSpan.FromHours(7));
        var soon = (await CardAsync(host, Role(OrgRole.Executive)))!;
        Assert.Equal(("ประกาศแผนการจัดซื้อจัดจ้างภายใน 19 พฤศจิกายน 2567", 5), (soon.ToDos.Single().Thai, soon.ToDos.Single().Count));
        Assert.Null(await CardAsync(host, Role(OrgRole.ComplaintOfficer)));

        clock.Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.FromHours(7));
        var late = (await CardAsync(host, Admin))!;
        Assert.Equal("แผนการจัดซื้อจัดจ้างเลยกำหนดประกาศ 19 พฤศจิกายน 2567", late.ToDos.Single().Thai);

        // Published on the due date: on time; the card is quiet.
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.SaveItemAsync(Admin, 2568, null, Item())));
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanRevision>>(p => p.PublishAsync(Executive, 2568, null, "19/11/2567")));
        Assert.Empty((await CardAsync(host, Admin))!.ToDos);
        var published = await host.UseAsync<WorkingDayCalendar, PlanDeadline>(c => PlanDeadline.ComputeAsync(c, new DateOnly(2024, 10, 4), new DateOnly(2024, 11, 19), new DateOnly(2024, 11, 20), default));
        Assert.Equal(PlanDeadlineState.PublishedOnTime, published.State);
        var lateOne = await host.UseAsync<WorkingDayCalendar, PlanDeadline>(c => PlanDeadline.ComputeAsync(c, new DateOnly(2024, 10, 4), new DateOnly(2024, 11, 20), new DateOnly(2024, 11, 20), default));
        Assert.Equal(PlanDeadlineState.PublishedLate, lateOne.State);
    }

    private static Task<DashboardCardView?> CardAsync(MeasuresTestHost host, StaffActor actor) =>
        host.UseAsync<IEnumerable<IDashboardCard>, DashboardCardView?>(cards => cards.OfType<ProcurementCard>().Single().BuildAsync(actor, default));
}
