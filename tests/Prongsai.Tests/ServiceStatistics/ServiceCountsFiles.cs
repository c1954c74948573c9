using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>Spreadsheets of service figures as offices make them: CSV, and an Excel workbook with real number and date cells.</summary>
internal static class ServiceCountsFiles
{
    /// <summary>"ต.ค. 66" … "ก.ย. 67": a fiscal year's twelve month headings as clerks write them.</summary>
    public static string[] MonthHeadings(FiscalYear year) =>
        Enumerable.Range(0, 12).Select(i => ThaiDate.FormatShortMonthYear(year.FirstMonth.AddMonths(i))).ToArray();

    /// <summary>A CSV (UTF-8 with a BOM, as Excel saves it) of a header and rows; a row shorter than the header is padded.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, params string[][] rows) =>
        CsvFiles.ToFile(header, rows.Select(r => (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat("", Math.Max(0, header.Count - r.Length))]));

    /// <summary>A row: the service, its unit, then the months from October (fewer: the rest empty).</summary>
    public static string[] Row(string name, string unit, params string[] months) => [name, unit, .. months];

    /// <summary>
    /// An .xlsx as Excel writes it: a title row, then a header whose month cells are dates (serial numbers), and figures
    /// as number cells; a text cell stays text.
    /// </summary>
    public static byte[] Workbook(string title, FiscalYear year, params (string Name, string Unit, double?[] Months)[] services)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var data = new SheetData();
            data.Append(new Row(Text(title)) { RowIndex = 1 });
            var header = new Row { RowIndex = 2 };
            header.Append(Text("งานบริการ"), Text("หน่วยนับ"));
            header.Append(Enumerable.Range(0, 12).Select(i => Number(year.FirstMonth.AddMonths(i).FirstDay.ToDateTime(TimeOnly.MinValue).ToOADate())));
            data.Append(header);
            var index = 3u;
            foreach (var (name, unit, months) in services)
            {
                var row = new Row { RowIndex = index++ };
                row.Append(Text(name), Text(unit));
                row.Append(months.Select(m => m is { } value ? Number(value) : new Cell()));
                data.Append(row);
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "สถิติ" }));
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static Cell Text(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static Cell Number(double value) => new() { CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };
}
