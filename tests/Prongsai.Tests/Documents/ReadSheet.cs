using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Prongsai.Tests.Documents;

/// <summary>The first sheet of a workbook read back cell by cell: what a cell holds and how Excel would show it.</summary>
internal sealed class ReadSheet(SpreadsheetDocument workbook)
{
    private readonly WorkbookPart _workbook = workbook.WorkbookPart!;

    public WorksheetPart Part => (WorksheetPart)_workbook.GetPartById(_workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!);

    public Cell Cell(string reference) => Part.Worksheet!.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);

    /// <summary>A number cell's value; fails for a cell of text.</summary>
    public decimal Number(string reference)
    {
        var cell = Cell(reference);
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is {cell.DataType?.Value}, not a number");
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The values under a heading of the first row, every one a number cell (empty cells skipped).</summary>
    public IReadOnlyList<decimal> NumbersUnder(string heading)
    {
        var rows = Part.Worksheet!.Descendants<Row>().ToList();
        var column = Column(rows[0].Elements<Cell>().Single(c => c.InnerText == heading).CellReference!.Value!);
        return rows.Skip(1)
            .SelectMany(r => r.Elements<Cell>().Where(c => Column(c.CellReference!.Value!) == column && c.CellValue is not null))
            .Select(c => Number(c.CellReference!.Value!)).ToList();
    }

    /// <summary>A text cell's text; fails for a number.</summary>
    public string Text(string reference)
    {
        var cell = Cell(reference);
        Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
        return cell.InlineString!.InnerText;
    }

    /// <summary>The cell's number format code ("#,##0.00"), built-in ones included.</summary>
    public string Format(string reference)
    {
        var id = CellFormat(reference).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            3 => "#,##0",
            4 => "#,##0.00",
            _ => Styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
        };
    }

    public bool Bold(string reference) =>
        Styles.Fonts!.Elements<Font>().ElementAt((int)(CellFormat(reference).FontId?.Value ?? 0)).GetFirstChild<Bold>() is not null;

    public bool Wraps(string reference) => CellFormat(reference).Alignment?.WrapText?.Value == true;

    private static string Column(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private Stylesheet Styles => _workbook.WorkbookStylesPart!.Stylesheet!;

    private CellFormat CellFormat(string reference) =>
        Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(reference).StyleIndex?.Value ?? 0));
}
