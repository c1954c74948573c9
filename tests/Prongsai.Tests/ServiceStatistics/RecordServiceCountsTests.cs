using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.ServiceStatistics.ServiceStatisticsTestData;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// A month's figures on both databases (the clock at 15 January 2567, fiscal year 2567): saved all together or not at
/// all, typed as people write numbers, only changed figures stamped again, an emptied box clearing its figure; a month
/// not begun or before the first fiscal year refused, a service retired before the month taking no figure, and each
/// member recording their own departments' services only.
/// </summary>
public sealed class RecordServiceCountsTests
{
    private static readonly YearMonth December = new(2023, 12);
    private static readonly YearMonth January = new(2024, 1);

    [Theory, Providers]
    public async Task A_month_is_recorded_as_typed_only_changed_figures_are_stamped_again_and_an_empty_box_clears(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var allowance = await AddAsync(host, admin, Allowance, team.Office);
        var water = await AddAsync(host, admin, WaterTruck, null, "เที่ยว");

        var first = await RecordedAsync(host, admin, December, (tax.Id, "120"), (allowance.Id, " 4 "), (water.Id, ""));
        Assert.Equal(new RecordedMonth(December, 2, 0), first);
        var figures = await FiguresAsync(host, December);
        Assert.Equal([tax.Id, allowance.Id], figures.Keys.Order());
        Assert.Equal((120, team.Admin.Name, host.Clock.GetUtcNow()), (figures[tax.Id].Count, figures[tax.Id].RecordedBy, figures[tax.Id].RecordedAt));
        Assert.Equal(4, figures[allowance.Id].Count);
        var firstSaved = host.Clock.GetUtcNow();

        // An hour later another member corrects one figure and fills another with Thai digits and a thousands separator;
        // the figure typed again as it was keeps who recorded it and when.
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var second = await RecordedAsync(host, team.Head.Actor, December, (allowance.Id, "5"));
        Assert.Equal(new RecordedMonth(December, 1, 0), second);
        var third = await RecordedAsync(host, admin, December, (tax.Id, "120"), (allowance.Id, "5"), (water.Id, "๑,๒๐๐"));
        Assert.Equal(new RecordedMonth(December, 1, 0), third);
        figures = await FiguresAsync(host, December);
        Assert.Equal((120, team.Admin.Name, firstSaved), (figures[tax.Id].Count, figures[tax.Id].RecordedBy, figures[tax.Id].RecordedAt));
        Assert.Equal((5, team.Head.Name, host.Clock.GetUtcNow()), (figures[allowance.Id].Count, figures[allowance.Id].RecordedBy, figures[allowance.Id].RecordedAt));
        Assert.Equal(1_200, figures[water.Id].Count);

        // Emptying a box says "not recorded" (a dash, not a zero); zero is a figure of its own.
        var cleared = await RecordedAsync(host, admin, December, (tax.Id, "0"), (allowance.Id, "   "));
        Assert.Equal(new RecordedMonth(December, 1, 1), cleared);
        figures = await FiguresAsync(host, December);
        Assert.Equal([tax.Id, water.Id], figures.Keys.Order());
        Assert.Equal(0, figures[tax.Id].Count);

        // The month in progress has begun and is recorded; the box accepts every way people write a whole number.
        foreach (var (typed, value) in new[] { ("1,250", 1_250), (" ๑๒ ", 12), ("๐", 0), ("1000000", ServiceStatisticsRules.MaxCount), ("0007", 7) })
        {
            await RecordedAsync(host, admin, January, (tax.Id, typed));
            Assert.Equal(value, (await FiguresAsync(host, January))[tax.Id].Count);
        }
    }

    [Theory, Providers]
    public async Task A_bad_figure_is_refused_in_Thai_beside_its_box_and_nothing_of_the_post_is_saved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var allowance = await AddAsync(host, admin, Allowance, team.Office);
        await RecordedAsync(host, admin, December, (tax.Id, "100"));

        foreach (var typed in new[] { "สิบ", "12 ราย", "-5", "1.5", "1,000,001", "99999999999", "1e3", "๑๒a" })
        {
            var refused = await RecordAsync(host, admin, December, (tax.Id, "250"), (allowance.Id, typed));
            var error = Refused<ValidationError, RecordedMonth>(refused, RecordServiceCounts.FieldOf(allowance.Id));
            Assert.StartsWith($"{Allowance}: กรุณากรอกจำนวนเป็นตัวเลขจำนวนเต็ม 0 ถึง 1,000,000", error.Message, StringComparison.Ordinal);
        }

        // The good figure of the same post was not saved either: the month is as it was.
        var figures = await FiguresAsync(host, December);
        Assert.Equal([tax.Id], figures.Keys);
        Assert.Equal(100, figures[tax.Id].Count);

        // Every bad box is told at once, each beside its own.
        var both = await RecordAsync(host, admin, December, (tax.Id, "หนึ่งร้อย"), (allowance.Id, "x"));
        Assert.Equal(new[] { RecordServiceCounts.FieldOf(allowance.Id), RecordServiceCounts.FieldOf(tax.Id) }.Order(StringComparer.Ordinal),
            both.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(both.Errors, e => Assert.IsType<ValidationError>(e));
        Assert.Equal(1, await FigureCountAsync(host));
        Assert.Equal("Count-42", RecordServiceCounts.FieldOf(42));
    }

    [Theory, Providers]
    public async Task A_month_not_begun_or_before_the_first_year_is_refused_and_a_retired_service_takes_no_later_figure(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var water = await AddAsync(host, admin, WaterTruck, null);

        Assert.Contains("ยังไม่ถึงเดือนนี้", Refused<ValidationError, RecordedMonth>(
            await RecordAsync(host, admin, new YearMonth(2024, 2), (tax.Id, "5")), "Month").Message, StringComparison.Ordinal);
        Assert.Contains("2560", Refused<ValidationError, RecordedMonth>(
            await RecordAsync(host, admin, new YearMonth(2016, 9), (tax.Id, "5")), "Month").Message, StringComparison.Ordinal);
        await RecordedAsync(host, admin, new YearMonth(2016, 10), (tax.Id, "5"));

        // Retired on 15 January: January and before still take its figures; February, once begun, does not (but a
        // figure recorded by mistake can still be emptied).
        Assert.True((await RetireAsync(host, admin, water.Id)).Succeeded);
        await RecordedAsync(host, admin, January, (water.Id, "3"));
        host.Clock.Now = host.Clock.Now.AddMonths(1);
        var february = new YearMonth(2024, 2);
        Assert.Contains("เลิกให้บริการก่อนเดือนนี้", Refused<ValidationError, RecordedMonth>(
            await RecordAsync(host, admin, february, (tax.Id, "9"), (water.Id, "3")), RecordServiceCounts.FieldOf(water.Id)).Message, StringComparison.Ordinal);
        Assert.Empty(await FiguresAsync(host, february));
        Assert.Equal(new RecordedMonth(february, 1, 0), await RecordedAsync(host, admin, february, (tax.Id, "9"), (water.Id, "")));
        Assert.Equal(new RecordedMonth(January, 0, 1), await RecordedAsync(host, admin, January, (water.Id, "")));
    }

    [Theory, Providers]
    public async Task A_member_records_their_own_departments_services_only_and_the_other_roles_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var tax = await AddAsync(host, team.Admin.Actor, LandTax, team.Finance);
        var allowance = await AddAsync(host, team.Admin.Actor, Allowance, team.Office);
        var water = await AddAsync(host, team.Admin.Actor, WaterTruck, null);

        await RecordedAsync(host, team.Clerk.Actor, December, (allowance.Id, "14"));
        await RecordedAsync(host, team.Treasurer.Actor, December, (tax.Id, "60"));

        // With another department's service (or the whole office's) in the post, nothing of it is saved.
        foreach (var other in new[] { tax.Id, water.Id })
        {
            Assert.Contains("ส่วนราชการของคุณ", Refused<ForbiddenError, RecordedMonth>(
                await RecordAsync(host, team.Clerk.Actor, December, (allowance.Id, "15"), (other, "1"))).Message, StringComparison.Ordinal);
        }

        foreach (var member in new[] { team.Executive, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError, RecordedMonth>(await RecordAsync(host, member.Actor, December, (water.Id, "1")));
        }

        Refused<NotFoundError, RecordedMonth>(await RecordAsync(host, team.Admin.Actor, December, (allowance.Id, "15"), (water.Id + 1_000, "1")));
        var figures = await FiguresAsync(host, December);
        Assert.Equal([tax.Id, allowance.Id], figures.Keys.Order());
        Assert.Equal((60, 14), (figures[tax.Id].Count, figures[allowance.Id].Count));
        Assert.Equal(team.Treasurer.Name, figures[tax.Id].RecordedBy);
    }

    [Theory, Providers]
    public async Task A_box_left_as_drawn_never_clears_a_colleagues_figure_and_one_both_changed_is_refused_beside_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var allowance = await AddAsync(host, admin, Allowance, team.Office);
        ServiceCountInput Box(int serviceId, string typed, string drawn) => new(serviceId, typed) { Drawn = drawn };
        Task<Result<RecordedMonth>> SaveAsync(params ServiceCountInput[] boxes) =>
            host.UseAsync<RecordServiceCounts, Result<RecordedMonth>>(r => r.RunAsync(admin, December, boxes));

        // Both pages were drawn empty. The first clerk records the land tax; the second, from the older page, records the
        // allowance and leaves the tax box empty as it was drawn: the tax figure stays.
        Assert.True((await SaveAsync(Box(tax.Id, "50", RecordServiceCounts.NoneDrawn), Box(allowance.Id, "", RecordServiceCounts.NoneDrawn))).Succeeded);
        var second = await SaveAsync(Box(tax.Id, "", RecordServiceCounts.NoneDrawn), Box(allowance.Id, "7", RecordServiceCounts.NoneDrawn));
        Assert.True(second.Succeeded);
        Assert.Equal(new RecordedMonth(December, 1, 0), second.Value);
        var figures = await FiguresAsync(host, December);
        Assert.Equal((50, 7), (figures[tax.Id].Count, figures[allowance.Id].Count));

        // A box both changed is refused beside it with the figure now recorded, and nothing of the month is saved.
        var clash = await SaveAsync(Box(tax.Id, "60", RecordServiceCounts.NoneDrawn), Box(allowance.Id, "8", "7"));
        var refused = Refused<ConflictError, RecordedMonth>(clash, RecordServiceCounts.FieldOf(tax.Id));
        Assert.Contains("มีผู้บันทึกเป็น 50", refused.Message, StringComparison.Ordinal);
        figures = await FiguresAsync(host, December);
        Assert.Equal((50, 7), (figures[tax.Id].Count, figures[allowance.Id].Count));

        // A drawn value the page never writes (a hand-made post) is refused as such, not read as "drawn empty".
        foreach (var forged in new[] { "", "abc", "-5", "๕๐" })
        {
            var malformed = await SaveAsync(Box(tax.Id, "", forged), Box(allowance.Id, "7", "7"));
            Assert.Contains("เปิดหน้านี้ใหม่", Refused<ValidationError, RecordedMonth>(malformed, RecordServiceCounts.FieldOf(tax.Id)).Message,
                StringComparison.Ordinal);
        }

        Assert.Equal(50, (await FiguresAsync(host, December))[tax.Id].Count);

        // Drawn again as it now is, the clerk's figure replaces it knowingly; an import (nothing drawn) states every figure.
        Assert.True((await SaveAsync(Box(tax.Id, "60", "50"), Box(allowance.Id, "8", "7"))).Succeeded);
        Assert.Equal(new RecordedMonth(December, 0, 1), await RecordedAsync(host, admin, December, (tax.Id, "60"), (allowance.Id, "")));
    }
}
