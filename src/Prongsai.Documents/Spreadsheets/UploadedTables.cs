using Microsoft.Extensions.Options;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Storage;
using Prongsai.Core.Storage.Archives;
using Prongsai.Core.Text;

namespace Prongsai.Documents.Spreadsheets;

public sealed class UploadedTables(IOptions<ArchiveLimits> archiveLimits) : IUploadedTables
{
    public async Task<UploadedTable> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await LimitedRead.ReadAtMostAsync(content, maxBytes, cancellationToken);
        return bytes is null ? UploadedTable.Failed(UploadMessages.TableTooLarge(maxBytes)) : Read(bytes);
    }

    public UploadedTable Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return UploadedTable.Failed("ไฟล์ว่างเปล่า");
        }

        using var stream = new MemoryStream(content, writable: false);
        var type = FileTypeDetector.Detect(stream);
        if (type == FileTypeDetector.Xlsx)
        {
            var (rows, problem) = SimpleSheets.ReadFirstSheet(stream, archiveLimits.Value);
            return rows is null
                ? UploadedTable.Failed(problem ?? "อ่านไฟล์ .xlsx ไม่ได้")
                : new UploadedTable(rows, "Excel (.xlsx)", null, null);
        }

        if (type == FileTypeDetector.Xls)
        {
            return UploadedTable.Failed("ไฟล์ Excel รุ่นเก่า (.xls) นำเข้าไม่ได้ กรุณาบันทึกเป็น Excel (.xlsx) หรือ CSV แล้วนำเข้าใหม่");
        }

        // Any other recognised file, or a ZIP that is not a workbook, is not a table.
        if (type is not null || content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return UploadedTable.Failed("ไฟล์นี้ไม่ใช่ CSV หรือ Excel (.xlsx) กรุณาใช้ไฟล์ตามต้นแบบ");
        }

        var text = TextFileDecoder.Decode(content);
        return text.Succeeded
            ? new UploadedTable(CsvFiles.ReadAll(text.Text), "CSV", text.EncodingName, null)
            : UploadedTable.Failed(text.Problem);
    }
}
