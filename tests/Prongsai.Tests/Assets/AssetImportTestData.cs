using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Assets;

/// <summary>Registers as offices keep them: CSV rows (title rows first if wanted), TIS-620 bytes, and workbooks with number and date cells.</summary>
internal static class AssetImportTestData
{
    /// <summary>A UTF-8 CSV (with a byte-order mark, as Excel saves it) of the rows as given: title rows, header, data.</summary>
    public static byte[] Csv(params string[][] rows) => CsvFiles.ToFile(rows[0], rows.Skip(1));

    public static byte[] Tis620(byte[] utf8Csv)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874).GetBytes(Encoding.UTF8.GetString(utf8Csv).TrimStart('\uFEFF'));
    }

    /// <summary>
    /// A workbook whose cells are typed as Excel types them: a number or a date (Excel's day number) as a number cell,
    /// anything else as a shared string.
    /// </summary>
    public static byte[] Xlsx(params object?[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var cell = rows[r][c] switch
                    {
                        null => null,
                        DateOnly date => Number(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate()),
                        double number => Number(reference, number),
                        int number => Number(reference, number),
                        var text => Shared(reference, Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture)!, strings.SharedStringTable),
                    };
                    if (cell is not null)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "ทะเบียน" }));
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    public static Task<Result<AssetImportOutcome>> ImportAsync(MeasuresTestHost host, StaffActor actor, byte[] file, bool update = false, bool dryRun = false) =>
        host.UseAsync<ImportAssetRegister, Result<AssetImportOutcome>>(i => i.RunAsync(new AssetImportRequest(actor, new MemoryStream(file), update, dryRun)));

    public static AssetImportOutcome Imported(Result<AssetImportOutcome> result)
    {
        Assert.True(result.Succeeded, Messages(result));
        return result.Value!;
    }

    public static string Messages<T>(Result<T> result) => string.Join("\n", result.Errors.Select(e => e.Message));

    public static Task<Asset> ByCodeAsync(MeasuresTestHost host, string code) =>
        host.QueryAsync(db => db.Set<Asset>().AsNoTracking().SingleAsync(a => a.Code == code));

    public static Task<int> AssetCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<Asset>().CountAsync());

    public static Task<long> ContentStampAsync(MeasuresTestHost host) => host.QueryAsync(async db =>
        await db.ContentStamps.Where(s => s.OrganizationId == host.OrganizationId).Select(s => (long?)s.Version).FirstOrDefaultAsync() ?? 0);

    private static Cell Number(string reference, double value) =>
        new() { CellReference = reference, CellValue = new CellValue(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell Shared(string reference, string text, SharedStringTable table)
    {
        table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((table.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
    }
}
