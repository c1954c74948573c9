using System.Text;
using System.Xml;

namespace Prongsai.Core.Text;

/// <summary>
/// Text as an XML file can carry it. Typed and pasted text may hold characters XML 1.0 forbids — Word's line break
/// (U+000B) and page break (U+000C) come along when a clerk pastes from a document, other control characters from
/// older systems — and a Word, Excel or Atom writer meeting one throws, so one such title would break every download
/// and feed it appears in. Every writer of those formats passes its text through here.
/// </summary>
public static class XmlSafeText
{
    /// <summary>
    /// The text with Word's line and page breaks made newlines and every other character XML cannot hold (control
    /// characters, U+FFFE/U+FFFF, a half surrogate pair) left out; the same instance when there is none.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Built only from the first character to leave out: clean text is returned as it came, with no copy.
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
                if (pair)
                {
                    i++; // not inside the append: with nothing cleaned yet, "?." would skip the step past the pair
                    cleaned?.Append(text[i]);
                }

                continue;
            }

            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
            if (c is '\v' or '\f')
            {
                cleaned.Append('\n');
            }
        }

        return cleaned?.ToString() ?? text;
    }
}
