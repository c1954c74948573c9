using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A tracking code ("7K3Q-M9XD-2HFA-8RWT") written so that it may wrap after its hyphens: a <c>&lt;wbr&gt;</c> after
/// each. By the Unicode line-breaking rules a line may not break after a hyphen that comes before a digit ("-2HFA"),
/// so the code stayed one line, wider than a 320 px receipt or a phone with text at 200 %. <c>&lt;wbr&gt;</c> adds no
/// character: the code copied, or read aloud, is the code as it is.
/// </summary>
public static class TrackingCodeHtml
{
    public static IHtmlContent Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new HtmlString(string.Join("-<wbr>", code.Split('-').Select(part => HtmlEncoder.Default.Encode(part))));
    }
}
