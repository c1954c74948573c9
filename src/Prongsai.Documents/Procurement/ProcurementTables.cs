using Prongsai.Core.Procurement.Import;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Documents.Procurement;

/// <summary>An uploaded สขร.1 file (CSV or XLSX, told apart by its bytes, not its name) as rows of text.</summary>
public static class ProcurementTables
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static (IReadOnlyList<IReadOnlyList<string>>? Table, string? Problem) Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "ไฟล์ว่างเปล่า");
        }

        if (bytes.Length > MaxBytes)
        {
            return (null, "ไฟล์ใหญ่เกิน 10 MB");
        }

        // XLSX is a ZIP package: "PK\x03\x04".
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return SimpleSheets.ReadFirstSheet(stream);
        }

        return ProcurementRowReader.ReadCsv(bytes);
    }
}
