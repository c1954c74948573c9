using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Prongsai.Documents.Requests;

/// <summary>
/// A plain table as XLSX (OpenXml only), the Excel twin of a CSV download: one sheet, a bold header row frozen at the top,
/// column widths from the content, wrapped text. Every value arrives as the text the CSV holds; columns the caller names
/// as numbers are stored as numbers (invariant digits, "30,000.00" accepted), other values as inline strings cleaned of
/// characters XML cannot hold. A value of a number column that is not a number ("-", a note) stays text.
/// </summary>
public static class TableXlsxWriter
{
    private const int MinWidth = 6;
    private const int MaxWidth = 50;

    // A long heading wraps onto two lines rather than widening a column of short numbers.
    private const int MaxHeadingWidth = 18;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows,
        params (string Heading, ColumnKind Kind)[] numberColumns)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var kinds = Kinds(header, numberColumns);
        var body = rows.ToList();

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = TableStyles.Stylesheet();
        var data = new SheetData();
        data.Append(Row(1, header, (c, text) => Text(c, 1, text, TableStyles.Header)));
        var index = 2u;
        foreach (var values in body)
        {
            var rowIndex = index;
            data.Append(Row(rowIndex, values, (c, text) => Cell(c, rowIndex, text, KindOf(kinds, c))));
            index++;
        }

        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = header.Count == 0 ? new Worksheet(data) : new Worksheet(FrozenHeader(), Widths(header, body), data);
        var name = sheetName.Length > 31 ? sheetName[..31] : sheetName;
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
    }

    private static ColumnKind[] Kinds(IReadOnlyList<string> header, (string Heading, ColumnKind Kind)[] numberColumns)
    {
        var kinds = new ColumnKind[header.Count];
        foreach (var (heading, kind) in numberColumns)
        {
            var found = false;
            for (var c = 0; c < header.Count; c++)
            {
                if (string.Equals(header[c], heading, StringComparison.Ordinal))
                {
                    kinds[c] = kind;
                    found = true;
                }
            }

            // A renamed heading would silently turn a number column back into text: fail where the tests see it.
            if (!found)
            {
                throw new ArgumentException($"The header has no column \"{heading}\".", nameof(numberColumns));
            }
        }

        return kinds;
    }

    private static ColumnKind KindOf(ColumnKind[] kinds, int column) => column < kinds.Length ? kinds[column] : ColumnKind.Text;

    private static Row Row(uint index, IReadOnlyList<string> values, Func<int, string, Cell> cell)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            row.Append(cell(c, values[c] ?? ""));
        }

        return row;
    }

    private static Cell Cell(int column, uint row, string text, ColumnKind kind)
    {
        var style = TableStyles.For(kind);
        if (kind == ColumnKind.Text)
        {
            return Text(column, row, text, style);
        }

        if (text.Trim().Length == 0)
        {
            // No value, but the number format stays, for whoever types the figure in later (the import templates).
            return new Cell { CellReference = Reference(column, row), StyleIndex = style };
        }

        return decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new Cell
            {
                CellReference = Reference(column, row), StyleIndex = style, DataType = CellValues.Number,
                CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
            }
            : Text(column, row, text, style);
    }

    private static Cell Text(int column, uint row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        StyleIndex = style,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(OfficeText.Sheet(text)),
    };

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private static Columns Widths(IReadOnlyList<string> header, List<IReadOnlyList<string>> rows)
    {
        var columns = new Columns();
        for (var c = 0; c < header.Count; c++)
        {
            var column = c;
            var content = rows.Select(r => column < r.Count ? Width(r[column]) : 0).DefaultIfEmpty(0).Max();
            var width = Math.Clamp(Math.Max(content, Math.Min(Width(header[c]), MaxHeadingWidth)) + 2, MinWidth, MaxWidth);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    /// <summary>The longest line in characters that take room: Thai vowel and tone marks above or below do not.</summary>
    private static int Width(string? text) => (text ?? "").Split('\n')
        .Max(line => line.Count(ch => !(ch is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E'))));

    private static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
