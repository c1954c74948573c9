namespace Prongsai.Documents.Measures;

/// <summary>A column of the measures table as it is exchanged in CSV/XLSX files.</summary>
internal enum ReportColumn
{
    Number,
    Title,
    Steps,
    Responsible,
    PeriodText,
    PeriodStart,
    PeriodEnd,
    Results,
    Outcome,
    Indicators,
    Status,
    PercentDone,
}

/// <summary>
/// Column names of the measures table: the Thai headings written for people, the machine names,
/// and the matching used by readers (Thai or English, whitespace ignored, so "หน่วยงาน ผู้รับผิดชอบ"
/// written over two lines still matches).
/// </summary>
internal static class ReportColumns
{
    /// <summary>Headings of the six-column table of the official report (DOCX, HTML, PDF).</summary>
    public static readonly string[] TableHeadings =
    [
        "มาตรการ/แนวทาง",
        "ขั้นตอน/วิธีการดำเนินการ",
        "หน่วยงานผู้รับผิดชอบ",
        "ระยะเวลาดำเนินการ",
        "สรุปผลการดำเนินการ",
        "ผลลัพธ์/ความสำเร็จ",
    ];

    /// <summary>All exchange columns in file order (CSV and XLSX).</summary>
    public static readonly ReportColumn[] ExchangeOrder = Enum.GetValues<ReportColumn>();

    public static string MachineName(ReportColumn column) => column switch
    {
        ReportColumn.Number => "number",
        ReportColumn.Title => "title",
        ReportColumn.Steps => "steps",
        ReportColumn.Responsible => "responsible",
        ReportColumn.PeriodText => "period_text",
        ReportColumn.PeriodStart => "period_start",
        ReportColumn.PeriodEnd => "period_end",
        ReportColumn.Results => "results",
        ReportColumn.Outcome => "outcome",
        ReportColumn.Indicators => "indicators",
        ReportColumn.Status => "status",
        ReportColumn.PercentDone => "percent_done",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string ThaiHeading(ReportColumn column) => column switch
    {
        ReportColumn.Number => "ลำดับ",
        ReportColumn.Title => "มาตรการ/แนวทาง",
        ReportColumn.Steps => "ขั้นตอน/วิธีการดำเนินการ",
        ReportColumn.Responsible => "หน่วยงานผู้รับผิดชอบ",
        ReportColumn.PeriodText => "ระยะเวลาดำเนินการ",
        ReportColumn.PeriodStart => "เดือนเริ่ม (ค.ศ. ปปปป-ดด)",
        ReportColumn.PeriodEnd => "เดือนสิ้นสุด (ค.ศ. ปปปป-ดด)",
        ReportColumn.Results => "สรุปผลการดำเนินการ",
        ReportColumn.Outcome => "ผลลัพธ์/ความสำเร็จ",
        ReportColumn.Indicators => "ตัวชี้วัด ITA",
        ReportColumn.Status => "สถานะ",
        ReportColumn.PercentDone => "ร้อยละความก้าวหน้า",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Finds the column a heading names (Thai heading, a short Thai alias, or the machine name).</summary>
    public static ReportColumn? Match(string heading)
    {
        var key = Squash(heading);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var column in ExchangeOrder)
        {
            if (key == Squash(ThaiHeading(column)) || key == MachineName(column))
            {
                return column;
            }
        }

        return key switch
        {
            "ที่" or "ลำดับที่" or "no" or "no." => ReportColumn.Number,
            "มาตรการ" or "แนวทาง" => ReportColumn.Title,
            "ขั้นตอน" or "วิธีการดำเนินการ" or "ขั้นตอนการดำเนินการ" => ReportColumn.Steps,
            "หน่วยงาน" or "ผู้รับผิดชอบ" => ReportColumn.Responsible,
            "ระยะเวลา" or "period" => ReportColumn.PeriodText,
            "เดือนเริ่ม" or "start" => ReportColumn.PeriodStart,
            "เดือนสิ้นสุด" or "end" => ReportColumn.PeriodEnd,
            "สรุปผล" or "ผลการดำเนินการ" => ReportColumn.Results,
            "ผลลัพธ์" or "ความสำเร็จ" or "ผลลัพธ์/ผลสำเร็จ" => ReportColumn.Outcome,
            "ตัวชี้วัด" => ReportColumn.Indicators,
            "ร้อยละ" or "ความก้าวหน้า" or "percent" => ReportColumn.PercentDone,
            _ => null,
        };
    }

    /// <summary>Lower-cased (invariant) with every whitespace character removed.</summary>
    public static string Squash(string text)
    {
        var span = text.AsSpan();
        var buffer = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B')
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
