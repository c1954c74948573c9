using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// <c>&lt;field-error for="Input.Title" /&gt;</c>: the messages of a refused field, written where the tag stands (before
/// the field, under its label), or nothing when the field is fine. <c>for</c> is the field's name as the form posts it.
/// </summary>
[HtmlTargetElement("field-error", Attributes = "for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("for")]
    public string For { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For);
        if (FormState.ErrorFor(ViewContext.ModelState, name) is not { } message)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FieldErrors.IdFor(name));
        output.Attributes.SetAttribute("class", "field-error");
        output.Content.SetContent(message);
        FieldErrors.MarkWritten(ViewContext.HttpContext, name);
    }
}
