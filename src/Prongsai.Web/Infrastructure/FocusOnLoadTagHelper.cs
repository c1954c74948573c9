using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// <c>data-focus-on-load</c> marks the answer to a sent form (its receipt, "ส่งข้อความแล้ว", a refusal at the top of the
/// form; <see cref="ErrorSummaryTagHelper"/> marks its summary itself). forms.js moves the focus there when the page
/// loads, so a screen reader reads it and the next Tab goes on from there instead of from the top of a long page; the
/// element gets <c>tabindex="-1"</c> (focusable by script, no Tab stop of its own). Without JavaScript the form's
/// <c>action="#outcome"</c> brings it into view: the element holds that id, whichever answer it is.
/// </summary>
[HtmlTargetElement(Attributes = FocusOnLoadTagHelper.AttributeName)]
public sealed class FocusOnLoadTagHelper : TagHelper
{
    public const string AttributeName = "data-focus-on-load";

    /// <summary>
    /// HttpContext.Items key set when the page holds such an element: the layout then loads forms.js, also on a page
    /// whose form is gone (a receipt stands in its place). The page renders before its layout.
    /// </summary>
    public const string OnPage = "prongsai.focus-on-load";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output) => Mark(ViewContext.HttpContext, output);

    internal static void Mark(HttpContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("tabindex", "-1");
        if (!output.Attributes.ContainsName(AttributeName))
        {
            output.Attributes.Add(new TagHelperAttribute(AttributeName, null, HtmlAttributeValueStyle.Minimized));
        }

        context.Items[OnPage] = true;
    }
}
