using CsvHelper;

namespace Prongsai.Core.Text;

/// <summary>
/// Prongsai's CSV dialect, on CsvHelper (docs/decisions.md): RFC 4180, comma, CRLF records, quotes where a
/// field holds a comma, quote or line break or starts or ends with a space. A text field that starts like a
/// formula (= + - @, tab, CR) is quoted and prefixed with ' so a spreadsheet shows it as text instead of
/// running it (CSV injection); <see cref="Unguard"/> takes that prefix off again when Prongsai reads its own files.
/// </summary>
public static class CsvFiles
{
    public static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        // Report files hold "#key,value" records before their table, so records differ in length.
        ValidateFieldCount = false,
    };

    /// <summary>
    /// Reads every record as it is: no header, no comments, no trimming, empty lines kept (so record numbers
    /// stay those of the file), and broken quoting recovered rather than refused — people edit these in Excel.
    /// </summary>
    public static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        SkipEmptyLines = false,
        DetectSeparatorHint = false,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    /// <summary>A writer over <paramref name="output"/>, which stays open; dispose the writer to flush it.</summary>
    public static CsvWriter CreateWriter(TextWriter output) => CsvWriter.Create(output, WriterOptions, leaveOpen: true);

    /// <summary>A table as a UTF-8 CSV file with a byte-order mark, so Excel opens Thai text correctly.</summary>
    public static byte[] ToFile(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        text.Write('\uFEFF');
        using (var csv = CreateWriter(text))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Every record of <paramref name="text"/>, each field unguarded.</summary>
    public static List<IReadOnlyList<string>> ReadAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<IReadOnlyList<string>>();
        using var reader = CsvReader.Create(new StringReader(text), ReaderOptions, leaveOpen: false);
        while (reader.Read())
        {
            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = Unguard(reader.GetString(i));
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>Removes the ' that the writer puts in front of a value that starts like a formula.</summary>
    public static string Unguard(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;
}
