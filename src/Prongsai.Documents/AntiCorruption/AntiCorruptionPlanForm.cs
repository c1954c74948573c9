using System.Globalization;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.AntiCorruption;

/// <summary>
/// A year's anti-corruption action plan as the paper an office signs and files (แผนปฏิบัติการป้องกันการทุจริต): the
/// projects per dimension of the commission's template with their budgets and totals, the six-month and annual reports
/// when there are any (each project's state in words, the money spent, what was done, and the round's figures), and
/// signature lines. A draft says so at the top.
/// </summary>
public static class AntiCorruptionPlanForm
{
    public const string DraftMark = "ร่าง — ยังไม่ได้รับอนุมัติ";

    public static PrintedForm For(string organizationName, PlanYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var fiscalYear = year.FiscalYear.ToString(CultureInfo.InvariantCulture);
        var blocks = new List<FormBlock> { new FormHeading("1. โครงการ กิจกรรม และมาตรการ จำแนกตามมิติ") };
        foreach (var (dimension, lines) in year.ByDimension())
        {
            blocks.Add(new FormParagraph(PlanTexts.Dimension(dimension)));
            blocks.Add(Projects(lines));
        }

        if (year.Lines.Count == 0)
        {
            blocks.Add(new FormParagraph("ยังไม่มีโครงการในแผนปีนี้"));
        }

        blocks.Add(new FormHeading("2. สรุปจำนวนโครงการและงบประมาณ"));
        blocks.Add(Totals(year));
        var section = 3;
        foreach (var round in new[] { FollowUpRound.HalfYear, FollowUpRound.YearEnd }.Where(year.Reported))
        {
            blocks.Add(new FormHeading($"{section++}. {PlanTexts.Report(round)}"));
            blocks.Add(RoundFigures(year, round));
            blocks.Add(Reports(year, round));
        }

        var plan = year.Plan;
        var custom = plan?.Title is not null;
        return new PrintedForm(year.Title, blocks)
        {
            Corner = year.Approved ? null : DraftMark,
            Subtitle = custom ? ["ประจำปีงบประมาณ พ.ศ. " + fiscalYear, organizationName] : [organizationName],
            Landscape = true,
            Signatures =
            [
                new FormSignature(null, "ผู้จัดทำแผน"),
                new FormSignature(year.Approved ? plan!.ApprovedBy : null, "ผู้อนุมัติ (หัวหน้าหน่วยงาน)",
                    year.Approved && plan!.ApprovedAt is { } at ? "อนุมัติเมื่อ " + ThaiDate.FormatLong(at) : null),
            ],
        };
    }

    private static FormTable Projects(IReadOnlyList<ProjectLine> lines)
    {
        FormColumn[] columns =
        [
            new("ที่", 5, FormAlign.Centre), new("โครงการ/กิจกรรม/มาตรการ", 27), new("วัตถุประสงค์/เป้าหมาย", 28),
            new("งบประมาณ (บาท)", 13, FormAlign.Right), new("ผู้รับผิดชอบ", 13), new("ระยะเวลา", 14),
        ];
        var rows = lines.Select((line, i) => (IReadOnlyList<FormCell>)
        [
            Number(i), line.Project.Name, line.Project.Objective, Budget(line.Project.Budget),
            line.DepartmentName ?? DepartmentChoices.WholeOffice, line.Project.Period.Length > 0 ? line.Project.Period : "-",
        ]).ToList();
        rows.Add([new FormCell(""), new FormCell($"รวม {Count(lines.Count)} โครงการ", Bold: true), new FormCell(""),
            new FormCell(ThaiMoney.Format(lines.Sum(l => l.Project.Budget)), Bold: true), "", ""]);
        return new FormTable(columns, rows);
    }

    private static FormTable Totals(PlanYear year)
    {
        FormColumn[] columns = [new("มิติ", 64), new("จำนวนโครงการ", 16, FormAlign.Centre), new("งบประมาณ (บาท)", 20, FormAlign.Right)];
        var rows = year.ByDimension().Select(g => (IReadOnlyList<FormCell>)
            [PlanTexts.Dimension(g.Dimension), Count(g.Lines.Count), ThaiMoney.Format(g.Lines.Sum(l => l.Project.Budget))]).ToList();
        rows.Add([new FormCell("รวมทั้งสิ้น", Bold: true), new FormCell(Count(year.Lines.Count), Bold: true),
            new FormCell(ThaiMoney.Format(year.TotalBudget), Bold: true)]);
        return new FormTable(columns, rows);
    }

    /// <summary>Projects by state and money planned against spent, per dimension and in total.</summary>
    private static FormTable RoundFigures(PlanYear year, FollowUpRound round)
    {
        var columns = new List<FormColumn> { new("มิติ", 30), new("โครงการ", 8, FormAlign.Centre) };
        columns.AddRange(Enum.GetValues<ProjectStatus>().Select(s => new FormColumn(PlanTexts.Status(s), 9, FormAlign.Centre)));
        columns.Add(new("ยังไม่รายงาน", 8, FormAlign.Centre));
        columns.Add(new("งบประมาณ (บาท)", 9, FormAlign.Right));
        columns.Add(new("ใช้จริง (บาท)", 9, FormAlign.Right));
        var rows = year.Summary(round).Select(s =>
        {
            var total = s.Dimension is null;
            var cells = new List<FormCell>
            {
                new(s.Dimension is { } d ? PlanTexts.Dimension(d) : "รวมทั้งสิ้น", Bold: total), new(Count(s.Projects), Bold: total),
            };
            cells.AddRange(Enum.GetValues<ProjectStatus>().Select(st => new FormCell(Count(s.ByStatus[st]), Bold: total)));
            cells.Add(new(Count(s.NotReported), Bold: total));
            cells.Add(new(ThaiMoney.Format(s.Planned), Bold: total));
            cells.Add(new(ThaiMoney.Format(s.Spent), Bold: total));
            return (IReadOnlyList<FormCell>)cells;
        }).ToList();
        return new FormTable(columns, rows);
    }

    private static FormTable Reports(PlanYear year, FollowUpRound round)
    {
        FormColumn[] columns =
        [
            new("ที่", 5, FormAlign.Centre), new("โครงการ/กิจกรรม/มาตรการ", 28), new("งบประมาณ (บาท)", 12, FormAlign.Right),
            new("สถานะ", 13), new("ใช้จริง (บาท)", 12, FormAlign.Right), new("ผลการดำเนินการ", 30),
        ];
        var rows = year.ByDimension().SelectMany(g => g.Lines).Select((line, i) =>
        {
            var report = line.Report(round);
            return (IReadOnlyList<FormCell>)
            [
                Number(i), line.Project.Name, Budget(line.Project.Budget),
                report is null ? "ยังไม่ได้รายงาน" : PlanTexts.Status(report.Status),
                report?.Spent is { } spent ? ThaiMoney.Format(spent) : "-", report?.Result ?? "-",
            ];
        }).ToList();
        return new FormTable(columns, rows);
    }

    private static FormCell Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Budget(decimal budget) => budget == 0 ? "ไม่ใช้งบประมาณ" : ThaiMoney.Format(budget);
}
