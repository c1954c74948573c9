using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Core.Text;

namespace Prongsai.Core.Measures;

/// <summary>
/// How measure texts are stored: every text passes the one SafeHtml policy on its way in (plain
/// text is HTML-encoded, HTML keeps only the allowed tags), and comes out as plain text for the
/// report contract or as editable text for the back-office forms.
/// </summary>
public static partial class MeasureText
{
    /// <summary>The stored (safe HTML) form of any input.</summary>
    public static string Store(string? input) => SafeHtml.Sanitize(input);

    /// <summary>The stored form of an introduction: paragraphs kept, one per line, blank line between.</summary>
    public static string StoreParagraphs(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        return HtmlFragments.HasTags(input)
            ? SafeHtml.Sanitize(input)
            : SafeHtml.Sanitize(string.Join("\n\n", SplitParagraphs(input)));
    }

    /// <summary>Plain text on one line: tags removed, entities decoded, whitespace collapsed.</summary>
    public static string Plain(string? stored) => PlainText.FromHtml(stored);

    /// <summary>Plain paragraphs separated by a blank line ("\n\n").</summary>
    public static string PlainParagraphs(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return string.Empty;
        }

        var text = HtmlFragments.HasTags(stored) ? BlockEndPattern().Replace(stored, "\n") : stored;
        return string.Join("\n\n", text.Split('\n').Select(PlainText.FromHtml).Where(p => p.Length > 0));
    }

    /// <summary>What a form shows for editing: the stored HTML when it has tags, otherwise the text itself.</summary>
    public static string ForEditing(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return string.Empty;
        }

        return HtmlFragments.HasTags(stored) ? stored : WebUtility.HtmlDecode(stored);
    }

    private static IEnumerable<string> SplitParagraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(PlainText.CollapseWhitespace)
            .Where(p => p.Length > 0);

    [GeneratedRegex(@"<\s*(?:br|/p|/li|/div|/h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEndPattern();
}
