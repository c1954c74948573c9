using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Satisfaction;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.Satisfaction;

/// <summary>
/// A fiscal year's satisfaction survey as the report an office signs and files (รายงานผลการสำรวจความพึงพอใจการให้บริการ):
/// why and how it asked, each aspect's scores in the columns Thai survey reports use (how many gave 5 to 1, x̄, S.D.,
/// level) with the overall mean as a percentage, the results by the department that served, and what the office learned
/// and will improve. It prints the figures and the findings only: a villager's suggestion is the back office's to read,
/// never printed.
/// </summary>
public static class SatisfactionReportForm
{
    public const string Title = "รายงานผลการสำรวจความพึงพอใจการให้บริการ";

    public const string SampleNote = "ข้อมูลตัวอย่างของระบบสาธิต ไม่ใช่ข้อมูลจริง";

    /// <param name="departments">the names of the departments the results name (a department gone since reads as not said)</param>
    /// <param name="websiteAddress">where the survey was answered, printed as the channel used</param>
    public static PrintedForm For(string organizationName, SatisfactionResults results, SatisfactionReport report,
        IReadOnlyDictionary<int, string> departments, string websiteAddress)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(departments);
        var year = new FiscalYear(report.FiscalYear);
        var blocks = new List<FormBlock>
        {
            new FormHeading("1. วัตถุประสงค์และวิธีการ"),
            new FormParagraph("เพื่อให้ทราบความพึงพอใจของผู้รับบริการต่อการให้บริการของหน่วยงาน และนำผลไปปรับปรุงการให้บริการ"),
            new FormParagraph(
                $"สำรวจด้วยแบบประเมินความพึงพอใจการให้บริการบนเว็บไซต์ของหน่วยงาน {websiteAddress} โดยไม่ระบุชื่อผู้ตอบ "
                + $"ระหว่างวันที่ {ThaiDate.FormatLong(year.Start)} ถึงวันที่ {ThaiDate.FormatLong(year.End)} "
                + $"มีผู้ตอบแบบประเมินทั้งสิ้น {Count(results.Answers)} ราย"),
            new FormParagraph(
                "ผู้ตอบให้คะแนนแต่ละด้าน 5 ระดับ (5 มากที่สุด 4 มาก 3 ปานกลาง 2 น้อย 1 น้อยที่สุด) แปลผลค่าเฉลี่ย (x̄) ดังนี้ "
                + "4.51–5.00 มากที่สุด 3.51–4.50 มาก 2.51–3.50 ปานกลาง 1.51–2.50 น้อย 1.00–1.50 น้อยที่สุด "
                + "ร้อยละของความพึงพอใจเท่ากับค่าเฉลี่ยคูณ 20"),
            new FormHeading("2. ผลการประเมินรายด้าน"),
            AspectsTable(results),
            new FormHeading("3. ผลการประเมินจำแนกตามส่วนราชการที่ให้บริการ"),
            DepartmentsTable(results, departments),
            new FormHeading("4. ผลการวิเคราะห์และการนำไปปรับปรุง"),
        };
        blocks.AddRange(FormParagraph.PerLine(report.Findings));
        if (report.IsSample)
        {
            blocks.Add(new FormParagraph(SampleNote));
        }

        // The year on a line of its own: a long title would otherwise break between "พ.ศ." and the year.
        return new PrintedForm(Title, blocks)
        {
            Subtitle = ["ประจำ" + year.ThaiName, organizationName],
            // Nobody's name is on the website's report, so the signers write theirs by hand.
            Signatures = [new FormSignature(null, "ผู้จัดทำรายงาน"), new FormSignature(null, "หัวหน้าหน่วยงาน")],
        };
    }

    private static FormTable AspectsTable(SatisfactionResults results)
    {
        var columns = new List<FormColumn> { new("ด้าน", 32) };
        columns.AddRange(SatisfactionRules.ScoresHighestFirst.Select(score => new FormColumn(score.ToString(CultureInfo.InvariantCulture), 6, FormAlign.Centre)));
        columns.AddRange([new("x̄", 8, FormAlign.Right), new("S.D.", 8, FormAlign.Right), new("ร้อยละ", 10, FormAlign.Right), new("ระดับ", 12)]);

        var rows = results.Aspects.Select(aspect =>
        {
            var row = new List<FormCell> { SatisfactionRules.AspectThai(aspect.Aspect) };
            row.AddRange(SatisfactionRules.ScoresHighestFirst.Select(score => new FormCell(Count(aspect.CountOf(score)))));
            row.AddRange([SatisfactionRules.Printed(aspect.Mean), SatisfactionRules.Printed(aspect.StandardDeviation), SatisfactionRules.Printed(aspect.Percent), aspect.Level]);
            return (IReadOnlyList<FormCell>)row;
        }).ToList();

        // The overall figure is the mean of the four aspects: it has no counts or spread of its own.
        var overall = new List<FormCell> { new("ภาพรวม", Bold: true) };
        overall.AddRange(SatisfactionRules.ScoresHighestFirst.Select(_ => new FormCell("-")));
        overall.AddRange([new FormCell(SatisfactionRules.Printed(results.Mean), Bold: true), new FormCell("-"),
            new FormCell(SatisfactionRules.Printed(results.Percent), Bold: true), new FormCell(results.Level, Bold: true)]);
        rows.Add(overall);
        return new FormTable(columns, rows);
    }

    private static FormTable DepartmentsTable(SatisfactionResults results, IReadOnlyDictionary<int, string> departments)
    {
        FormColumn[] columns =
        [
            new("ส่วนราชการ", 40), new("จำนวน (ราย)", 15, FormAlign.Right), new("x̄", 12, FormAlign.Right),
            new("ร้อยละ", 13, FormAlign.Right), new("ระดับ", 20),
        ];
        var rows = results.Departments.Select(d => (IReadOnlyList<FormCell>)
        [
            SatisfactionRules.DepartmentName(d.DepartmentId, departments), Count(d.Answers), SatisfactionRules.Printed(d.Mean), SatisfactionRules.Printed(d.Percent),
            SatisfactionRules.LevelThai(d.Mean),
        ]).ToList();
        return new FormTable(columns, rows);
    }

    private static string Count(int number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
