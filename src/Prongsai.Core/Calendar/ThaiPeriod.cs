using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Calendar;

/// <summary>
/// An implementation period as written in a report ("ตุลาคม 2566- มีนาคม 2567") and, when it
/// could be understood, its first and last CE months. The original text is always kept so a
/// period that could not be parsed is shown as written rather than lost.
/// </summary>
public sealed record ThaiPeriod(
    string OriginalText,
    YearMonth? Start,
    YearMonth? End,
    bool IsWholeFiscalYear,
    bool IsParsed,
    string? Problem)
{
    public static ThaiPeriod Range(string originalText, YearMonth start, YearMonth end, bool isWholeFiscalYear = false) =>
        new(originalText, start, end, isWholeFiscalYear, IsParsed: true, Problem: null);

    public static ThaiPeriod Unparsed(string originalText, string problem) =>
        new(originalText, Start: null, End: null, IsWholeFiscalYear: false, IsParsed: false, problem);

    /// <summary>The contract shape: text as written, "yyyy-MM" start and end or null.</summary>
    public ReportPeriod ToReportPeriod() =>
        new(OriginalText, Start?.ToString(), End?.ToString());
}
