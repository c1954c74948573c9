using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Requests;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.Requests;

/// <summary>
/// A fiscal year's complaint statistics as the paper an office signs and files (รายงานสถิติเรื่องร้องเรียน): per type
/// the year's totals, then month by month what was received, closed and late, and signature lines for whoever reports
/// and the head of the office, left to be written by hand. It prints exactly the counts and type names the website's
/// statistics page shows — never a subject, a complainant or a contact (PDPA) — and a year without complaints still
/// prints its zero rows, since "none" is a valid report.
/// </summary>
public static class ComplaintStatisticsForm
{
    public const string NilReport = "ไม่มีเรื่องร้องเรียนในปีงบประมาณนี้";

    /// <param name="view">the year's statistics as the public page reads them (<see cref="RequestStatistics.ForYearAsync"/>)</param>
    /// <param name="asOf">the day the counts were read: they change while complaints are handled, so the paper says when</param>
    public static PrintedForm For(string organizationName, RequestStatisticsView view, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(view);
        var year = new FiscalYear(view.FiscalYear);
        var totals = RequestStatistics.TotalsByType(view);
        var blocks = new List<FormBlock>
        {
            new FormParagraph(
                "จำนวนเรื่องร้องเรียน/ร้องทุกข์ และเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกตามประเภทและเดือนที่รับเรื่อง "
                + "ไม่แสดงเนื้อหาของเรื่องหรือตัวตนของผู้ร้อง"),
        };
        if (totals.Sum(t => t.Received) == 0)
        {
            blocks.Add(new FormParagraph(NilReport));
        }

        if (view.IncludesSamples)
        {
            blocks.Add(new FormParagraph("ตัวเลขนี้รวมข้อมูลตัวอย่างของระบบสาธิต"));
        }

        blocks.AddRange(
        [
            new FormHeading("1. สรุปตามประเภทเรื่อง"),
            ByType(totals),
            new FormHeading("2. รายเดือน"),
            ByMonth(view.Rows),
        ]);

        return new PrintedForm($"รายงานสถิติเรื่องร้องเรียน {year.ThaiName}", blocks)
        {
            Subtitle =
            [
                organizationName,
                $"ตั้งแต่เดือน{ThaiDate.FormatMonthYear(year.FirstMonth)} ถึงเดือน{ThaiDate.FormatMonthYear(year.LastMonth)}",
                "ข้อมูล ณ วันที่ " + ThaiDate.FormatLong(asOf),
            ],
            // Nobody is named on the page, so nobody is named here: the signers write their names by hand.
            Signatures = [new FormSignature(null, "ผู้รายงาน"), new FormSignature(null, "หัวหน้าหน่วยงาน")],
        };
    }

    private static FormTable ByType(IReadOnlyList<StatisticsTotal> totals)
    {
        FormColumn[] columns =
        [
            new("ประเภท", 30), new("รับเรื่อง", 12, FormAlign.Right), new("ปิดเรื่องแล้ว", 12, FormAlign.Right),
            new("อยู่ระหว่างดำเนินการ", 16, FormAlign.Right), new("เกินกำหนด", 12, FormAlign.Right),
            new("เวลาเฉลี่ยจนปิดเรื่อง (วัน)", 18, FormAlign.Right),
        ];
        var lines = totals.Select(t => (IReadOnlyList<FormCell>)
        [
            t.TypeName, Count(t.Received), Count(t.Closed), Count(t.Open), Count(t.Late), Days(t.AverageDaysToClose),
        ]).ToList();
        if (lines.Count > 0)
        {
            lines.Add(
            [
                new FormCell("รวม", Bold: true), Total(totals.Sum(t => t.Received)), Total(totals.Sum(t => t.Closed)),
                Total(totals.Sum(t => t.Open)), Total(totals.Sum(t => t.Late)), "",
            ]);
        }

        return new FormTable(columns, lines) { Empty = NilReport };
    }

    /// <summary>In the page's order: month by month, each type within the month.</summary>
    private static FormTable ByMonth(IReadOnlyList<StatisticsRow> rows)
    {
        FormColumn[] columns =
        [
            new("เดือน", 24), new("ประเภท", 34), new("รับเรื่อง", 14, FormAlign.Right), new("ปิดเรื่องแล้ว", 14, FormAlign.Right),
            new("เกินกำหนด", 14, FormAlign.Right),
        ];
        var lines = rows.OrderBy(r => r.Month).ThenBy(r => r.Kind).Select(r => (IReadOnlyList<FormCell>)
        [
            ThaiDate.FormatMonthYear(r.Month), r.TypeName, Count(r.Received), Count(r.Closed), Count(r.Late),
        ]).ToList();
        if (lines.Count > 0)
        {
            lines.Add(
            [
                new FormCell("รวม", Bold: true), "", Total(rows.Sum(r => r.Received)), Total(rows.Sum(r => r.Closed)), Total(rows.Sum(r => r.Late)),
            ]);
        }

        return new FormTable(columns, lines) { Empty = NilReport };
    }

    private static FormCell Total(int number) => new(Count(number), Bold: true);

    private static string Count(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Days(double? days) => days?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";
}
