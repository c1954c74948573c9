using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Text;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>What a column of an imported file holds.</summary>
public enum ServiceCountsColumn
{
    /// <summary>A heading the import does not use (ลำดับ, หมายเหตุ, anything else).</summary>
    Other,
    Name,
    Unit,
    Department,

    /// <summary>The year's total of a row (รวม): checked against its months, never saved.</summary>
    Total,

    /// <summary>A month's figures ("ต.ค. 68", "ตุลาคม"): one column per month, a row per service.</summary>
    Month,

    /// <summary>The public file's columns: a row per service and month (ปีงบประมาณ, เดือน, จำนวน, ผู้นับ).</summary>
    FiscalYear,
    MonthName,
    Count,
    CountedBy,
}

/// <summary>
/// The column headings of a service statistics file, matched as clerks write them (<see cref="TableHeadings.Key"/>):
/// spaces, line breaks, a trailing "*" or a note such as "(ราย)" do not matter. The import's own template and the public file (<see cref="ServiceStatisticsTable"/>) use
/// the first spelling of each.
/// </summary>
public static class ServiceCountsColumns
{
    public const string Name = "งานบริการ";
    public const string Unit = "หน่วยนับ";
    public const string Department = "ส่วนราชการ";
    public const string Total = "รวม";

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "งานบริการ", "ชื่องานบริการ", "บริการ", "ชื่อบริการ", "รายการบริการ", "ประเภทบริการ", "ประเภทงานบริการ", "งานที่ให้บริการ",
        "การให้บริการ", "รายการ", "งาน/บริการ", "ชื่องาน",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "หน่วยนับ", "หน่วย" };

    private static readonly HashSet<string> Departments = new(StringComparer.Ordinal)
    {
        "ส่วนราชการ", "กอง/สำนัก", "สำนัก/กอง", "กอง", "ส่วนราชการที่ให้บริการ", "ส่วนราชการผู้ให้บริการ",
    };

    private static readonly HashSet<string> Totals = new(StringComparer.Ordinal) { "รวม", "รวมทั้งปี", "รวมทั้งสิ้น", "ยอดรวม", "รวมทั้งหมด", "ทั้งปี" };

    /// <summary>What a heading names; months are told apart by <see cref="ServiceMonthText"/>, not here.</summary>
    public static ServiceCountsColumn Of(string? heading)
    {
        var key = TableHeadings.Key(heading);
        return key switch
        {
            _ when Names.Contains(key) || (key.Contains("บริการ", StringComparison.Ordinal) && !key.Contains("ผู้", StringComparison.Ordinal)
                && !key.Contains("จำนวน", StringComparison.Ordinal) && !key.Contains("ส่วนราชการ", StringComparison.Ordinal)
                && !key.Contains("หน่วยงาน", StringComparison.Ordinal)) => ServiceCountsColumn.Name,
            _ when Units.Contains(key) => ServiceCountsColumn.Unit,
            _ when Departments.Contains(key) => ServiceCountsColumn.Department,
            _ when Totals.Contains(key) => ServiceCountsColumn.Total,
            "ปีงบประมาณ" => ServiceCountsColumn.FiscalYear,
            "เดือน" => ServiceCountsColumn.MonthName,
            "จำนวน" or "จำนวนครั้ง" or "จำนวนผู้รับบริการ" => ServiceCountsColumn.Count,
            "ผู้นับ" => ServiceCountsColumn.CountedBy,
            _ => ServiceCountsColumn.Other,
        };
    }

    /// <summary>"E \"ต.ค. 68\"": a column as messages name it, its letter and its heading.</summary>
    public static string Label(int index, string heading) => $"{ProcurementColumns.Letter(index)} \"{ServiceNames.Clean(heading)}\"";
}
