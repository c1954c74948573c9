using Prongsai.Core.Calendar;
using Prongsai.Core.ServiceStatistics;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>The flat table behind the CSV and Excel files: what each row says, and which months it leaves out.</summary>
public sealed class ServiceStatisticsPublicTableTests
{
    private static readonly IReadOnlyList<YearMonth> Fy2568 = Enumerable.Range(0, 12).Select(new FiscalYear(2568).FirstMonth.AddMonths).ToList();

    private static List<int?> Months(params int?[] begun) => [.. begun, .. Enumerable.Repeat<int?>(null, 12 - begun.Length)];

    [Fact]
    public void Each_service_has_a_row_per_begun_month_with_an_empty_figure_where_nothing_was_recorded()
    {
        // Three months begun (October to December 2567): the rest of the year is left out, not written as empty.
        var view = new ServiceStatisticsView(2568, Fy2568, 3, 2,
            [
                new ServiceYearRow(1, "รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ราย", "กองคลัง", Months(1250, null, 0), false),
                new ServiceYearRow(2, "บริการรถบรรทุกน้ำอุปโภคบริโภค", "เที่ยว", null, Months(8, 9, null), true),
            ],
            [new ServiceYearRow(null, "ร้องเรียน/ร้องทุกข์", "เรื่อง", null, Months(2, 0, 1), false)],
            IncludesSamples: false);

        var (header, rows) = ServiceStatisticsTable.For(view);

        Assert.Equal(["ปีงบประมาณ", "บริการ", "ส่วนราชการ", "หน่วยนับ", "เดือน", "จำนวน", "ผู้นับ"], header);
        Assert.Equal(9, rows.Count);
        Assert.Equal(["2568", "รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "กองคลัง", "ราย", "ตุลาคม 2567", "1250", ServiceStatisticsTable.CountedByOffice], rows[0]);
        Assert.Equal("", rows[1][5]); // November not recorded: empty, not zero
        Assert.Equal("0", rows[2][5]); // a recorded zero stays a zero
        Assert.Equal(["2568", "บริการรถบรรทุกน้ำอุปโภคบริโภค", "ทั้งหน่วยงาน", "เที่ยว", "ธันวาคม 2567", "", ServiceStatisticsTable.CountedByOffice], rows[5]);
        Assert.Equal(["2568", "ร้องเรียน/ร้องทุกข์", "", "เรื่อง", "ตุลาคม 2567", "2", ServiceStatisticsTable.CountedBySystem], rows[6]);
        Assert.DoesNotContain(rows, r => r[4] == "มกราคม 2568");
    }

    [Fact]
    public void A_year_not_begun_has_the_header_only_and_months_are_named_in_the_buddhist_era()
    {
        var view = new ServiceStatisticsView(2568, Fy2568, 0, 0,
            [new ServiceYearRow(1, "ขออนุญาตก่อสร้าง", "ราย", null, Months(), false)], [], IncludesSamples: false);

        var (header, rows) = ServiceStatisticsTable.For(view);

        Assert.Equal(7, header.Count);
        Assert.Empty(rows);
        Assert.Equal("2567-10", ServiceStatisticsTable.MonthKey(Fy2568[0]));
        Assert.Equal("2568-09", ServiceStatisticsTable.MonthKey(Fy2568[11]));
    }
}
