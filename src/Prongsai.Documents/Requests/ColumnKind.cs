namespace Prongsai.Documents.Requests;

/// <summary>What a column of a downloaded table holds, so a spreadsheet can sum and sort it.</summary>
/// <remarks>
/// There is no kind for dates on purpose: the tables print dates as พ.ศ. text ("5 เม.ย. 2567"), as the office's own
/// registers do. A real date cell would need Excel's Buddhist-calendar number format, which other spreadsheet programs
/// need not honour (they show the Christian year), so the same file could read 2024 on one machine and 2567 on another.
/// </remarks>
public enum ColumnKind
{
    /// <summary>Kept as typed, even when it looks like a number (fiscal years, codes, request numbers).</summary>
    Text,

    /// <summary>Whole numbers shown with thousands separators (<c>#,##0</c>): counts, scores, row numbers.</summary>
    Count,

    /// <summary>Baht with two decimals (<c>#,##0.00</c>), as the forms print amounts.</summary>
    Money,

    /// <summary>A measure with decimals (averages, percentages), shown with one or two (<c>#,##0.0#</c>).</summary>
    Decimal,
}
