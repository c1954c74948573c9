using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The encoder of JSON written per request. JavaScriptEncoder always escapes the HTML-sensitive
/// characters (&lt;, &gt;, &amp;, ', ") whatever the allowed ranges, so a search for "&lt;script&gt;" comes back
/// as "\u003Cscript\u003E"; allowing the Thai block keeps Thai text readable (and a third of the bytes).
/// Frozen bodies (report.json, the measures API) are written as stored and never pass through it.
/// </summary>
public static class JsonBodies
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai);
}
