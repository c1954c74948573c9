using System.Net;
using Ganss.Xss;

namespace Prongsai.Core.Text;

/// <summary>
/// The one HTML policy for user-supplied rich text (measure cells, answers, notices):
/// paragraphs, line breaks, lists and emphasis; no attributes, no links, no URLs.
/// The result can be written to a page without further encoding.
/// </summary>
public static class SafeHtml
{
    public static IReadOnlySet<string> AllowedTags { get; } =
        new HashSet<string>(["p", "br", "ul", "ol", "li", "strong", "b", "em", "i"], StringComparer.OrdinalIgnoreCase);

    // HtmlSanitizer documents Sanitize() as thread-safe on a shared instance as long as nobody
    // changes its settings afterwards; it is configured here once and never exposed.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Sanitize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        // Text typed into a plain box means exactly what it says: "R&D <ทดสอบ>" is shown as written.
        if (!HtmlFragments.HasTags(input))
        {
            return WebUtility.HtmlEncode(input.Trim());
        }

        return Sanitizer.Sanitize(input).Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        foreach (var tag in AllowedTags)
        {
            options.AllowedTags.Add(tag);
        }

        var sanitizer = new HtmlSanitizer(options)
        {
            // Pasted Word/web HTML wraps text in span, div, font, a: keep the words, drop the wrapper.
            KeepChildNodes = true,
        };

        // ...but the content of script-like elements is code or styling, never text: drop it whole.
        sanitizer.RemovingTag += (_, e) =>
        {
            if (HtmlFragments.InvisibleElements.Contains(e.Tag.LocalName))
            {
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };

        return sanitizer;
    }
}
