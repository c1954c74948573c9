using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Prongsai.Core.Text;

/// <summary>
/// Shows text typed into a plain box the way it was typed: blank lines separate paragraphs, single line
/// breaks stay, and lines starting "- ", "• " or "1. " become lists. Without this, HTML collapses
/// "- อายุ 18 ปีขึ้นไป" lines into one run-on line.
/// </summary>
/// <remarks>
/// Bodies are stored in the <see cref="SafeHtml"/> form (plain text HTML-encoded, or sanitized HTML) and shaped
/// when shown, so the stored text stays what the author typed and edits round-trip. HTML that already has
/// paragraphs or lists is its author's layout and is kept; HTML with only emphasis (bold, italic) is shaped
/// like plain text around the emphasis. The output is built only from encoded text and the tags written here.
/// </remarks>
public static partial class TextShape
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase) { "strong", "b", "em", "i" };

    /// <summary>The HTML for a stored body (as kept by <see cref="SafeHtml.Sanitize"/>), safe to write to a page.</summary>
    public static string ToHtml(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return string.Empty;
        }

        if (!HtmlFragments.HasTags(stored))
        {
            // Encoded plain text: decode once, then encode line by line (older rows may hold unencoded "&").
            return Shape(WebUtility.HtmlDecode(stored), encode: true);
        }

        // Sanitized again on the way out: rows written before a policy change, or by hand, are never trusted.
        var safe = SafeHtml.Sanitize(stored);
        // Shaped around emphasis, then sanitized once more so a bold run across a blank line is nested properly.
        return OnlyInlineTags(safe) ? SafeHtml.Sanitize(Shape(safe, encode: false)) : safe;
    }

    /// <summary>What the public page would show for text typed into a form, before it is saved.</summary>
    public static string Preview(string? typed) => ToHtml(SafeHtml.Sanitize(typed));

    /// <summary>Plain text typed into a box (not stored as HTML), shaped and encoded.</summary>
    public static string FromPlainText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : Shape(text, encode: true);

    /// <summary>What the edit form shows: the text as typed for plain text, the HTML for HTML.</summary>
    public static string ForEditing(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return string.Empty;
        }

        return HtmlFragments.HasTags(stored) ? stored : WebUtility.HtmlDecode(stored);
    }

    private static string Shape(string text, bool encode)
    {
        var html = new StringBuilder(text.Length + 64);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraph = new List<string>();
        ListKind? openList = null;

        foreach (var rawLine in lines)
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                FlushParagraph(html, paragraph);
                CloseList(html, ref openList);
                continue;
            }

            if (ReadListItem(line) is { } item)
            {
                FlushParagraph(html, paragraph);
                if (openList != item.Kind)
                {
                    CloseList(html, ref openList);
                    OpenList(html, item);
                    openList = item.Kind;
                }

                html.Append("<li>").Append(encode ? WebUtility.HtmlEncode(item.Text) : item.Text).Append("</li>");
                continue;
            }

            CloseList(html, ref openList);
            paragraph.Add(encode ? WebUtility.HtmlEncode(line) : line);
        }

        FlushParagraph(html, paragraph);
        CloseList(html, ref openList);
        return html.ToString();
    }

    private static ListItem? ReadListItem(string line)
    {
        var bullet = BulletPattern().Match(line);
        if (bullet.Success)
        {
            return new ListItem(ListKind.Bullets, bullet.Groups["text"].Value.Trim(), 1);
        }

        var numbered = NumberedPattern().Match(line);
        if (numbered.Success)
        {
            var number = int.Parse(Calendar.ThaiDigits.ToAscii(numbered.Groups["num"].Value), System.Globalization.CultureInfo.InvariantCulture);
            return new ListItem(ListKind.Numbered, numbered.Groups["text"].Value.Trim(), number);
        }

        return null;
    }

    private static void OpenList(StringBuilder html, ListItem first)
    {
        if (first.Kind == ListKind.Bullets)
        {
            html.Append("<ul>");
        }
        else if (first.Number == 1)
        {
            html.Append("<ol>");
        }
        else
        {
            // A list that continues after a paragraph ("3. …") keeps the author's numbers.
            html.Append("<ol start=\"").Append(first.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\">");
        }
    }

    private static void CloseList(StringBuilder html, ref ListKind? openList)
    {
        if (openList is { } kind)
        {
            html.Append(kind == ListKind.Bullets ? "</ul>" : "</ol>");
            openList = null;
        }
    }

    private static void FlushParagraph(StringBuilder html, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        html.Append("<p>").AppendJoin("<br>", lines).Append("</p>");
        lines.Clear();
    }

    private static bool OnlyInlineTags(string html) =>
        TagNamePattern().Matches(html).All(m => InlineTags.Contains(m.Groups["name"].Value));

    private enum ListKind { Bullets, Numbered }

    private sealed record ListItem(ListKind Kind, string Text, int Number);

    // "- ข้อ", "-ข้อ" (not "-5" or "--"), "• ข้อ", "* ข้อ", "– ข้อ".
    [GeneratedRegex(@"^(?:[-–*]\s+|-(?=[^\s\d\-])|[•◦▪●○·]\s*)(?<text>.+)$")]
    private static partial Regex BulletPattern();

    // "1. ข้อ", "๑) ข้อ", "(2) ข้อ": one or two digits, so years ("2567.") and decimals ("1.5") are not numbers.
    [GeneratedRegex(@"^(?:\(\s*(?<num>[0-9๐-๙]{1,2})\s*\)|(?<num>[0-9๐-๙]{1,2})[.)])\s+(?<text>.+)$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex TagNamePattern();
}
