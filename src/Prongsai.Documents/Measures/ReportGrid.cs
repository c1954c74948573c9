using System.Globalization;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Documents.Measures;

/// <summary>
/// The exchange form shared by CSV and XLSX: report fields as key/value pairs and the measures
/// as a grid of string cells under a header row. Writers build it from a report; readers turn it back.
/// </summary>
internal static class ReportGrid
{
    public enum Field
    {
        Format,
        Organization,
        FiscalYear,
        Version,
        PublishedAt,
        Title,
        Introduction,
    }

    public const string FormatId = "prongsai-measures-report/1";

    public static readonly Field[] Fields = Enum.GetValues<Field>();

    public static string Key(Field field) => field switch
    {
        Field.Format => "format",
        Field.Organization => "organization",
        Field.FiscalYear => "fiscal_year",
        Field.Version => "version",
        Field.PublishedAt => "published_at",
        Field.Title => "title",
        Field.Introduction => "introduction",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static string ThaiLabel(Field field) => field switch
    {
        Field.Format => "รูปแบบไฟล์",
        Field.Organization => "หน่วยงาน",
        Field.FiscalYear => "ปีงบประมาณ (พ.ศ.)",
        Field.Version => "ฉบับที่",
        Field.PublishedAt => "วันที่เผยแพร่ (ISO 8601)",
        Field.Title => "ชื่อรายงาน",
        Field.Introduction => "บทนำ",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static Field? MatchField(string name)
    {
        var key = ReportColumns.Squash(name.TrimStart('#'));
        foreach (var field in Fields)
        {
            if (key == Key(field) || key == ReportColumns.Squash(ThaiLabel(field)))
            {
                return field;
            }
        }

        return key switch
        {
            "ปีงบประมาณ" => Field.FiscalYear,
            "วันที่เผยแพร่" => Field.PublishedAt,
            "องค์กร" or "องค์กรปกครองส่วนท้องถิ่น" => Field.Organization,
            _ => null,
        };
    }

    public static string FieldValue(MeasuresReport report, Field field) => field switch
    {
        Field.Format => FormatId,
        Field.Organization => report.Organization,
        Field.FiscalYear => report.FiscalYear.ToString(CultureInfo.InvariantCulture),
        Field.Version => report.Version.ToString(CultureInfo.InvariantCulture),
        Field.PublishedAt => report.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? string.Empty,
        Field.Title => report.Title,
        Field.Introduction => report.Introduction,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>
    /// The cell of a measure. Lists are "1. item" lines; period months are left empty on purpose
    /// (spreadsheets turn "2023-10" into a date): the period text is the truth and the importer re-parses it.
    /// </summary>
    public static string CellValue(MeasureReportItem measure, ReportColumn column) => column switch
    {
        ReportColumn.Number => measure.Number,
        ReportColumn.Title => measure.Title,
        ReportColumn.Steps => ItemText.FormatLines(measure.Steps),
        ReportColumn.Responsible => string.Join('\n', measure.Responsible),
        ReportColumn.PeriodText => measure.Period.Text,
        ReportColumn.PeriodStart or ReportColumn.PeriodEnd => string.Empty,
        ReportColumn.Results => ItemText.FormatLines(measure.Results),
        ReportColumn.Outcome => measure.Outcome,
        ReportColumn.Indicators => ItemText.FormatIndicators(measure.Indicators),
        ReportColumn.Status => measure.Status,
        ReportColumn.PercentDone => measure.PercentDone.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Index of the first row that names a title column, or -1.</summary>
    public static int FindHeader(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r])
            {
                if (ReportColumns.Match(cell) == ReportColumn.Title)
                {
                    return r;
                }
            }
        }

        return -1;
    }

    /// <summary>Builds the report from fields and the grid (header at <paramref name="headerIndex"/>).</summary>
    /// <param name="rowNumberOffset">Added to the 0-based grid index to give the row number people see.</param>
    public static ReportReadResult ToReport(
        IReadOnlyDictionary<Field, string> fields,
        IReadOnlyList<IReadOnlyList<string>> rows,
        int headerIndex,
        int rowNumberOffset)
    {
        var errors = new List<ReportReadError>();
        var map = new Dictionary<ReportColumn, int>();
        var header = rows[headerIndex];
        for (var c = 0; c < header.Count; c++)
        {
            if (ReportColumns.Match(header[c]) is { } column)
            {
                map.TryAdd(column, c);
            }
        }

        var measures = new List<MeasureReportItem>();
        for (var r = headerIndex + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowNumber = r + rowNumberOffset;
            string Get(ReportColumn column) =>
                map.TryGetValue(column, out var index) && index < row.Count ? row[index].Replace("\r\n", "\n", StringComparison.Ordinal).Trim() : string.Empty;

            var title = ItemText.StripNumber(ItemText.Collapse(Get(ReportColumn.Title)), out var typedNumber);
            var number = ItemText.Collapse(Get(ReportColumn.Number)).TrimEnd('.');
            if (number.Length == 0)
            {
                number = typedNumber ?? (measures.Count + 1).ToString(CultureInfo.InvariantCulture);
            }

            if (title.Length == 0)
            {
                errors.Add(new ReportReadError("missing-title", "แถวนี้ไม่มีชื่อมาตรการ/แนวทาง", rowNumber));
            }

            var indicators = ItemText.ParseIndicators(Get(ReportColumn.Indicators));
            if (indicators is null)
            {
                errors.Add(new ReportReadError("bad-indicators", "ตัวชี้วัด ITA ต้องเป็นตัวเลขคั่นด้วยจุลภาค เช่น 9, 10", rowNumber));
            }

            var percentText = Get(ReportColumn.PercentDone).TrimEnd('%').Trim();
            var percent = percentText.Length == 0 ? 0 : ItemText.ToInt(percentText);
            if (percent is null or > 100)
            {
                errors.Add(new ReportReadError("bad-percent", "ร้อยละความก้าวหน้าต้องเป็นจำนวนเต็ม 0–100", rowNumber));
            }

            var responsible = new List<string>();
            foreach (var line in Get(ReportColumn.Responsible).Split('\n'))
            {
                var text = ItemText.Collapse(line);
                if (text.Length > 0)
                {
                    responsible.Add(text);
                }
            }

            measures.Add(new MeasureReportItem(
                number,
                title,
                ItemText.ParseLines(Get(ReportColumn.Steps)),
                responsible,
                new ReportPeriod(
                    ItemText.Collapse(Get(ReportColumn.PeriodText)),
                    ItemText.YearMonthOrNull(Get(ReportColumn.PeriodStart)),
                    ItemText.YearMonthOrNull(Get(ReportColumn.PeriodEnd))),
                ItemText.ParseLines(Get(ReportColumn.Results)),
                ItemText.Collapse(Get(ReportColumn.Outcome)),
                indicators ?? [],
                ItemText.Collapse(Get(ReportColumn.Status)),
                percent ?? 0));
        }

        if (measures.Count == 0)
        {
            errors.Add(new ReportReadError("no-measures", "ไม่พบรายการมาตรการใต้แถวหัวตาราง"));
        }

        string Field(Field field) => fields.TryGetValue(field, out var value) ? value.Trim() : string.Empty;

        var fiscalYear = ItemText.ToInt(Field(ReportGrid.Field.FiscalYear)) ?? 0;
        var version = ItemText.ToInt(Field(ReportGrid.Field.Version)) ?? 1;
        DateTimeOffset? publishedAt = DateTimeOffset.TryParse(
            Field(ReportGrid.Field.PublishedAt), CultureInfo.InvariantCulture, DateTimeStyles.None, out var published)
            ? published
            : null;

        if (errors.Count > 0)
        {
            return ReportReadResult.Failure([.. errors]);
        }

        return ReportReadResult.Success(new MeasuresReport(
            Field(ReportGrid.Field.Organization),
            fiscalYear,
            version,
            publishedAt,
            ItemText.Collapse(Field(ReportGrid.Field.Title)),
            CollapseLines(Field(ReportGrid.Field.Introduction)),
            measures));
    }

    /// <summary>Collapses whitespace inside each line and keeps the line breaks (paragraphs).</summary>
    public static string CollapseLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(ItemText.Collapse)
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
