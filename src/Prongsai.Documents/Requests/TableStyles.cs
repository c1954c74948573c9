using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Documents.Requests;

/// <summary>The cell formats of <see cref="TableXlsxWriter"/>: one per <see cref="ColumnKind"/>, and the header's.</summary>
internal static class TableStyles
{
    public const uint Header = 1;
    private const uint Text = 2;
    private const uint Count = 3;
    private const uint Money = 4;
    private const uint Decimal = 5;

    // Built-in number formats need no numFmt element: 3 is "#,##0", 4 is "#,##0.00". Custom ones start at 164.
    private const uint CountFormat = 3;
    private const uint MoneyFormat = 4;
    private const uint DecimalFormat = 164;

    public static uint For(ColumnKind kind) => kind switch
    {
        ColumnKind.Count => Count,
        ColumnKind.Money => Money,
        ColumnKind.Decimal => Decimal,
        _ => Text,
    };

    public static Stylesheet Stylesheet()
    {
        var top = new Alignment { Vertical = VerticalAlignmentValues.Top };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DecimalFormat, FormatCode = "#,##0.0#" }) { Count = 1 },
            new Fonts(ThaiSheetFont.Of(), ThaiSheetFont.Of(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center })
                { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                Number(CountFormat, top),
                Number(MoneyFormat, top),
                Number(DecimalFormat, top))
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Number(uint format, Alignment alignment) =>
        new((Alignment)alignment.CloneNode(true)) { NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true };
}
