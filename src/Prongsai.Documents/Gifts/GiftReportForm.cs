using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Gifts;
using Prongsai.Core.Money;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.Gifts;

/// <summary>
/// A fiscal year's report of gifts received by staff as the paper an office signs and files (รายงานการรับทรัพย์สินหรือ
/// ประโยชน์อื่นใดโดยธรรมจรรยา): month by month how many decided reports there were — a month with none says so, since
/// a nil report is still the report — then every gift in the columns of the usual form, and signature lines for whoever
/// reports and the head of the office, left to be written by hand. It carries exactly what the website's yearly page
/// shows: the receiver by position and the giver by kind, never a person's name (the giver may be a private person).
/// </summary>
public static class GiftReportForm
{
    public const string NilReport = "ไม่มีการรับทรัพย์สินหรือประโยชน์อื่นใดที่ต้องรายงาน";

    /// <param name="months">the months the report covers (<see cref="GiftBoard.MonthsReported"/>)</param>
    /// <param name="rows">the year's decided reports as published (<see cref="GiftBoard.PublishedAsync"/>)</param>
    public static PrintedForm For(string organizationName, FiscalYear year, IReadOnlyList<YearMonth> months, IReadOnlyList<PublicGiftRow> rows)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(rows);
        var subtitle = new List<string> { organizationName };
        if (months.Count > 0)
        {
            subtitle.Add($"ตั้งแต่เดือน{ThaiDate.FormatMonthYear(months[0])} ถึงเดือน{ThaiDate.FormatMonthYear(months[^1])}");
        }

        return new PrintedForm($"รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา {year.ThaiName}",
        [
            new FormParagraph(
                "เจ้าหน้าที่ของรัฐรับทรัพย์สินหรือประโยชน์อื่นใดจากผู้ที่ไม่ใช่ญาติได้ไม่เกิน 3,000 บาทต่อผู้ให้ต่อโอกาส ถ้าเกินต้องรายงานหัวหน้าหน่วยงานภายใน 30 วัน "
                + "รายงานนี้แสดงรายการที่หัวหน้าหน่วยงานพิจารณาแล้ว โดยระบุตำแหน่งของผู้รับและประเภทของผู้ให้ ไม่ระบุชื่อบุคคล"),
            new FormHeading("1. สรุปรายเดือน"),
            Months(months, rows),
            new FormHeading("2. รายการทรัพย์สินหรือประโยชน์อื่นใดที่ได้รับ"),
            Gifts(rows),
        ])
        {
            Subtitle = subtitle,
            Landscape = true,
            // The public report names nobody, so neither does the form: the signers write their names by hand.
            Signatures = [new FormSignature(null, "ผู้รายงาน"), new FormSignature(null, "หัวหน้าหน่วยงาน")],
        };
    }

    private static FormTable Months(IReadOnlyList<YearMonth> months, IReadOnlyList<PublicGiftRow> rows)
    {
        FormColumn[] columns =
        [
            new("เดือน", 25), new("จำนวน (รายการ)", 15, FormAlign.Centre), new("มูลค่ารวมโดยประมาณ (บาท)", 20, FormAlign.Right),
            new("หมายเหตุ", 40),
        ];
        var lines = months.Select(month =>
        {
            var inMonth = rows.Where(r => month.Contains(r.ReceivedOn)).ToList();
            return (IReadOnlyList<FormCell>)
            [
                ThaiDate.FormatMonthYear(month), Count(inMonth.Count), inMonth.Count == 0 ? "-" : ThaiMoney.Format(inMonth.Sum(r => r.Value)),
                inMonth.Count == 0 ? NilReport : "-",
            ];
        }).ToList();
        if (lines.Count > 0)
        {
            var shown = rows.Where(r => months.Any(m => m.Contains(r.ReceivedOn))).ToList();
            lines.Add(
            [
                new FormCell("รวม", Bold: true), new FormCell(Count(shown.Count), Bold: true),
                new FormCell(ThaiMoney.Format(shown.Sum(r => r.Value)), Bold: true), "",
            ]);
        }

        return new FormTable(columns, lines) { Empty = NilReport };
    }

    private static FormTable Gifts(IReadOnlyList<PublicGiftRow> rows)
    {
        FormColumn[] columns =
        [
            new("ที่", 4, FormAlign.Centre), new("วัน เดือน ปี ที่ได้รับ", 11, FormAlign.Centre), new("ผู้รับ (ตำแหน่ง)", 14),
            new("ผู้ให้ (ประเภท/ความสัมพันธ์)", 14), new("รายการทรัพย์สิน/ประโยชน์", 17), new("มูลค่าโดยประมาณ (บาท)", 10, FormAlign.Right),
            new("เหตุผลการรับ/โอกาส", 12), new("การดำเนินการ", 18),
        ];
        var lines = rows.Select((g, i) => (IReadOnlyList<FormCell>)
        [
            Count(i + 1), ThaiDate.FormatLong(g.ReceivedOn), g.ReceiverPosition, GiftTexts.Relation(g.GiverRelation), g.Description,
            ThaiMoney.Format(g.Value), g.Occasion, Action(g.Decision, g.SettledOn),
        ]).ToList();
        return new FormTable(columns, lines) { Empty = NilReport };
    }

    /// <summary>The head's decision in words, and what was done about it, with the day in full.</summary>
    private static string Action(GiftDecision decision, DateOnly? settledOn) => GiftTexts.Decision(decision) + (decision, settledOn) switch
    {
        (GiftDecision.ReturnToGiver, { } on) => "\nส่งคืนผู้ให้แล้วเมื่อ " + ThaiDate.FormatLong(on),
        (GiftDecision.HandToOffice, { } on) => "\nส่งมอบให้หน่วยงานแล้วเมื่อ " + ThaiDate.FormatLong(on),
        (GiftDecision.ReturnToGiver or GiftDecision.HandToOffice, null) => "\nอยู่ระหว่างดำเนินการ",
        _ => "",
    };

    private static string Count(int number) => number.ToString(CultureInfo.InvariantCulture);
}
