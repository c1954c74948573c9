using System.Text.RegularExpressions;

namespace Prongsai.Core.Text;

/// <summary>Thai as it is sometimes typed, read as it is meant.</summary>
public static partial class ThaiText
{
    /// <summary>A sara am typed as nikhahit + sara aa (a tone mark between or not) as the one sara am: "ทํา" → "ทำ".</summary>
    public static string ComposeSaraAm(string text) => SaraAm().Replace(text, "$1\u0E33");

    /// <summary>Nikhahit (with a tone mark between or not) followed by sara aa.</summary>
    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B]?)\u0E32")]
    private static partial Regex SaraAm();
}
