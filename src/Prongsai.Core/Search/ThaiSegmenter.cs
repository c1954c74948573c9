using System.Globalization;
using System.Text;
using ICU4N.Text;
using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Core.Search;

/// <summary>A word of normalized text: where it is and the index token it becomes.</summary>
public readonly record struct Token(int Start, int Length, string Value);

/// <summary>
/// Thai word segmentation with ICU's dictionary-based break iterator. Text and queries go
/// through the same steps (Thai as typed, NFC, Thai digits to ASCII, lower case, split at word boundaries,
/// keep only letters, digits, marks and private-use characters), so a query word matches
/// exactly the words the index holds: "ตา" never matches inside "ตาม".
/// </summary>
public static class ThaiSegmenter
{
    private static readonly CultureInfo Thai = new("th");

    [ThreadStatic]
    private static BreakIterator? iterator;

    /// <summary>The text as the index and the snippets see it: Thai repaired as typed (<see cref="ThaiText.Repair"/>), NFC, digits in ASCII.</summary>
    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : ThaiDigits.ToAscii(ThaiText.Repair(text).Normalize(NormalizationForm.FormC));

    /// <summary>Tokens of already-normalized text, with offsets into it.</summary>
    public static IReadOnlyList<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(normalized))
        {
            return tokens;
        }

        var words = iterator ??= BreakIterator.GetWordInstance(Thai);
        words.SetText(normalized);
        var start = words.First();
        for (var end = words.Next(); end != BreakIterator.Done; start = end, end = words.Next())
        {
            AddRuns(normalized, start, end, tokens);
        }

        return tokens;
    }

    /// <summary>Index form: tokens joined by single spaces.</summary>
    public static string Segment(string? text) =>
        string.Join(' ', Tokenize(Normalize(text)).Select(t => t.Value));

    /// <summary>Tokens of a text (normalized first).</summary>
    public static IReadOnlyList<string> Words(string? text) => Tokenize(Normalize(text)).Select(t => t.Value).ToList();

    /// <summary>A segment may still hold punctuation or symbols: only runs of word characters become tokens.</summary>
    private static void AddRuns(string text, int start, int end, List<Token> tokens)
    {
        var runStart = -1;
        var i = start;
        while (i < end)
        {
            var rune = Rune.GetRuneAt(text, i);
            var isWord = IsWordCharacter(rune);
            if (isWord && runStart < 0)
            {
                runStart = i;
            }
            else if (!isWord && runStart >= 0)
            {
                tokens.Add(Make(text, runStart, i));
                runStart = -1;
            }

            i += rune.Utf16SequenceLength;
        }

        if (runStart >= 0)
        {
            tokens.Add(Make(text, runStart, end));
        }
    }

    private static Token Make(string text, int start, int end) =>
        new(start, end - start, text[start..end].ToLowerInvariant());

    /// <summary>The same classes as the SQLite tokenizer setting: categories 'L* N* Co M*'.</summary>
    public static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}
