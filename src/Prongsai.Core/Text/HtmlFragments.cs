using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Prongsai.Core.Text;

/// <summary>Parses cell HTML once, the same way for every reader in this folder.</summary>
internal static partial class HtmlFragments
{
    /// <summary>Elements whose start and end break a line when rendered.</summary>
    internal static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer",
    };

    /// <summary>Elements whose content is never text for people.</summary>
    internal static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head", "title",
    };

    internal static bool LooksLikeHtml(string text) =>
        text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal);

    /// <summary>True when the text has at least one tag; entities alone do not make a cell HTML.</summary>
    internal static bool HasTags(string text) => TagPattern().IsMatch(text);

    internal static INodeList ParseBody(string html)
    {
        // HtmlParser is cheap to create and not documented as thread-safe, so one per call.
        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        return parser.ParseFragment(html, document.Body!);
    }

    [GeneratedRegex(@"</?[a-zA-Z!?]")]
    private static partial Regex TagPattern();
}
