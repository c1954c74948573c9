using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>A risk with its department's name and its two follow-up reports, as lists and the website show it.</summary>
public sealed record RiskLine(CorruptionRisk Risk, string? DepartmentName, RiskFollowUp? HalfYear, RiskFollowUp? YearEnd)
{
    public RiskFollowUp? FollowUp(FollowUpRound round) => round == FollowUpRound.HalfYear ? HalfYear : YearEnd;
}

/// <summary>A year's assessment (null when nobody has started it) and its risks in the order they were listed.</summary>
public sealed record RiskYear(int FiscalYear, RiskAssessment? Assessment, IReadOnlyList<RiskLine> Lines)
{
    public bool Approved => Assessment?.Status == RiskAssessmentStatus.Approved;

    /// <summary>How many risks fall in each cell of the matrix: [likelihood − 1, impact − 1].</summary>
    public int[,] Matrix()
    {
        var cells = new int[RiskRules.MaxScale, RiskRules.MaxScale];
        foreach (var line in Lines)
        {
            cells[line.Risk.Likelihood - 1, line.Risk.Impact - 1]++;
        }

        return cells;
    }

    /// <summary>Whether any risk has a report of the round (the website shows the round's section only then).</summary>
    public bool Reported(FollowUpRound round) => Lines.Any(l => l.FollowUp(round) is not null);
}

/// <summary>One risk as a member may see it, with what they may do with it.</summary>
public sealed record RiskView(RiskLine Line, RiskAssessment Assessment, bool MayEdit, bool MayRecord);

/// <summary>Reads the assessments. Every member of the back office reads them; the website reads approved ones only.</summary>
public sealed class RiskBoard(ProngsaiDbContext db, TimeProvider clock)
{
    public const string WholeOffice = DepartmentChoices.WholeOffice;

    public async Task<RiskYear> YearAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var assessment = await db.Set<RiskAssessment>().AsNoTracking().FirstOrDefaultAsync(a => a.FiscalYear == fiscalYear, cancellationToken);
        return new RiskYear(fiscalYear, assessment, assessment is null ? [] : await LinesAsync(assessment.Id, cancellationToken));
    }

    /// <summary>The approved assessment of a year, as the website shows it; null while there is none.</summary>
    public async Task<RiskYear?> PublishedAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var assessment = await db.Set<RiskAssessment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.FiscalYear == fiscalYear && a.Status == RiskAssessmentStatus.Approved, cancellationToken);
        return assessment is null ? null : new RiskYear(fiscalYear, assessment, await LinesAsync(assessment.Id, cancellationToken));
    }

    /// <summary>The years that have an assessment, newest first, with their state.</summary>
    public async Task<IReadOnlyList<(int FiscalYear, RiskAssessmentStatus Status)>> YearsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<RiskAssessment>().AsNoTracking().OrderByDescending(a => a.FiscalYear)
            .Select(a => new { a.FiscalYear, a.Status }).ToListAsync(cancellationToken))
        .Select(a => (a.FiscalYear, a.Status)).ToList();

    /// <summary>The years whose assessment is on the website, newest first, with the day each was approved.</summary>
    public async Task<IReadOnlyList<(int FiscalYear, DateTimeOffset? ApprovedAt)>> PublishedYearsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<RiskAssessment>().AsNoTracking().Where(a => a.Status == RiskAssessmentStatus.Approved)
            .OrderByDescending(a => a.FiscalYear).Select(a => new { a.FiscalYear, a.ApprovedAt }).ToListAsync(cancellationToken))
        .Select(a => (a.FiscalYear, a.ApprovedAt)).ToList();

    public async Task<RiskView?> FindAsync(StaffActor actor, int riskId, CancellationToken cancellationToken = default)
    {
        var risk = await db.Set<CorruptionRisk>().AsNoTracking().Include(r => r.FollowUps).Include(r => r.Assessment)
            .FirstOrDefaultAsync(r => r.Id == riskId, cancellationToken);
        if (risk?.Assessment is not { } assessment || !actor.IsMember)
        {
            return null;
        }

        var department = risk.DepartmentId is { } id
            ? await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var mayWork = actor.HasFor(RisksPermissions.AssessRisks, risk.DepartmentId);
        return new RiskView(Line(risk, department), assessment,
            MayEdit: mayWork && assessment.Status == RiskAssessmentStatus.Draft,
            MayRecord: mayWork && assessment.Status == RiskAssessmentStatus.Approved);
    }

    /// <summary>
    /// The departments a member may file risks under: every one in use (and the whole office) for organization-wide roles;
    /// an edited risk's own department stays offered though retired.
    /// </summary>
    public Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync(StaffActor actor, CancellationToken cancellationToken = default, int? current = null) =>
        DepartmentChoices.ForAsync(db, actor, RisksPermissions.AssessRisks, cancellationToken, current);

    /// <summary>Drafts with at least one risk, of this fiscal year or the next, waiting for the head of the office.</summary>
    public async Task<IReadOnlyList<int>> WaitingForApprovalAsync(CancellationToken cancellationToken = default)
    {
        var current = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        return await db.Set<RiskAssessment>()
            .Where(a => a.Status == RiskAssessmentStatus.Draft && a.FiscalYear >= current && a.FiscalYear <= current + 1 && a.Risks.Any())
            .OrderBy(a => a.FiscalYear).Select(a => a.FiscalYear).ToListAsync(cancellationToken);
    }

    /// <summary>Whether this fiscal year has an assessment at all (started, approved or not).</summary>
    public Task<bool> StartedAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        db.Set<RiskAssessment>().AnyAsync(a => a.FiscalYear == fiscalYear && a.Risks.Any(), cancellationToken);

    /// <summary>
    /// The member's risks whose follow-up report is due and missing: the half year of this fiscal year after 31 March,
    /// and the whole year of the last one once it ended. By year, to link each to its list.
    /// </summary>
    public async Task<IReadOnlyList<(int FiscalYear, FollowUpRound Round, int Count)>> FollowUpsDueAsync(
        StaffActor actor, CancellationToken cancellationToken = default)
    {
        var today = BangkokTime.Today(clock);
        var current = FiscalYear.ForDate(today).BeYear;
        var due = new List<(int, FollowUpRound, int)>();
        foreach (var (year, round) in new[] { (current, FollowUpRound.HalfYear), (current - 1, FollowUpRound.YearEnd) })
        {
            if (today <= RiskRules.DueAfter(year, round))
            {
                continue;
            }

            var risks = db.Set<CorruptionRisk>().Where(r => r.Assessment!.FiscalYear == year
                && r.Assessment.Status == RiskAssessmentStatus.Approved && !r.FollowUps.Any(f => f.Round == round));
            if (!actor.IsOrganizationWide)
            {
                var mine = actor.DepartmentIds.ToList();
                risks = risks.Where(r => r.DepartmentId != null && mine.Contains(r.DepartmentId.Value));
            }

            if (await risks.CountAsync(cancellationToken) is > 0 and var count)
            {
                due.Add((year, round, count));
            }
        }

        return due;
    }

    /// <summary>The assessment and its follow-up reports as a table (the commission's form's columns), for the download.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Table(RiskYear year)
    {
        IReadOnlyList<string> header =
        [
            "ลำดับ", "กระบวนงาน/ภารกิจ", "ประเภทความเสี่ยง", "เหตุการณ์ความเสี่ยง", "โอกาส (1-5)", "ผลกระทบ (1-5)", "คะแนน", "ระดับความเสี่ยง",
            "การควบคุมที่มีอยู่", "มาตรการป้องกันความเสี่ยง", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
            "สถานะ รอบ 6 เดือน", "ผล รอบ 6 เดือน", "ผลการดำเนินการ รอบ 6 เดือน",
            "สถานะ รอบ 12 เดือน", "ผล รอบ 12 เดือน", "ผลการดำเนินการ รอบ 12 เดือน",
        ];
        var rows = year.Lines.Select((line, i) =>
        {
            var r = line.Risk;
            return (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), r.Process, RiskTexts.Category(r.Category), r.Description,
                r.Likelihood.ToString(CultureInfo.InvariantCulture), r.Impact.ToString(CultureInfo.InvariantCulture),
                r.Score.ToString(CultureInfo.InvariantCulture), RiskTexts.Level(r.Level), r.ExistingControls, r.Measures,
                line.DepartmentName ?? WholeOffice, r.Period,
                .. FollowUpCells(line.HalfYear), .. FollowUpCells(line.YearEnd),
            ];
        }).ToList();
        return (header, rows);
    }

    public static byte[] Csv(RiskYear year)
    {
        var (header, rows) = Table(year);
        return CsvFiles.ToFile(header, rows);
    }

    private static string[] FollowUpCells(RiskFollowUp? followUp) => followUp is null
        ? ["", "", ""]
        : [RiskTexts.Progress(followUp.Progress), RiskTexts.Outcome(followUp.Outcome), followUp.Result];

    private async Task<IReadOnlyList<RiskLine>> LinesAsync(int assessmentId, CancellationToken cancellationToken)
    {
        var risks = await db.Set<CorruptionRisk>().AsNoTracking().Include(r => r.FollowUps)
            .Where(r => r.AssessmentId == assessmentId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var names = await DepartmentChoices.NamesAsync(db, risks.Select(r => r.DepartmentId), cancellationToken);
        return risks.Select(r => Line(r, r.DepartmentId is { } id ? names.GetValueOrDefault(id) : null)).ToList();
    }

    private static RiskLine Line(CorruptionRisk risk, string? department) => new(risk, department,
        risk.FollowUps.FirstOrDefault(f => f.Round == FollowUpRound.HalfYear), risk.FollowUps.FirstOrDefault(f => f.Round == FollowUpRound.YearEnd));
}
