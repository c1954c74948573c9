using System.Text;
using System.Text.RegularExpressions;

namespace Prongsai.Core.Text;

/// <summary>Thai as it is sometimes typed, or given back by PDF tools and OCR, read as it is meant.</summary>
public static partial class ThaiText
{
    /// <summary>A sara am typed as nikhahit + sara aa (a tone mark between or not) as the one sara am: "ทํา" → "ทำ".</summary>
    public static string ComposeSaraAm(string text) => SaraAm().Replace(text, "$1\u0E33");

    /// <summary>
    /// Thai text as a reader sees it, in the code points a person types. Text taken out of PDFs and scans often is not:
    /// <list type="bullet">
    /// <item>fonts of the TH Sarabun and Angsana generation draw a tone mark or vowel moved down or left with a glyph of the
    /// private use area (Windows U+F700–U+F71A, Mac U+F884–U+F89E), and <c>pdftotext</c> gives that code point back;</item>
    /// <item>Word's PDFs and Tesseract give a sara am as nikhahit + sara aa ("ตําบล");</item>
    /// <item>a tone mark may come before the vowel above or below it, or a mark twice.</item>
    /// </list>
    /// None of these match what a citizen types in the search box, so a document would be found by no Thai word with
    /// such a letter. Text that needs none of this is returned as it is, without a copy.
    /// </summary>
    public static string Repair(string text)
    {
        if (!NeedsRepair(text))
        {
            return text;
        }

        var repaired = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            var c = FromPresentationForm(original);
            if (repaired.Length > 0 && IsMark(c) && repaired[^1] == c)
            {
                continue;
            }

            if (repaired.Length > 0 && IsVowelSign(c) && IsToneMark(repaired[^1]))
            {
                var tone = repaired[^1];
                repaired[^1] = c;
                repaired.Append(tone);
                continue;
            }

            repaired.Append(c);
        }

        return ComposeSaraAm(repaired.ToString());
    }

    private static bool NeedsRepair(string text)
    {
        var previous = '\0';
        foreach (var c in text)
        {
            if (c == Nikhahit || FromPresentationForm(c) != c || (IsMark(c) && c == previous) || (IsVowelSign(c) && IsToneMark(previous)))
            {
                return true;
            }

            previous = c;
        }

        return false;
    }

    private const char Nikhahit = '\u0E4D';

    /// <summary>
    /// The Thai letter a presentation form of the private use area stands for. Each table lists, from its first code
    /// point on, the letter drawn: Windows' forms (Microsoft's Thai font recommendations) and Apple's.
    /// </summary>
    private static char FromPresentationForm(char c) => c switch
    {
        >= '\uF700' and <= '\uF71A' => WindowsForms[c - '\uF700'],
        >= '\uF884' and <= '\uF89E' => MacForms[c - '\uF884'],
        _ => c,
    };

    // ฐ without its lower part; sara i, ii, ue, uee moved left; the five tone marks moved down and left; the five moved
    // down; ญ without its lower part; mai han-akat, nikhahit, maitaikhu moved left; the five tone marks moved left;
    // sara u, uu and phinthu moved down.
    private const string WindowsForms =
        "\u0E10\u0E34\u0E35\u0E36\u0E37\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E48\u0E49\u0E4A\u0E4B\u0E4C" +
        "\u0E0D\u0E31\u0E4D\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E38\u0E39\u0E3A";

    // Mai han-akat, sara i, ii, ue, uee, maitaikhu moved left; each tone mark moved left, down, then down and left;
    // nikhahit moved left; ญ without its lower part; sara u, uu, phinthu moved down; ฐ without its lower part.
    private const string MacForms =
        "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47" +
        "\u0E48\u0E48\u0E48\u0E49\u0E49\u0E49\u0E4A\u0E4A\u0E4A\u0E4B\u0E4B\u0E4B\u0E4C\u0E4C\u0E4C" +
        "\u0E4D\u0E0D\u0E38\u0E39\u0E3A\u0E10";

    /// <summary>A tone mark or thanthakhat, which comes after the vowel above or below the same consonant.</summary>
    private static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4C';

    /// <summary>A vowel written above or below its consonant, which comes before the tone mark.</summary>
    private static bool IsVowelSign(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E39');

    private static bool IsMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>Nikhahit (with a tone mark between or not) followed by sara aa.</summary>
    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B]?)\u0E32")]
    private static partial Regex SaraAm();
}
