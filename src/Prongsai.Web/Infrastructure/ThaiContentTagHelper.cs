using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// On an English page, the layout's <c>&lt;body&gt;</c> — header, menu, page and footer — goes out with its Thai text
/// marked <c>lang="th"</c> (<see cref="ThaiContentMarks"/>): the page is <c>&lt;html lang="en"&gt;</c>, its labels
/// English, and what people typed in Thai is read with a Thai voice. A Thai page is left alone (its text is Thai).
/// </summary>
[HtmlTargetElement("body")]
public sealed class ThaiContentTagHelper(HtmlEncoder encoder) : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Lang.IsEnglish)
        {
            return;
        }

        var content = await output.GetChildContentAsync();
        // The app's encoder, which leaves Thai letters as they are (the default one would write them as &#x…; entities).
        output.Content.SetHtmlContent(ThaiContentMarks.Mark(content.GetContent(encoder)));
    }
}
