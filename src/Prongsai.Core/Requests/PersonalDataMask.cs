using System.Globalization;
using System.Text;

namespace Prongsai.Core.Requests;

/// <summary>
/// Masks what looks like personal data in text that goes public (a published question and its answer): e-mail
/// addresses, LINE ids, Thai telephone numbers and 13-digit identification numbers become "•••".
/// <para>
/// A small scanner rather than regular expressions: every character is looked at a bounded number of times, so a long
/// text costs linear time and no pattern can backtrack. Numbers are read as groups of digits (ASCII, Thai ๐–๙ or
/// full-width) joined by at most three of space, dash, dot and brackets — the ways people write "(081) 234-5678",
/// "081.234.5679" or "1.2345.67890.12.3" — and the groups are masked only when they make the shape of a telephone or
/// identification number. A comma or a slash never joins groups, so amounts ("3,500.00 บาท"), dates ("1/10/2568") and
/// document numbers ("ชบ 12345/2567") stay, and short groups ("2567", "08.30 น.") never add up to a telephone number.
/// </para>
/// </summary>
public static class PersonalDataMask
{
    public const string Mark = "•••";

    /// <summary>Digits a group may have and still be one number written without separators (a telephone or an ID).</summary>
    private const int ShortestNumber = 9;

    private const int LongestNumber = 13;

    /// <summary>Characters between two groups of digits, at most: " - " is the widest way people write one.</summary>
    private const int WidestSeparator = 3;

    /// <summary>The shortest LINE id masked after the word "line": shorter is more likely an ordinary word.</summary>
    private const int ShortestLineId = 3;

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var spans = new List<(int Start, int End)>();
        FindEmails(text, spans);
        FindLineIds(text, spans);
        FindNumbers(text, spans);
        if (spans.Count == 0)
        {
            return text;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var masked = new StringBuilder(text.Length);
        var written = 0;
        var index = 0;
        while (index < spans.Count)
        {
            var (start, end) = spans[index++];
            // Overlapping or touching spans (an e-mail address that holds a telephone number) are one mark.
            while (index < spans.Count && spans[index].Start <= end)
            {
                end = Math.Max(end, spans[index++].End);
            }

            masked.Append(text, written, start - written).Append(Mark);
            written = end;
        }

        return masked.Append(text, written, text.Length - written).ToString();
    }

    // ------------------------------------------------------------------ e-mail addresses

    /// <summary>
    /// Every at sign (the full-width "＠" and the small "﹫" too) with a local part before it and a domain after it,
    /// dotted or not: "somchai@gmail" is as much an address as "somchai@gmail.com".
    /// </summary>
    private static void FindEmails(string text, List<(int, int)> spans)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (text[at] is not ('@' or '＠' or '﹫'))
            {
                continue;
            }

            var start = at;
            while (start > 0 && IsLocalPart(Ascii(text[start - 1])))
            {
                start--;
            }

            while (start < at && Ascii(text[start]) == '.')
            {
                start++;
            }

            var end = at + 1;
            while (end < text.Length && IsDomain(Ascii(text[end])))
            {
                end++;
            }

            while (end > at + 1 && Ascii(text[end - 1]) is '.' or '-')
            {
                end--; // the full stop of the sentence, not of the address
            }

            if (HasLetterOrDigit(text, start, at) && HasLetterOrDigit(text, at + 1, end))
            {
                spans.Add((start, end));
            }

            at = Math.Max(at, end - 1);
        }
    }

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiLetterOrDigit(Ascii(text[i])))
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ LINE ids

    /// <summary>Thai words that end in "ไลน์" without meaning the LINE app (online, offline, deadline…).</summary>
    private static readonly string[] NotLineBefore = ["ออน", "ออฟ", "เดด", "ไกด์", "ไทม์", "แอร์", "ไปป์", "ฮอต", "แอร"];

    /// <summary>
    /// The id written after "line" or "ไลน์" ("line: somchai_1988", "ไลน์ somchai.p", "Line ID : @abc123",
    /// "ID line somchai"): the word stays, the id goes. An id is ASCII letters, digits, ".", "_" and "-" with at least
    /// one letter (a number after the word is a telephone number, masked as such, or just a number).
    /// </summary>
    private static void FindLineIds(string text, List<(int, int)> spans)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int after;
            if (StartsWithAscii(text, i, "line") && (i == 0 || !char.IsAsciiLetter(Ascii(text[i - 1]))))
            {
                after = i + 4;
                if (StartsWithAscii(text, after, "id"))
                {
                    after += 2; // "lineid"
                }

                if (after < text.Length && char.IsAsciiLetter(Ascii(text[after])))
                {
                    continue; // "lines", "linear"
                }
            }
            else if (string.CompareOrdinal(text, i, "ไลน", 0, 3) == 0 && !NotLineBefore.Any(w => EndsAt(text, i, w)))
            {
                after = i + 3;
                if (after < text.Length && text[after] == '์')
                {
                    after++;
                }
            }
            else
            {
                continue;
            }

            after = SkipSeparators(text, after);
            if (StartsWithAscii(text, after, "id") || string.CompareOrdinal(text, after, "ไอดี", 0, 4) == 0)
            {
                after = SkipSeparators(text, after + (text[after] == 'ไ' ? 4 : 2));
            }

            var start = after;
            if (after < text.Length && text[after] is '@' or '＠')
            {
                after++;
            }

            var end = after;
            while (end < text.Length && IsLineIdCharacter(Ascii(text[end])))
            {
                end++;
            }

            while (end > after && Ascii(text[end - 1]) is '.' or '-')
            {
                end--;
            }

            if (end - after >= ShortestLineId && HasAsciiLetter(text, after, end))
            {
                spans.Add((start, end));
                i = end - 1;
            }
        }
    }

    private static bool IsLineIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    private static bool HasAsciiLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiLetter(Ascii(text[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spaces, colons, dashes and equals signs between the word and the id, a few at most.</summary>
    private static int SkipSeparators(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 5);
        while (index < limit && (char.IsWhiteSpace(text[index]) || Ascii(text[index]) is ':' or '-' or '=' || text[index] == '–'))
        {
            index++;
        }

        return index;
    }

    private static bool StartsWithAscii(string text, int index, string word)
    {
        if (index + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(Ascii(text[index + k])) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsAt(string text, int index, string word) =>
        index >= word.Length && string.CompareOrdinal(text, index - word.Length, word, 0, word.Length) == 0;

    // ------------------------------------------------------------------ telephone and ID numbers

    private readonly record struct Group(int Start, int End, int Digits, int First, int Second);

    /// <summary>Runs of digit groups joined by separators; in each run, the longest number-shaped stretch from each group on.</summary>
    private static void FindNumbers(string text, List<(int, int)> spans)
    {
        var run = new List<Group>();
        var i = 0;
        while (i < text.Length)
        {
            if (Digit(text[i]) < 0)
            {
                i++;
                continue;
            }

            run.Clear();
            while (true)
            {
                var start = i;
                var first = Digit(text[i]);
                var second = -1;
                while (i < text.Length && Digit(text[i]) is var d && d >= 0)
                {
                    if (i == start + 1)
                    {
                        second = d;
                    }

                    i++;
                }

                run.Add(new Group(start, i, i - start, first, second));
                var next = i;
                while (next < text.Length && next - i < WidestSeparator && IsSeparator(text[next]))
                {
                    next++;
                }

                if (next == i || next >= text.Length || Digit(text[next]) < 0)
                {
                    break;
                }

                i = next;
            }

            MaskRun(text, run, spans);
        }
    }

    private static void MaskRun(string text, List<Group> run, List<(int, int)> spans)
    {
        var from = 0;
        while (from < run.Count)
        {
            var international = from == 0 && run[0].Start > 0 && Ascii(text[run[0].Start - 1]) == '+';
            var longest = -1;
            var digits = 0;
            for (var to = from; to < run.Count; to++)
            {
                digits += run[to].Digits;
                if (digits > LongestNumber)
                {
                    break;
                }

                if (IsNumber(text, run, from, to, digits, international))
                {
                    longest = to;
                }
            }

            if (longest < 0)
            {
                from++;
                continue;
            }

            var start = run[from].Start - (international ? 1 : 0);
            var end = run[longest].End;
            // A bracket the number opened or closed goes with it: "(081) 234-5678" leaves no lone "(".
            var (unopened, unclosed) = Brackets(text, start, end);
            if (unopened > 0 && start > 0 && IsOpening(text[start - 1]))
            {
                start--;
            }

            if (unclosed > 0 && end < text.Length && IsClosing(text[end]))
            {
                end++;
            }

            spans.Add((start, end));
            from = longest + 1;
        }
    }

    /// <summary>
    /// Whether groups <paramref name="from"/>..<paramref name="to"/> (<paramref name="digits"/> digits) are one
    /// telephone or identification number:
    /// one group of 9–13 digits (not the baht of an amount "123456789.00");
    /// 13 digits not starting with 0 (an ID: "1.2345.67890.12.3", "1 2345 67890 12 3");
    /// 9 or 10 digits starting with 0 whose groups after the first have three digits or more
    /// ("(081) 234-5678", "0 2123 4567"; a date and a time "01.10.2568 08.30" has two-digit groups);
    /// after a "+", 10 to 12 digits starting with 66 ("+66 81 234 5678");
    /// 9 to 13 digits joined by single dashes only, as before (a bank account "123-4-56789-0").
    /// </summary>
    private static bool IsNumber(string text, List<Group> run, int from, int to, int digits, bool international)
    {
        if (digits < ShortestNumber)
        {
            return false;
        }

        var first = run[from];
        if (from == to)
        {
            var isBaht = to + 1 < run.Count && run[to + 1].Digits == 2 && run[to + 1].Start == first.End + 1 && text[first.End] == '.';
            return !isBaht;
        }

        if (digits == LongestNumber && first.First != 0)
        {
            return true;
        }

        if (digits <= 10 && first.First == 0)
        {
            var wide = true;
            for (var k = from + 1; k <= to && wide; k++)
            {
                wide = run[k].Digits >= 3;
            }

            if (wide)
            {
                return true;
            }
        }

        if (international && from == 0 && digits is >= 10 and <= 12 && first.First == 6 && first.Second == 6)
        {
            return true;
        }

        for (var k = from + 1; k <= to; k++)
        {
            if (run[k].Start - run[k - 1].End != 1 || !IsDash(text[run[k - 1].End]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Closing brackets in the span without their opening one before them, and opening ones left open.</summary>
    private static (int Unopened, int Unclosed) Brackets(string text, int start, int end)
    {
        var unopened = 0;
        var open = 0;
        for (var i = start; i < end; i++)
        {
            if (IsOpening(text[i]))
            {
                open++;
            }
            else if (IsClosing(text[i]))
            {
                if (open > 0)
                {
                    open--;
                }
                else
                {
                    unopened++;
                }
            }
        }

        return (unopened, open);
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '\u00A0' or '.' or '．' || IsDash(c) || IsOpening(c) || IsClosing(c);

    private static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '−' or '－';

    private static bool IsOpening(char c) => c is '(' or '[' or '（' or '［';

    private static bool IsClosing(char c) => c is ')' or ']' or '）' or '］';

    /// <summary>The value of a decimal digit of any script (ASCII, Thai ๐–๙, full-width…), or -1.</summary>
    private static int Digit(char c) => c <= '9' ? (c >= '0' ? c - '0' : -1) : CharUnicodeInfo.GetDecimalDigitValue(c);

    /// <summary>A full-width letter or sign ("ｓｏｍｃｈａｉ＠") read as its ASCII one; any other character as it is.</summary>
    private static char Ascii(char c) => c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c;
}
