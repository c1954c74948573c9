using System.Text;
using Prongsai.Core.Calendar;

namespace Prongsai.Core.Text;

/// <summary>
/// How every import (procurement สขร.1, service statistics, the asset register, the budget plan) matches a column
/// heading of a clerk's spreadsheet to a column it knows: the heading and the known title both go through
/// <see cref="Key"/>, and equal keys match.
/// </summary>
public static class TableHeadings
{
    /// <summary>
    /// The heading as compared:
    /// <list type="bullet">
    /// <item>white space of every kind (spaces, line breaks, no-break spaces) removed, and zero-width spaces and byte
    /// order marks with it;</item>
    /// <item>Unicode composed (NFC), and a sara am typed as nikhahit + sara aa read as sara am;</item>
    /// <item>Thai digits as ASCII digits;</item>
    /// <item>a note in brackets, ( ) or [ ], dropped wherever it stands ("ราคา (บาท)" → "ราคา"), an unclosed one up to
    /// the end;</item>
    /// <item>a leading "*" or ":" and a trailing "*", ":" or "." dropped ("ชื่อครุภัณฑ์ *" → "ชื่อครุภัณฑ์");</item>
    /// <item>letters in lower case ("No" → "no").</item>
    /// </list>
    /// </summary>
    public static string Key(string? heading)
    {
        var text = ThaiDigits.ToAscii(ThaiText.ComposeSaraAm((heading ?? "").Normalize(NormalizationForm.FormC)));
        var key = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString().TrimStart('*', ':').TrimEnd('*', ':', '.');
    }
}
