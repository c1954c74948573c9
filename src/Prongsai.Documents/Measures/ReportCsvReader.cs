using System.Text;

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

        var records = Parse(text);
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

    /// <summary>RFC 4180 records; lenient: a quote inside an unquoted field is kept as text, LF alone ends a record.</summary>
    private static List<IReadOnlyList<string>> Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                continue;
            }

            if (c == ',')
            {
                record.Add(Unguard(field));
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                record.Add(Unguard(field));
                records.Add(record);
                record = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            field.Append(c);
            i++;
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(Unguard(field));
            records.Add(record);
        }

        return records;
    }

    /// <summary>Takes the field text and removes the writer's ' guard in front of = + - @.</summary>
    private static string Unguard(StringBuilder field)
    {
        var value = field.Length >= 2 && field[0] == '\'' && field[1] is '=' or '+' or '-' or '@'
            ? field.ToString(1, field.Length - 1)
            : field.ToString();
        field.Clear();
        return value;
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
