using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Ita.Catalog.Json;
using Prongsai.Documents.Ita;

namespace Prongsai.Tests.Ita;

public class CatalogXlsxTests
{
    /// <summary>A workbook as operators make them: optional sheets before the catalog, shared or inline strings, numbers as numbers.</summary>
    private static MemoryStream Workbook(IReadOnlyList<string[]> rows, bool sharedStrings, string? otherSheetFirst = null, int firstRow = 1)
    {
        var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var sheets = new Sheets();
            var strings = new List<string>();
            uint sheetId = 1;

            void AddSheet(string name, IReadOnlyList<string[]> content, int startRow)
            {
                var data = new SheetData();
                for (var r = 0; r < content.Count; r++)
                {
                    var rowIndex = (uint)(startRow + r);
                    var row = new Row { RowIndex = rowIndex };
                    for (var c = 0; c < content[r].Length; c++)
                    {
                        var text = content[r][c];
                        if (text.Length == 0)
                        {
                            continue; // absent cells, as spreadsheets leave them
                        }

                        var reference = CatalogError.ColumnLetter(c + 1) + rowIndex;
                        if (int.TryParse(text, out _))
                        {
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                        }
                        else if (sharedStrings)
                        {
                            strings.Add(text);
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                        }
                        else
                        {
                            row.Append(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { CellReference = reference, DataType = CellValues.InlineString });
                        }
                    }

                    data.Append(row);
                }

                var part = wb.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Name = name, SheetId = sheetId++, Id = wb.GetIdOfPart(part) });
            }

            if (otherSheetFirst is not null)
            {
                AddSheet(otherSheetFirst, [["คำอธิบาย", "ไฟล์นี้ใช้นำเข้ารายการ ITA"]], 1);
            }

            AddSheet("รายการ OIT", rows, firstRow);
            if (sharedStrings)
            {
                var sst = wb.AddNewPart<SharedStringTablePart>();
                sst.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s))));
            }

            wb.Workbook.Append(sheets);
        }

        stream.Position = 0;
        return stream;
    }

    [Theory]
    [InlineData(2568, true, true)]
    [InlineData(2567, false, false)]
    [InlineData(2569, true, false)]
    public void ShippedList_AsAWorkbook_ImportsBackToTheSameCatalog(int fiscalYear, bool thai, bool sharedStrings)
    {
        var shipped = ShippedCatalogs.Find(fiscalYear)!;
        using var xlsx = Workbook(FlatSheet.FromCatalog(shipped, thai), sharedStrings, otherSheetFirst: "คำอธิบาย");

        var result = CatalogXlsxReader.Read(xlsx, FlatSheet.SameAs(shipped));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(CatalogJson.Write(shipped), CatalogJson.Write(result.Catalog));
    }

    [Fact]
    public void Errors_NameTheRowNumberAndColumnLetterExcelShows()
    {
        string[][] rows =
        [
            ["ปีงบประมาณ", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "รหัส", "ข้อ", "รายละเอียด", "ข้อมูลปี", "ความถี่"],
            ["2570", "9", "9.1", "O1", "โครงสร้าง", "", "ปีปัจจุบัน", "ครั้งเดียว"],
            ["2570", "9", "9.1", "O2", "ผู้บริหาร", "", "ปีปัจจุบัน", "ทุกสัปดาห์"],
            ["2570", "9", "9.1", "O1", "ซ้ำ", "", "ปีปัจจุบัน", "ครั้งเดียว"],
        ];
        using var xlsx = Workbook(rows, sharedStrings: true, firstRow: 3); // two empty rows above the header

        var result = CatalogXlsxReader.Read(xlsx);

        Assert.Null(result.Catalog);
        Assert.Equal([("unknown-frequency", (int?)5, (int?)8), ("duplicate-code", 6, 4)], result.Errors.Select(e => (e.Code, e.Line, e.Column)));
        Assert.Equal("บรรทัด 5 คอลัมน์ 8 (H)", result.Errors[0].Location);
        Assert.Contains("บรรทัด 4", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHeader_InAWorkbook_IsReported()
    {
        using var xlsx = Workbook([["fiscal_year", "indicator", "code", "title", "data_year", "frequency"], ["2570", "9", "O1", "A", "current", "once"]], sharedStrings: false);

        var result = CatalogXlsxReader.Read(xlsx);

        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("missing-header", (int?)1), (error.Code, error.Line));
        Assert.Contains("sub_indicator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAWorkbook_IsRefused()
    {
        var result = CatalogXlsxReader.Read(new MemoryStream("fiscal_year,indicator\n"u8.ToArray()));

        Assert.Null(result.Catalog);
        Assert.Equal("not-zip", Assert.Single(result.Errors).Code);
    }
}
