using System.Text;

namespace Prongsai.Core.Text;

/// <summary>
/// A name as it is compared and kept: invisible characters (zero-width space, joiners, word joiner, byte-order mark)
/// removed, composed (NFC), runs of white space made one space, trimmed. "กองคลัง\u200B" and "กองคลัง" are one name.
/// </summary>
public static class NameText
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
