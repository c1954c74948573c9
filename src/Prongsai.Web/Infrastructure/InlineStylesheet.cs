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
        Css = reader.ReadToEnd();
        Hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
    }

    /// <summary>The stylesheet's text, or null when there is none to inline.</summary>
    public string? Css { get; }

    /// <summary>The CSP source that allows the inline copy ('sha256-…'), or null.</summary>
    public string? Hash { get; }
}
