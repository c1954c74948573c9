namespace Prongsai.Core.Measures.Import;

/// <summary>
/// Windows-874 maps almost every byte to some character, so "it decoded" proves little.
/// Real Thai text has a shape: vowels above/below and tone marks sit on a consonant, and
/// leading vowels (เ แ โ ใ ไ) come before one. Bytes in another encoding (Shift-JIS, random
/// data) break those rules quickly.
/// </summary>
internal static class ThaiTextPlausibility
{
    internal static bool IsPlausible(string text)
    {
        var thai = 0;
        var otherNonAscii = 0;
        var marks = 0;
        var misplacedMarks = 0;
        var leadingVowels = 0;
        var misplacedLeadingVowels = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            if (c is < '\u0E01' or > '\u0E5B')
            {
                otherNonAscii++;
                continue;
            }

            thai++;
            if (IsCombiningMark(c))
            {
                marks++;
                var previous = i > 0 ? text[i - 1] : ' ';
                if (!IsConsonant(previous) && !IsCombiningMark(previous))
                {
                    misplacedMarks++;
                }
            }
            else if (c is >= '\u0E40' and <= '\u0E44')
            {
                leadingVowels++;
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                if (!IsConsonant(next))
                {
                    misplacedLeadingVowels++;
                }
            }
        }

        // Windows-874 punctuation (curly quotes, dashes, ellipsis, no-break space) is fine in moderation.
        return thai > 0
            && otherNonAscii <= thai / 10
            && misplacedMarks <= marks / 20
            && misplacedLeadingVowels <= leadingVowels / 20;
    }

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    private static bool IsCombiningMark(char c) =>
        c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');
}
