using System.Text;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Text;

namespace Prongsai.Tests.Procurement;

/// <summary>สขร.1 files for the tests, built from rows of cells (the header first).</summary>
public static class ProcurementCsv
{
    public static readonly string[] Header = [.. ProcurementColumns.Required, ProcurementColumns.EgpNumber, ProcurementColumns.Month];

    /// <summary>A good line of October 2567 (FY2568); override cells by column title.</summary>
    public static string[] Line(string ordinal = "1", params (string Column, string Value)[] overrides)
    {
        var cells = new Dictionary<string, string>
        {
            [ProcurementColumns.Ordinal] = ordinal,
            [ProcurementColumns.Title] = "จัดซื้อวัสดุสำนักงาน " + ordinal,
            [ProcurementColumns.Budget] = "12,000.00 บาท",
            [ProcurementColumns.ReferencePrice] = "12,000",
            [ProcurementColumns.Method] = "เฉพาะเจาะจง",
            [ProcurementColumns.Bidders] = "บริษัท ก จำกัด 11,500 บาท / ร้าน ข 11,800 บาท",
            [ProcurementColumns.Selected] = "บริษัท ก จำกัด 11,500 บาท",
            [ProcurementColumns.Reason] = "ราคาต่ำสุด",
            [ProcurementColumns.Contract] = "เลขที่ 1/2568 ลงวันที่ 5 ต.ค. 2567",
            [ProcurementColumns.EgpNumber] = "67109123456",
            [ProcurementColumns.Month] = "ต.ค. 2567",
        };
        foreach (var (column, value) in overrides)
        {
            cells[column] = value;
        }

        return Header.Select(h => cells[h]).ToArray();
    }

    public static IReadOnlyList<IReadOnlyList<string>> Table(params string[][] lines) => [Header, .. lines];

    public static byte[] Bytes(params string[][] lines) => CsvFiles.ToFile(Header, lines);

    public static string Text(params string[][] lines) => Encoding.UTF8.GetString(Bytes(lines)).TrimStart('\uFEFF');
}
