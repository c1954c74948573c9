using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Plain-text helpers shared by the readers and writers: typed numbering ("1.", "๒)") on list items,
/// whitespace collapsing, and the "one numbered item per line" cell form used in CSV/XLSX.
/// </summary>
internal static partial class ItemText
{
    // A typed list number at the start: "1.", "1)", "๑." — but not a decimal such as "1.5 ล้านบาท".
    [GeneratedRegex(@"^\s*([0-9๐-๙]{1,3})\s*[.)](?![0-9๐-๙])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    // Candidate start of a following item inside one paragraph: whitespace, number, dot.
    [GeneratedRegex(@"\s([0-9๐-๙]{1,3})[.)](?![0-9๐-๙])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex InlineNumber();

    /// <summary>Removes a typed list number; returns the number as written (Thai digits kept) or null.</summary>
    public static string StripNumber(string text, out string? number)
    {
        var match = LeadingNumber().Match(text);
        if (!match.Success || match.Length == text.Length)
        {
            number = null;
            return text.Trim();
        }

        number = match.Groups[1].Value;
        return text[match.Length..].Trim();
    }

    /// <summary>
    /// Splits "1. aaa 2. bbb 3. ccc" typed into one paragraph into items. Only a run of consecutive
    /// numbers starting at 1 counts, so "ตัวชี้วัดที่ 9." inside a sentence does not split it.
    /// </summary>
    public static void AddItems(string text, List<string> items)
    {
        text = Collapse(text);
        if (text.Length == 0)
        {
            return;
        }

        var first = LeadingNumber().Match(text);
        if (!first.Success || ToInt(first.Groups[1].Value) is not { } start)
        {
            items.Add(text);
            return;
        }

        var expected = start + 1;
        var itemStart = first.Length;
        foreach (Match match in InlineNumber().Matches(text, first.Length))
        {
            if (ToInt(match.Groups[1].Value) != expected)
            {
                continue;
            }

            AddIfNotEmpty(items, text[itemStart..match.Index]);
            itemStart = match.Index + match.Length;
            expected++;
        }

        AddIfNotEmpty(items, text[itemStart..]);
    }

    /// <summary>Cell text of CSV/XLSX: one item per line, each with or without "n. ".</summary>
    public static IReadOnlyList<string> ParseLines(string cell)
    {
        var items = new List<string>();
        foreach (var line in cell.Split('\n'))
        {
            AddItems(line, items);
        }

        return items;
    }

    /// <summary>"1. first\n2. second" — numbered so people read it, one item per line.</summary>
    public static string FormatLines(IReadOnlyList<string> items)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(i + 1).Append(". ").Append(items[i]);
        }

        return builder.ToString();
    }

    /// <summary>Trims and collapses runs of whitespace (including non-breaking and zero-width spaces) to one space.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Parses an integer written with ASCII or Thai digits.</summary>
    public static int? ToInt(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Length > 9)
        {
            return null;
        }

        var value = 0;
        foreach (var c in trimmed)
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= '๐' and <= '๙' ? c - '๐' : -1;
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>"9, 10" or "9\n10" → [9, 10]; null when some part is not a number.</summary>
    public static IReadOnlyList<int>? ParseIndicators(string text)
    {
        var result = new List<int>();
        foreach (var part in text.Split([',', '\n', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ToInt(part) is not { } value)
            {
                return null;
            }

            result.Add(value);
        }

        return result;
    }

    public static string FormatIndicators(IReadOnlyList<int> indicators) =>
        string.Join(", ", indicators.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Strict CE year-month "yyyy-MM" or null.</summary>
    public static string? YearMonthOrNull(string text)
    {
        var t = text.Trim();
        return t.Length == 7 && t[4] == '-' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is > 1900 and < 2200 && month is >= 1 and <= 12
            ? t
            : null;
    }

    private static void AddIfNotEmpty(List<string> items, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            items.Add(trimmed);
        }
    }
}
