using CsvHelper;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Text;

namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>
/// Turns a CSV file into <see cref="SheetRow"/>s with the line each record starts on, through CsvHelper in
/// Prongsai's reading dialect (<see cref="CsvFiles.ReaderOptions"/>: RFC 4180, quoted fields may hold separators,
/// doubled quotes and line breaks), with line tracking on so every error can name the line people see.
/// Bytes are decoded by the shared <see cref="TextFileDecoder"/> (UTF-8 with or without BOM, or Windows-874).
/// The separator is a comma, or a semicolon or tab when the first line has those and no comma (Excel in some locales).
/// </summary>
public static class CsvSheetReader
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The rows, or the Thai reason the bytes are not a readable text file.</summary>
    public static (IReadOnlyList<SheetRow>? Rows, string? Problem) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
        {
            return (null, $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {MaxBytes / (1024 * 1024)} MB)");
        }

        var decoded = TextFileDecoder.Decode(bytes);
        return decoded.Succeeded ? (Parse(decoded.Text), null) : (null, decoded.Problem);
    }

    public static IReadOnlyList<SheetRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var options = CsvFiles.ReaderOptions with { Separator = DetectSeparator(text), TrackLineNumbers = true };
        var rows = new List<SheetRow>();
        using var reader = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CsvFiles.Unguard(reader.GetString(i));
            }

            rows.Add(new SheetRow((int)reader.LineNumber, cells));
        }

        return rows;
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        if (first.Contains(',', StringComparison.Ordinal))
        {
            return ',';
        }

        return first.Contains(';', StringComparison.Ordinal) ? ';' : first.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
    }
}
