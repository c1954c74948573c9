using System.Text;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Marks the Thai text of an English page as Thai, so a screen reader reads it with a Thai voice: what people typed
/// (an organization's name, a document's title, a measure, a question) stays Thai when the labels turn English. The
/// labels of an English page are English by construction (<see cref="Lang.T"/>), so Thai script there is content: an
/// element whose whole text is Thai gets <c>lang="th"</c>, a Thai run inside English text is wrapped in
/// <c>&lt;span lang="th"&gt;</c>, and the English around it keeps the page's <c>lang="en"</c>. An element that
/// names its own language is left as it is, and so are scripts, styles and SVG; a list option, a text area or an
/// input box (text only) gets the attribute when its text or value holds Thai.
/// </summary>
public static class ThaiContentMarks
{
    private const string Attribute = " lang=\"th\"";

    /// <summary>The HTML with its Thai text marked; HTML without Thai is returned as it is.</summary>
    public static string Mark(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!HasThai(html))
        {
            return html;
        }

        var output = new StringBuilder(html.Length + 512);
        string? pendingTag = null; // the last start tag, written when what follows it is known
        string? pendingName = null;
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                if (next < 0)
                {
                    next = html.Length;
                }

                var text = html.AsSpan(i, next - i);
                i = next;
                if (pendingTag is not null && HasThai(text) && !HasOtherLetter(text) && IsEndTagOf(html, next, pendingName!))
                {
                    output.Append(WithLang(pendingTag)).Append(text);
                    pendingTag = null;
                    continue;
                }

                Flush(output, ref pendingTag);
                AppendWithSpans(output, text);
                continue;
            }

            Flush(output, ref pendingTag);
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                var stop = endComment < 0 ? html.Length : endComment + 3;
                output.Append(html, i, stop - i);
                i = stop;
                continue;
            }

            var end = TagEnd(html, i);
            var tag = html[i..end];
            i = end;
            var name = TagName(tag);
            if (name == "input" && tag[1] != '/')
            {
                // A box's value is what someone typed; its labels are English, so Thai in the tag is the value.
                output.Append(HasThai(tag) ? WithLang(tag) : tag);
                continue;
            }

            if (name.Length == 0 || tag[1] == '/' || tag[1] == '!' || tag.EndsWith("/>", StringComparison.Ordinal))
            {
                output.Append(tag);
                continue;
            }

            if (name is "script" or "style" or "svg" or "math" or "textarea" or "option" or "title")
            {
                // Raw text, text only, or not HTML: copied up to its end tag; the element itself is marked when its
                // text (a list option, a text box) holds Thai.
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (name == "option")
                {
                    var nextTag = html.IndexOf('<', i);
                    close = close < 0 || (nextTag >= 0 && nextTag < close) ? nextTag : close;
                }

                close = close < 0 ? html.Length : close;
                var content = html.AsSpan(i, close - i);
                var textOnly = name is "textarea" or "option" or "title";
                output.Append(textOnly && HasThai(content) ? WithLang(tag) : tag).Append(content);
                i = close;
                continue;
            }

            pendingTag = tag;
            pendingName = name;
        }

        Flush(output, ref pendingTag);
        return output.ToString();
    }

    private static void Flush(StringBuilder output, ref string? pendingTag)
    {
        if (pendingTag is not null)
        {
            output.Append(pendingTag);
            pendingTag = null;
        }
    }

    /// <summary>Thai runs (from a Thai letter to the last Thai letter before any other letter) in spans of their own.</summary>
    private static void AppendWithSpans(StringBuilder output, ReadOnlySpan<char> text)
    {
        var k = 0;
        while (k < text.Length)
        {
            var start = k;
            while (start < text.Length && !IsThai(text[start]))
            {
                start++;
            }

            output.Append(text[k..start]);
            if (start == text.Length)
            {
                return;
            }

            var last = start;
            var j = start;
            while (j < text.Length && !(char.IsLetter(text[j]) && !IsThai(text[j])))
            {
                if (IsThai(text[j]))
                {
                    last = j;
                }

                j++;
            }

            output.Append("<span lang=\"th\">").Append(text[start..(last + 1)]).Append("</span>");
            k = last + 1;
        }
    }

    /// <summary>The start tag with <c>lang="th"</c>, unless it names a language already.</summary>
    private static string WithLang(string tag)
    {
        if (HasLangAttribute(tag))
        {
            return tag;
        }

        return tag.EndsWith("/>", StringComparison.Ordinal)
            ? tag[..^2].TrimEnd() + Attribute + " />"
            : tag[..^1] + Attribute + ">";
    }

    private static bool HasLangAttribute(string tag)
    {
        for (var at = tag.IndexOf("lang", StringComparison.OrdinalIgnoreCase); at >= 0; at = tag.IndexOf("lang", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var after = tag.AsSpan(at + 4).TrimStart();
            if (char.IsWhiteSpace(tag[at - 1]) && after.Length > 0 && after[0] == '=')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Just past the tag's '>', quotes in attribute values respected.</summary>
    private static int TagEnd(string html, int start)
    {
        char? quote = null;
        for (var j = start + 1; j < html.Length; j++)
        {
            var c = html[j];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j + 1;
            }
        }

        return html.Length;
    }

    /// <summary>The element's name in lower case ("" for what is no tag).</summary>
    private static string TagName(string tag)
    {
        var from = tag.Length > 1 && tag[1] == '/' ? 2 : 1;
        var to = from;
        while (to < tag.Length && (char.IsAsciiLetterOrDigit(tag[to]) || tag[to] == '-'))
        {
            to++;
        }

        return tag[from..to].ToLowerInvariant();
    }

    private static bool IsEndTagOf(string html, int at, string name) =>
        at + 2 + name.Length <= html.Length
        && html[at] == '<' && html[at + 1] == '/'
        && string.Compare(html, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + 2 + name.Length == html.Length || html[at + 2 + name.Length] is '>' or ' ');

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    private static bool HasThai(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsThai(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds a letter of another script (an English word, or an entity such as &amp;amp;).</summary>
    private static bool HasOtherLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !IsThai(c))
            {
                return true;
            }
        }

        return false;
    }
}
