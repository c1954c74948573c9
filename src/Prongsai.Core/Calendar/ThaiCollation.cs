using System.Globalization;

namespace Prongsai.Core.Calendar;

/// <summary>
/// Dictionary order for Thai names. Ordinal order puts every name that starts with a leading
/// vowel (เ แ โ ใ ไ) after all consonants; Thai collation (ICU, via th-TH) sorts them by the
/// consonant that follows, as a Thai reader expects.
/// </summary>
public static class ThaiCollation
{
    public static CompareInfo CompareInfo { get; } = CultureInfo.GetCultureInfo("th-TH").CompareInfo;

    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("th-TH"), CompareOptions.None);

    public static int Compare(string? x, string? y) => Comparer.Compare(x, y);
}
