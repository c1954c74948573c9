using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.CorruptionRisks;

/// <summary>
/// A year's corruption risk assessment as the paper an office signs and files (แบบประเมินความเสี่ยงการทุจริต): the
/// matrix, the risks with their scores and measures in the columns of the commission's form, the six- and
/// twelve-month reports when there are any, and signature lines for the working group and the head of the office. A
/// draft says so at the top. The level and the outcome are written in words beside their colour, so a black-and-white
/// copy reads the same.
/// </summary>
public static class RiskAssessmentForm
{
    public const string DraftMark = "ร่าง — ยังไม่ได้รับอนุมัติ";

    public static PrintedForm For(string organizationName, RiskYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var fiscalYear = year.FiscalYear.ToString(CultureInfo.InvariantCulture);
        var blocks = new List<FormBlock>
        {
            new FormParagraph("คะแนนความเสี่ยง = โอกาสที่จะเกิด (1–5) × ผลกระทบ (1–5): 1–3 ต่ำ, 4–9 ปานกลาง, 10–16 สูง, 17–25 สูงมาก"),
            new FormHeading("1. ตารางระดับความเสี่ยง (จำนวนความเสี่ยงในแต่ละช่อง)"),
            Matrix(year),
            new FormHeading("2. ความเสี่ยงการทุจริตและมาตรการป้องกัน"),
            Risks(year),
        };
        var section = 3;
        foreach (var round in new[] { FollowUpRound.HalfYear, FollowUpRound.YearEnd }.Where(year.Reported))
        {
            blocks.Add(new FormHeading(
                $"{section++}. รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต {RiskTexts.Round(round)}"));
            blocks.Add(FollowUps(year, round));
        }

        var assessment = year.Assessment;
        return new PrintedForm($"การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. {fiscalYear}", blocks)
        {
            Corner = year.Approved ? null : DraftMark,
            Subtitle = [organizationName],
            Landscape = true,
            Signatures =
            [
                new FormSignature(null, "คณะทำงานประเมินความเสี่ยงการทุจริต"),
                new FormSignature(year.Approved ? assessment!.ApprovedBy : null, "ผู้อนุมัติ (หัวหน้าหน่วยงาน)",
                    year.Approved && assessment!.ApprovedAt is { } at ? "อนุมัติเมื่อ " + ThaiDate.FormatLong(at) : null),
            ],
        };
    }

    /// <summary>Likelihood down the side from 5 to 1, impact across from 1 to 5, as the commission's guide draws it.</summary>
    private static FormTable Matrix(RiskYear year)
    {
        var counts = year.Matrix();
        var columns = new List<FormColumn> { new("โอกาส \\ ผลกระทบ", 20, FormAlign.Centre) };
        columns.AddRange(Enumerable.Range(1, RiskRules.MaxScale).Select(i => new FormColumn(RiskTexts.Impact(i), 16, FormAlign.Centre)));
        var rows = Enumerable.Range(1, RiskRules.MaxScale).Reverse().Select(likelihood =>
        {
            var row = new List<FormCell> { new(RiskTexts.Likelihood(likelihood), Bold: true) };
            row.AddRange(Enumerable.Range(1, RiskRules.MaxScale).Select(impact =>
            {
                var level = RiskRules.LevelOf(likelihood, impact);
                var count = counts[likelihood - 1, impact - 1];
                var text = RiskTexts.Level(level) + (count > 0 ? "\n" + count.ToString(CultureInfo.InvariantCulture) + " รายการ" : "");
                return new FormCell(text, LevelFill(level), Bold: count > 0);
            }));
            return (IReadOnlyList<FormCell>)row;
        }).ToList();
        return new FormTable(columns, rows);
    }

    private static FormTable Risks(RiskYear year)
    {
        FormColumn[] columns =
        [
            new("ที่", 4, FormAlign.Centre), new("กระบวนงาน/ภารกิจ", 12), new("ประเภทความเสี่ยง", 10), new("เหตุการณ์ความเสี่ยง", 16),
            new("โอกาส × ผลกระทบ = คะแนน (ระดับ)", 9, FormAlign.Centre), new("การควบคุมที่มีอยู่", 13), new("มาตรการป้องกันความเสี่ยง", 18),
            new("ผู้รับผิดชอบ", 9), new("ระยะเวลา", 9),
        ];
        var rows = year.Lines.Select((line, i) =>
        {
            var r = line.Risk;
            var score = string.Create(CultureInfo.InvariantCulture, $"{r.Likelihood} × {r.Impact} = {r.Score}\n{RiskTexts.Level(r.Level)}");
            return (IReadOnlyList<FormCell>)
            [
                Number(i), r.Process, RiskTexts.Category(r.Category), r.Description, new FormCell(score, LevelFill(r.Level)),
                r.ExistingControls.Length > 0 ? r.ExistingControls : "-", r.Measures, line.DepartmentName ?? RiskBoard.WholeOffice,
                r.Period.Length > 0 ? r.Period : "-",
            ];
        }).ToList();
        return new FormTable(columns, rows) { Empty = "ยังไม่มีความเสี่ยงในปีนี้" };
    }

    private static FormTable FollowUps(RiskYear year, FollowUpRound round)
    {
        FormColumn[] columns =
        [
            new("ที่", 4, FormAlign.Centre), new("ความเสี่ยง", 20), new("มาตรการป้องกันความเสี่ยง", 22), new("สถานะการดำเนินการ", 12),
            new("ผลการจัดการความเสี่ยง", 14), new("ผลการดำเนินการ", 28),
        ];
        var rows = year.Lines.Select((line, i) =>
        {
            var followUp = line.FollowUp(round);
            return (IReadOnlyList<FormCell>)
            [
                Number(i), line.Risk.Process + "\n" + line.Risk.Description, line.Risk.Measures,
                followUp is null ? "ยังไม่ได้รายงาน" : RiskTexts.Progress(followUp.Progress),
                followUp is null ? "-" : new FormCell(RiskTexts.Outcome(followUp.Outcome), OutcomeFill(followUp.Outcome)),
                followUp?.Result ?? "-",
            ];
        }).ToList();
        return new FormTable(columns, rows);
    }

    private static FormCell Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    // Light tints, so black text stays readable on them and a grey print still tells the cells apart.
    private static string LevelFill(RiskLevel level) => level switch
    {
        RiskLevel.Low => "E3F1E6",
        RiskLevel.Medium => "FFF4CC",
        RiskLevel.High => "FDE2C8",
        _ => "F8D0D0",
    };

    private static string OutcomeFill(RiskOutcome outcome) => outcome switch
    {
        RiskOutcome.Controlled => "E3F1E6",
        RiskOutcome.Watch => "FFF4CC",
        _ => "F8D0D0",
    };
}
