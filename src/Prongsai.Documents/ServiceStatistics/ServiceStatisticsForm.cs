using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.ServiceStatistics;

/// <summary>
/// A fiscal year's service statistics as the paper an office signs and files (รายงานสถิติการให้บริการ), landscape so the
/// twelve months fit: the services the office counts, then what the website counted, each with its year's total, and
/// signature lines left to be written by hand. It prints exactly what the public page shows, cell for cell: a figure,
/// a dash for a month over but not recorded, nothing for a month not over yet.
/// </summary>
public static class ServiceStatisticsForm
{
    public const string NilReport = "ยังไม่มีการบันทึกสถิติการให้บริการในปีงบประมาณนี้";

    public const string DashMeaning = "เครื่องหมาย – หมายถึงเดือนที่สิ้นสุดแล้วแต่ยังไม่ได้บันทึกตัวเลข ช่องว่างหมายถึงเดือนที่ยังไม่สิ้นสุด";

    /// <param name="view">the year as the public page reads it (<see cref="ServiceStatisticsBoard.ForYearAsync"/>)</param>
    /// <param name="asOf">the day the figures were read: they change as months are recorded and requests arrive</param>
    public static PrintedForm For(string organizationName, ServiceStatisticsView view, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(view);
        var year = new FiscalYear(view.FiscalYear);
        var blocks = new List<FormBlock>
        {
            new FormParagraph($"จำนวนครั้งที่{organizationName}ให้บริการประชาชนในแต่ละเดือนของปีงบประมาณ แยกตามงานบริการ"),
        };
        if (view.IsEmpty)
        {
            blocks.Add(new FormParagraph(NilReport));
        }

        if (view.IncludesSamples)
        {
            blocks.Add(new FormParagraph("ตัวเลขนี้รวมข้อมูลตัวอย่างของระบบสาธิต"));
        }

        blocks.AddRange(
        [
            new FormHeading("1. งานบริการที่หน่วยงานบันทึก"),
            Table(view, view.Counted),
            new FormHeading("2. บริการที่ระบบนับจากเว็บไซต์ (คำถาม เรื่องร้องเรียน และคำขอยืมทรัพย์สินที่รับทางเว็บไซต์)"),
            Table(view, view.Online),
            new FormParagraph(DashMeaning),
        ]);

        return new PrintedForm($"รายงานสถิติการให้บริการ {year.ThaiName}", blocks)
        {
            Subtitle =
            [
                organizationName,
                $"ตั้งแต่เดือน{ThaiDate.FormatMonthYear(year.FirstMonth)} ถึงเดือน{ThaiDate.FormatMonthYear(year.LastMonth)}",
                "ข้อมูล ณ วันที่ " + ThaiDate.FormatLong(asOf),
            ],
            Landscape = true,
            Signatures = [new FormSignature(null, "ผู้รายงาน"), new FormSignature(null, "หัวหน้าหน่วยงาน")],
        };
    }

    /// <summary>What a month's cell shows, on the page and on paper: the figure; a dash once the month is over; else nothing.</summary>
    public static string Cell(ServiceStatisticsView view, ServiceYearRow row, int month)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(row);
        return row.Months[month] is { } figure ? Number(figure) : month < view.Ended ? "–" : "";
    }

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The service and its unit, twelve months from October, then the year's total (24 + 12 × 5.5 + 10 = 100 %).</summary>
    private static FormTable Table(ServiceStatisticsView view, IReadOnlyList<ServiceYearRow> rows)
    {
        var columns = new List<FormColumn> { new("งานบริการ (หน่วยนับ)", 24) };
        columns.AddRange(view.Months.Select((m, i) => new FormColumn(ThaiDate.FormatShortMonthYear(m), i % 2 == 0 ? 5 : 6, FormAlign.Right)));
        columns.Add(new FormColumn("รวม", 10, FormAlign.Right));
        var lines = rows.Select(r =>
        {
            var cells = new List<FormCell> { $"{r.Name} ({r.Unit})" };
            cells.AddRange(Enumerable.Range(0, view.Months.Count).Select(i => (FormCell)Cell(view, r, i)));
            cells.Add(new FormCell(Number(r.Total), Bold: true));
            return (IReadOnlyList<FormCell>)cells;
        }).ToList();
        return new FormTable(columns, lines) { Empty = "ไม่มี" };
    }
}
