namespace Prongsai.Core.Text;

/// <summary>
/// One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space. A value
/// that starts like a formula (= + - @) is quoted and prefixed with ' so a spreadsheet shows it as text
/// instead of running it (CSV injection); readers of Prongsai's own files strip that prefix again.
/// </summary>
public static class CsvField
{
    public static void Write(TextWriter output, string? value)
    {
        var span = (value ?? "").AsSpan();
        var formulaLike = span.Length > 0 && span[0] is '=' or '+' or '-' or '@';
        var quote = formulaLike || span.IndexOfAny(",\"\r\n") >= 0 || (span.Length > 0 && (span[0] == ' ' || span[^1] == ' '));
        if (!quote)
        {
            output.Write(span);
            return;
        }

        output.Write('"');
        if (formulaLike)
        {
            output.Write('\'');
        }

        int quoteAt;
        while ((quoteAt = span.IndexOf('"')) >= 0)
        {
            output.Write(span[..(quoteAt + 1)]);
            output.Write('"');
            span = span[(quoteAt + 1)..];
        }

        output.Write(span);
        output.Write('"');
    }
}
