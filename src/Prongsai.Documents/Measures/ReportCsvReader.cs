using System.Text;
using Prongsai.Core.Text;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Reads the CSV of <see cref="ReportCsvWriter"/> back, and CSVs people make from it in Excel or LibreOffice:
/// Thai or English headers, "#key,value" report fields before the header (optional), list items one per line
/// with or without "1." numbering, UTF-8 (with or without BOM) or Windows-874/TIS-620.
/// Period months are taken only when written exactly "yyyy-MM"; otherwise null, for the importer to parse the text.
/// </summary>
public static class ReportCsvReader
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static ReportReadResult Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > MaxBytes)
                {
                    return ReportReadResult.Failure("too-large", $"ไฟล์ CSV ใหญ่เกินกำหนด (ไม่เกิน {MaxBytes / (1024 * 1024)} MB)");
                }

                buffer.Write(chunk, 0, n);
            }

            text = Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (IOException)
        {
            return ReportReadResult.Failure("unreadable", "อ่านไฟล์ไม่ได้");
        }

        return Read(text);
    }

    public static ReportReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.AsSpan().IndexOf('\0') >= 0)
        {
            return ReportReadResult.Failure("not-csv", "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV");
        }

        var records = CsvFiles.ReadAll(text);
        var fields = new Dictionary<ReportGrid.Field, string>();
        var first = 0;
        while (first < records.Count && records[first].Count > 0 && records[first][0].StartsWith('#'))
        {
            if (ReportGrid.MatchField(records[first][0]) is { } field)
            {
                fields[field] = records[first].Count > 1 ? records[first][1] : string.Empty;
            }

            first++;
        }

        var grid = records.GetRange(first, records.Count - first);
        var header = ReportGrid.FindHeader(grid);
        if (header < 0)
        {
            return ReportReadResult.Failure("no-header", "ไม่พบแถวหัวตาราง (ต้องมีคอลัมน์ \"มาตรการ/แนวทาง\" หรือ \"title\")");
        }

        return ReportGrid.ToReport(fields, grid, header, first + 1);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Many Thai government files are still Windows-874 / TIS-620.
            return CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetString(bytes);
        }
    }
}
