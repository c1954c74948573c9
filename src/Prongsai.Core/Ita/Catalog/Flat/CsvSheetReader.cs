using System.Text;
using Prongsai.Core.Measures.Import;

namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>
/// Turns a CSV file into <see cref="SheetRow"/>s with the line each record starts on (RFC 4180: quoted fields may
/// hold commas, doubled quotes and line breaks). The measures CSV reader in Prongsai.Documents does not keep line
/// numbers, which every error here must name, so this is its own small parser behind the SheetRow seam.
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

        var separator = DetectSeparator(text);
        var rows = new List<SheetRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
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

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i++]);
                }

                continue;
            }

            if (c == separator)
            {
                cells.Add(Take(field));
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                cells.Add(Take(field));
                rows.Add(new SheetRow(recordLine, cells));
                cells = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                continue;
            }

            field.Append(c);
            i++;
        }

        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(Take(field));
            rows.Add(new SheetRow(recordLine, cells));
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

    /// <summary>The field text, without the ' guard Prongsai's CSV writers put in front of = + - @.</summary>
    private static string Take(StringBuilder field)
    {
        var value = field.Length >= 2 && field[0] == '\'' && field[1] is '=' or '+' or '-' or '@'
            ? field.ToString(1, field.Length - 1)
            : field.ToString();
        field.Clear();
        return value;
    }
}
