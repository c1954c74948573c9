using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The field that follows its message (<see cref="FieldErrorTagHelper"/>) says it is invalid (<c>aria-invalid</c>) and
/// names the message (<c>aria-describedby</c>, after any hint it already names). A field whose page writes
/// <c>aria-invalid</c> itself is left as the page wrote it. Each radio button (or check box) of a group whose message is
/// written before the group's first box is marked. The field's id (the first box's) is kept for the summary's link
/// (<see cref="ErrorSummaryTagHelper"/>), which puts the focus in the field; a field without one gets one.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's <c>asp-for</c> helpers, which write the name this one reads.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = FieldErrors.TextOf(output.Attributes["type"]);
        if (type == "hidden"
            || FieldErrors.TextOf(output.Attributes["name"]) is not { Length: > 0 } name
            || !FieldErrors.TakeWritten(ViewContext.HttpContext, name, box: type is "radio" or "checkbox"))
        {
            return;
        }

        if (FieldErrors.FieldIdOf(ViewContext.HttpContext, name) is null)
        {
            if (FieldErrors.TextOf(output.Attributes["id"]) is not { Length: > 0 } id)
            {
                id = FieldErrors.GeneratedFieldIdFor(name);
                output.Attributes.SetAttribute("id", id);
            }

            FieldErrors.MarkFieldId(ViewContext.HttpContext, name, id);
        }

        if (output.Attributes.ContainsName("aria-invalid"))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var errorId = FieldErrors.IdFor(name);
        var described = FieldErrors.TextOf(output.Attributes["aria-describedby"]);
        var ids = (described ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!ids.Contains(errorId, StringComparer.Ordinal))
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', ids.Append(errorId)));
        }
    }
}
