using System.Security.Cryptography;
using System.Text;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The stylesheet, read once, for public pages to carry inline: a phone on a slow line then paints the page after
/// one round trip instead of two (the render-blocking CSS request was the largest part of the mobile LCP left). The
/// CSP allows exactly this text by its SHA-256, so no other inline style is allowed. Staff pages keep the linked,
/// cached file: staff open many pages in a row on office lines.
/// </summary>
public sealed class InlineStylesheet
{
    public const string Path = "css/site.css";

    public InlineStylesheet(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(Path);
        if (!file.Exists)
        {
            return; // no web root (a bare build output): pages fall back to the link
        }

        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        Css = Compact(reader.ReadToEnd());
        Hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
    }

    /// <summary>The stylesheet's text, or null when there is none to inline.</summary>
    public string? Css { get; }

    /// <summary>The CSP source that allows the inline copy ('sha256-…'), or null.</summary>
    public string? Hash { get; }

    /// <summary>
    /// The stylesheet without its comments, indentation and blank lines: they are written for whoever edits the file,
    /// and every public page would carry them (1.2 KB of a page's compressed bytes). Quoted strings are kept as they are,
    /// so a "/*" inside one is not taken for a comment.
    /// </summary>
    public static string Compact(string css)
    {
        var kept = new StringBuilder(css.Length);
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c is '"' or '\'')
            {
                var end = i + 1;
                while (end < css.Length && css[end] != c)
                {
                    end += css[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end, css.Length - 1);
                kept.Append(css, i, end - i + 1);
                i = end;
            }
            else if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? css.Length : close + 1;
            }
            else
            {
                kept.Append(c);
            }
        }

        return string.Join('\n', kept.ToString().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
    }
}
