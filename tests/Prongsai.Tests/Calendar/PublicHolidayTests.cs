using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Calendar;

/// <summary>The Operator's holiday calendar: the yearly import, days added by hand, and deadlines that skip them.</summary>
public sealed class PublicHolidayTests
{
    private const string Year2570 = """
        วันที่,ชื่อวันหยุด
        1/1/2570,วันขึ้นปีใหม่
        13 เม.ย. 2570,วันสงกรานต์
        ๑๔/๔/๒๕๗๐,วันสงกรานต์
        2027-04-15,วันสงกรานต์
        """;

    private static readonly StaffActor Operator = StaffActor.PlatformOperator();

    [Theory, Providers]
    public async Task An_import_replaces_the_years_imported_days_and_keeps_days_added_by_hand(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var first = await host.UseAsync<ManagePublicHolidays, Result<HolidayImport>>(h => h.ImportAsync(Operator, Year2570 + "\n2/1/2570,วันหยุดพิเศษ"));
        Assert.True(first.Succeeded, first.Errors.FirstOrDefault()?.Message);
        Assert.Equal([2570], first.Value!.BuddhistYears);
        Assert.Equal(5, first.Value.Imported);

        var added = await host.UseAsync<ManagePublicHolidays, Result<PublicHoliday>>(h => h.AddAsync(Operator, "13/7/2570", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ"));
        Assert.True(added.Succeeded, added.Errors.FirstOrDefault()?.Message);

        var again = await host.UseAsync<ManagePublicHolidays, Result<HolidayImport>>(h => h.ImportAsync(Operator, Year2570));
        Assert.Equal(5, again.Value!.Replaced);
        var days = await host.UseAsync<ManagePublicHolidays, IReadOnlyList<PublicHoliday>>(h => h.ListAsync(2570));
        Assert.Equal(
            [new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 13), new DateOnly(2027, 4, 14), new DateOnly(2027, 4, 15), new DateOnly(2027, 7, 13)],
            days.Select(d => d.Date));
        Assert.Equal(ManagePublicHolidays.Manual, days[^1].Source);

        // Received Friday 9 April 2027 with 3 working days: Monday 12, (Songkran 13–15), Friday 16, Monday 19.
        var due = await host.UseAsync<WorkingDayCalendar, DateOnly>(c => c.AddAsync(new DateOnly(2027, 4, 9), 3));
        Assert.Equal(new DateOnly(2027, 4, 19), due);
    }

    [Theory, Providers]
    public async Task A_file_with_a_bad_line_saves_nothing_and_names_the_line(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var result = await host.UseAsync<ManagePublicHolidays, Result<HolidayImport>>(h =>
            h.ImportAsync(Operator, "1/1/2570,วันขึ้นปีใหม่\n13/4/2027,วันสงกรานต์\n14/4/2570,\n1/1/2570,ซ้ำ"));
        Assert.False(result.Succeeded);
        var messages = result.Errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("บรรทัด 2:", StringComparison.Ordinal) && m.Contains("พ.ศ.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("บรรทัด 3:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("บรรทัด 4:", StringComparison.Ordinal) && m.Contains("ซ้ำ", StringComparison.Ordinal));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<PublicHoliday>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Only_the_platform_operator_keeps_the_calendar(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var admin = StaffActor.System("ผู้ดูแล", host.OrganizationId);
        var imported = await host.UseAsync<ManagePublicHolidays, Result<HolidayImport>>(h => h.ImportAsync(admin, Year2570));
        Assert.IsType<ForbiddenError>(Assert.Single(imported.Errors));
        var added = await host.UseAsync<ManagePublicHolidays, Result<PublicHoliday>>(h => h.AddAsync(admin, "13/7/2570", "x"));
        Assert.IsType<ForbiddenError>(Assert.Single(added.Errors));
    }
}
