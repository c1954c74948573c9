using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Adds the one-time submission id (<see cref="SubmitOnce"/>) to every <c>&lt;form method="post"&gt;</c>, as the
/// antiforgery token is added, so no page has to remember it. <c>asp-submit-once="false"</c> leaves a form without
/// one (signing in and out: their answer sets the sign-in cookie, which a repeat would not carry).
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmitOnceTagHelper : TagHelper
{
    /// <summary>
    /// HttpContext.Items key set when the page holds a POST form: the layout then loads forms.js. A public page
    /// without one (the home page, a report, a document) stays free of script. The page renders before its layout,
    /// so the flag is known when the layout writes the head.
    /// </summary>
    public const string PostFormOnPage = "prongsai.post-form";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-submit-once")]
    public bool Enabled { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!Enabled || !context.AllAttributes.TryGetAttribute("method", out var method)
            || !string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        ViewContext.HttpContext.Items[PostFormOnPage] = true;
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{SubmitOnce.FieldName}\" value=\"{SubmitOnce.NewId()}\">");
    }
}
