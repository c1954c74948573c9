using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Text;

namespace Prongsai.Core.Satisfaction;

/// <summary>A fiscal year in the back office's list: how many answered, and whether its report is out.</summary>
public sealed record SatisfactionYearRow(int FiscalYear, int Answers, DateTimeOffset? ReportPublishedAt);

/// <summary>A suggestion as the back office reads it: the text, when it came, and the department it was about.</summary>
public sealed record SatisfactionSuggestion(DateTimeOffset ReceivedAt, int? DepartmentId, string Text, bool IsSample);

/// <summary>The reads of the survey, for the back office and the website (the tenant filter keeps them to one organization).</summary>
public sealed class SatisfactionBoard(ProngsaiDbContext db)
{
    /// <summary>Every fiscal year with answers or a report, newest first, and the current one even before its first answer.</summary>
    public async Task<IReadOnlyList<SatisfactionYearRow>> YearsAsync(int currentYear, CancellationToken cancellationToken = default)
    {
        var answers = await db.Set<SatisfactionResponse>().AsNoTracking().GroupBy(r => r.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var reports = await db.Set<SatisfactionReport>().AsNoTracking().Select(r => new { r.FiscalYear, r.PublishedAt })
            .ToDictionaryAsync(r => r.FiscalYear, r => r.PublishedAt, cancellationToken);
        var counts = answers.ToDictionary(a => a.Year, a => a.Count);
        return counts.Keys.Union(reports.Keys).Append(currentYear).Distinct().OrderDescending()
            .Select(year => new SatisfactionYearRow(year, counts.GetValueOrDefault(year),
                reports.TryGetValue(year, out var published) ? published : null))
            .ToList();
    }

    /// <summary>A fiscal year's results from its answers.</summary>
    public async Task<SatisfactionResults> ResultsAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var answers = await db.Set<SatisfactionResponse>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear)
            .Select(r => new ScoredAnswer(r.DepartmentId, r.Process, r.Staff, r.Facilities, r.Quality))
            .ToListAsync(cancellationToken);
        return SatisfactionResults.Of(fiscalYear, answers);
    }

    public Task<SatisfactionReport?> ReportAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        db.Set<SatisfactionReport>().AsNoTracking().FirstOrDefaultAsync(r => r.FiscalYear == fiscalYear, cancellationToken);

    /// <summary>The fiscal years whose report is on the website, newest first.</summary>
    public async Task<IReadOnlyList<int>> PublishedYearsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<SatisfactionReport>().AsNoTracking().OrderByDescending(r => r.FiscalYear).Select(r => r.FiscalYear)
            .ToListAsync(cancellationToken);

    /// <summary>A fiscal year's suggestions, newest first.</summary>
    public async Task<IReadOnlyList<SatisfactionSuggestion>> SuggestionsAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        await db.Set<SatisfactionResponse>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear && r.Suggestion != null)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Select(r => new SatisfactionSuggestion(r.ReceivedAt, r.DepartmentId, r.Suggestion!, r.IsSample))
            .ToListAsync(cancellationToken);

    /// <summary>How many answered in a fiscal year that has no report yet (the dashboard's reminder, one count).</summary>
    public Task<int> AnswersWithoutReportAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        db.Set<SatisfactionResponse>().AsNoTracking()
            .Where(r => r.FiscalYear == fiscalYear && !db.Set<SatisfactionReport>().Any(p => p.FiscalYear == fiscalYear))
            .CountAsync(cancellationToken);

    /// <summary>Every answer of a fiscal year as a spreadsheet, oldest first, for an office that analyses it further.</summary>
    public async Task<byte[]> AnswersCsvAsync(int fiscalYear, IReadOnlyDictionary<int, string> departments, CancellationToken cancellationToken = default)
    {
        var answers = await db.Set<SatisfactionResponse>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear)
            .OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        List<string> header = ["ลำดับ", "วันที่ตอบ", "ส่วนราชการที่ให้บริการ"];
        header.AddRange(SatisfactionRules.Aspects.Select(SatisfactionRules.AspectThai));
        header.Add("ข้อเสนอแนะ");
        var rows = answers.Select((a, i) =>
        {
            List<string> row =
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), ThaiDateInput.Format(a.ReceivedAt),
                a.DepartmentId is { } d ? departments.GetValueOrDefault(d, "-") : "ไม่ระบุ",
            ];
            row.AddRange(SatisfactionRules.Aspects.Select(aspect => a.ScoreOf(aspect).ToString(CultureInfo.InvariantCulture)));
            row.Add(a.Suggestion ?? "");
            return (IReadOnlyList<string>)row;
        });
        return CsvFiles.ToFile(header, rows);
    }
}
