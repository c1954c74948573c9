using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Text;

namespace Prongsai.Core.Measures.Import;

/// <summary>
/// Reads the text export of a published measures report (the seed format): an optional
/// "## title" line, introduction paragraphs, then one or more tables, each a tab-separated
/// header row starting with "มาตรการ/แนวทาง" followed by six-cell data rows. Cells may be plain
/// text or HTML; every text in the result is plain.
/// </summary>
/// <remarks>
/// The reader keeps what it finds and warns rather than guessing: a measure number that appears
/// twice keeps both rows, a period it cannot read keeps its text without months, a row with the
/// wrong number of cells is skipped. A file without a table is an error, not an empty report.
/// </remarks>
public static partial class SeedTextReader
{
    public const string HeaderFirstCell = "มาตรการ/แนวทาง";
    public const int CellCount = 6;

    public static ImportReadResult Read(string text, string organizationSlug, int fiscalYearBe)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(organizationSlug))
        {
            return ImportReadResult.Failed("ไม่ได้ระบุหน่วยงาน");
        }

        if (fiscalYearBe is < 2400 or > 3000)
        {
            return ImportReadResult.Failed(string.Create(CultureInfo.InvariantCulture,
                $"ปีงบประมาณ {fiscalYearBe} ไม่ถูกต้อง ต้องเป็นปี พ.ศ. เช่น 2567"));
        }

        var lines = TextFileDecoder.NormalizeLineEndings(text).Split('\n');
        var firstHeader = Array.FindIndex(lines, IsHeaderRow);
        if (firstHeader < 0)
        {
            return ImportReadResult.Failed(
                $"ไม่พบตารางมาตรการในไฟล์ (ไม่มีแถวหัวตารางที่ขึ้นต้นด้วย \"{HeaderFirstCell}\" และคั่นคอลัมน์ด้วยแท็บ)");
        }

        var warnings = new List<ImportWarning>();
        var (title, introduction) = ReadPreamble(lines.AsSpan(0, firstHeader), fiscalYearBe, warnings);
        var rows = ReadRows(lines, firstHeader, fiscalYearBe, warnings);
        if (rows.Count == 0)
        {
            return new ImportReadResult(null, warnings, ["พบหัวตารางมาตรการ แต่ไม่มีแถวข้อมูลที่อ่านได้"]);
        }

        warnings.AddRange(DuplicateMeasures.Warn(rows));
        var report = new MeasuresReport(
            Organization: organizationSlug.Trim(),
            FiscalYear: fiscalYearBe,
            Version: 0,
            PublishedAt: null,
            Title: title,
            Introduction: introduction,
            Measures: rows.Select(r => r.Item).ToList());

        warnings.Sort((a, b) => (a.Row ?? 0).CompareTo(b.Row ?? 0));
        return new ImportReadResult(report, warnings, []);
    }

    internal static bool IsHeaderRow(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var firstCell = PlainText.FromHtml(line.Split('\t')[0]).Replace(" ", "", StringComparison.Ordinal);
        return firstCell.StartsWith(HeaderFirstCell, StringComparison.Ordinal);
    }

    private static (string Title, string Introduction) ReadPreamble(
        ReadOnlySpan<string> lines, int fiscalYearBe, List<ImportWarning> warnings)
    {
        string? title = null;
        var paragraphs = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (title is null && paragraphs.Count == 0 && line.StartsWith('#'))
            {
                title = PlainText.FromHtml(line.TrimStart('#'));
                CheckTitleFiscalYear(title, fiscalYearBe, i + 1, warnings);
                continue;
            }

            paragraphs.Add(PlainText.FromHtml(line));
        }

        if (string.IsNullOrEmpty(title))
        {
            title = string.Create(CultureInfo.InvariantCulture,
                $"รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {fiscalYearBe}");
            warnings.Add(new ImportWarning(ImportWarningCodes.MissingTitle,
                $"ไม่พบบรรทัดชื่อรายงาน (ขึ้นต้นด้วย \"## \") จึงใช้ชื่อ \"{title}\"", null));
        }

        // Paragraph breaks are the only line breaks kept in plain text: the introduction can be several paragraphs.
        return (title, string.Join("\n\n", paragraphs.Where(p => p.Length > 0)));
    }

    private static void CheckTitleFiscalYear(string title, int fiscalYearBe, int row, List<ImportWarning> warnings)
    {
        var match = TitleFiscalYearPattern().Match(Calendar.ThaiDigits.ToAscii(title));
        if (match.Success && match.Groups["year"].Value != fiscalYearBe.ToString(CultureInfo.InvariantCulture))
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.FiscalYearMismatch,
                string.Create(CultureInfo.InvariantCulture,
                    $"ชื่อรายงานระบุปีงบประมาณ {match.Groups["year"].Value} แต่กำลังนำเข้าเป็นปีงบประมาณ {fiscalYearBe}"),
                row));
        }
    }

    private static List<MeasureRow> ReadRows(string[] lines, int firstHeader, int fiscalYearBe, List<ImportWarning> warnings)
    {
        var rows = new List<MeasureRow>();
        for (var i = firstHeader; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (string.IsNullOrWhiteSpace(line) || IsHeaderRow(line))
            {
                continue;
            }

            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                warnings.Add(new ImportWarning(ImportWarningCodes.TextOutsideTable,
                    "ข้อความนอกตาราง (ไม่มีการคั่นคอลัมน์ด้วยแท็บ) ไม่ได้นำเข้า", lineNumber));
                continue;
            }

            var cells = line.Split('\t').ToList();
            while (cells.Count > CellCount && string.IsNullOrWhiteSpace(cells[^1]))
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count != CellCount)
            {
                warnings.Add(new ImportWarning(ImportWarningCodes.WrongCellCount,
                    string.Create(CultureInfo.InvariantCulture,
                        $"แถวนี้มี {cells.Count} คอลัมน์ แต่ตารางมาตรการต้องมี {CellCount} คอลัมน์ จึงข้ามแถวนี้"),
                    lineNumber));
                continue;
            }

            rows.Add(MeasureRowReader.Read(cells, lineNumber, rows.Count + 1, fiscalYearBe, warnings));
        }

        return rows;
    }

    [GeneratedRegex(@"ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*(?<year>\d{4})")]
    private static partial Regex TitleFiscalYearPattern();
}
