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

        var first = FirstForbidden(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else if (c is '\v' or '\f')
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
