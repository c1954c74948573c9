using System.Text;
using AngleSharp.Dom;

namespace Prongsai.Core.Text;

/// <summary>Plain text out of a cell that may hold HTML: what a person reads, on one line.</summary>
public static class PlainText
{
    /// <summary>
    /// Tags removed, entities decoded ("Q&amp;amp;A" → "Q&amp;A"), block boundaries become spaces,
    /// whitespace collapsed and trimmed. Script and style content is dropped.
    /// </summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (!HtmlFragments.LooksLikeHtml(html))
        {
            return CollapseWhitespace(html);
        }

        var sb = new StringBuilder(html.Length);
        foreach (var node in HtmlFragments.ParseBody(html))
        {
            AppendText(node, sb);
        }

        return CollapseWhitespace(sb.ToString());
    }

    /// <summary>Runs of whitespace (including no-break spaces and newlines) become one space; trimmed.</summary>
    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text itself when it has at most <paramref name="maxLength"/> characters; otherwise its beginning and "…",
    /// <paramref name="maxLength"/> characters in all. The cut never falls inside a letter: not between a Thai
    /// consonant and the vowel or tone mark above or below it ("ที่" cut after "ท" would read as another word), nor
    /// inside a surrogate pair.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        while (cut > 0 && StartsInsideALetter(text, cut))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>What someone typed, trimmed and shortened, to be quoted back in an error message.</summary>
    public static string Typed(string? text, int maxLength) => Shorten((text ?? "").Trim(), maxLength);

    internal static bool StartsInsideALetter(string text, int index) =>
        char.IsLowSurrogate(text[index])
        || char.GetUnicodeCategory(text[index]) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    internal static void AppendText(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element when HtmlFragments.InvisibleElements.Contains(element.LocalName):
                break;
            case IElement element:
                var isBlock = HtmlFragments.BlockElements.Contains(element.LocalName);
                if (isBlock)
                {
                    sb.Append(' ');
                }

                foreach (var child in element.ChildNodes)
                {
                    AppendText(child, sb);
                }

                if (isBlock)
                {
                    sb.Append(' ');
                }

                break;
        }
    }
}
