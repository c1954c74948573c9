namespace Prongsai.Core.Calendar;

/// <summary>Thai digits (๐–๙, U+0E50–U+0E59), used in official documents, to and from ASCII digits.</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';
    private const char ThaiNine = '\u0E59';

    public static bool IsThaiDigit(char c) => c is >= ThaiZero and <= ThaiNine;

    /// <summary>Replaces Thai digits with ASCII digits; everything else is kept.</summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Map(text, IsThaiDigit, c => (char)('0' + (c - ThaiZero)));
    }

    /// <summary>Replaces ASCII digits with Thai digits; everything else is kept.</summary>
    public static string ToThai(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Map(text, char.IsAsciiDigit, c => (char)(ThaiZero + (c - '0')));
    }

    private static string Map(string text, Func<char, bool> shouldMap, Func<char, char> map)
    {
        if (!text.Any(shouldMap))
        {
            return text;
        }

        return string.Create(text.Length, (text, shouldMap, map), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = state.shouldMap(c) ? state.map(c) : c;
            }
        });
    }
}
