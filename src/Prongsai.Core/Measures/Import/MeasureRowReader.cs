using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Text;

namespace Prongsai.Core.Measures.Import;

/// <summary>Turns the six cells of one table row into a report item.</summary>
internal static partial class MeasureRowReader
{
    internal const string NotStarted = "notStarted";

    internal static MeasureRow Read(IReadOnlyList<string> cells, int line, int position, int fiscalYearBe, List<ImportWarning> warnings)
    {
        var (number, title) = ReadNumberAndTitle(cells[0], line, position, warnings);
        var steps = ListItems.Split(cells[1]);
        var responsible = Responsibility.SplitDepartments(cells[2]);
        var period = ReadPeriod(cells[3], line, fiscalYearBe, warnings);
        var results = ListItems.Split(cells[4]);
        var outcome = PlainText.FromHtml(cells[5]);
        var indicators = IndicatorMentions([title, .. steps, .. results, outcome]);

        var item = new MeasureReportItem(
            Number: number,
            Title: title,
            Steps: steps,
            Responsible: responsible,
            Period: period,
            Results: results,
            Outcome: outcome,
            Indicators: indicators,
            Status: NotStarted,
            PercentDone: 0);
        return new MeasureRow(item, line);
    }

    private static (string Number, string Title) ReadNumberAndTitle(string cell, int line, int position, List<ImportWarning> warnings)
    {
        var text = PlainText.FromHtml(cell);
        var match = NumberedTitlePattern().Match(text);
        if (match.Success)
        {
            return (ThaiDigits.ToAscii(match.Groups["num"].Value), match.Groups["title"].Value.Trim());
        }

        // Without a number the row's position in the table is the best guess; say so.
        var number = position.ToString(CultureInfo.InvariantCulture);
        warnings.Add(new ImportWarning(ImportWarningCodes.MissingMeasureNumber,
            $"มาตรการไม่มีเลขลำดับนำหน้า จึงกำหนดเป็นข้อ {number} ตามลำดับแถว", line));
        return (number, text);
    }

    private static ReportPeriod ReadPeriod(string cell, int line, int fiscalYearBe, List<ImportWarning> warnings)
    {
        var period = ThaiPeriodParser.Parse(PlainText.FromHtml(cell), fiscalYearBe);
        if (!period.IsParsed)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.UnparsedPeriod,
                $"ระยะเวลาดำเนินการ \"{period.OriginalText}\": {period.Problem} เก็บข้อความไว้ตามเดิมโดยไม่มีเดือนเริ่มต้น/สิ้นสุด",
                line));
        }
        else
        {
            var fiscalYear = new FiscalYear(fiscalYearBe);
            if (!fiscalYear.Contains(period.Start!.Value) || !fiscalYear.Contains(period.End!.Value))
            {
                warnings.Add(new ImportWarning(ImportWarningCodes.PeriodOutsideFiscalYear,
                    $"ระยะเวลาดำเนินการ \"{period.OriginalText}\" อยู่นอก{fiscalYear.ThaiName}", line));
            }
        }

        return period.ToReportPeriod();
    }

    private static List<int> IndicatorMentions(IEnumerable<string> texts) =>
        texts
            .SelectMany(t => IndicatorPattern().Matches(ThaiDigits.ToAscii(t)))
            .Select(m => int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();

    // "1. จัดทำ…", "1) จัดทำ…", "1.1 จัดทำ…", "๑. จัดทำ…"
    [GeneratedRegex(@"^(?<num>[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*)(?:[.)]\s*|\s+)(?<title>\S.*)$")]
    private static partial Regex NumberedTitlePattern();

    [GeneratedRegex(@"ตัวชี้วัดที่\s*(?<n>\d{1,2})(?!\d)")]
    private static partial Regex IndicatorPattern();
}
