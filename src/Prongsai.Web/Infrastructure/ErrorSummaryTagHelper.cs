using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// <c>&lt;error-summary /&gt;</c> at the top of a form: every message of a refused form in one list, announced when the
/// page loads (<c>role="alert"</c>). A message the page also writes beside its field (<see cref="FieldErrorTagHelper"/>)
/// is a link to that field (its id, kept by <see cref="InvalidFieldTagHelper"/>; the message's own id when the field was
/// not marked), so on a long form or a phone one tap puts the focus in the field, below its label and message; the
/// order is the fields' order on the page, and messages about the whole form come first. <c>model-only</c> lists only those (a form whose page shows nothing
/// else at the top); <c>lead</c> puts a sentence before the list. Nothing is written when the form was not refused.
/// The page gets the focus on the summary when it loads (<see cref="FocusOnLoadTagHelper"/>): a refused form on a long
/// page or a phone is otherwise answered below the first screen, with the focus at the top of the page. A public form
/// posts to <c>#outcome</c> and gives the summary that id, which brings it into view without JavaScript as well.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("model-only")]
    public bool ModelOnly { get; set; }

    [HtmlAttributeName("lead")]
    public string? Lead { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ModelState;
        var formErrors = state.TryGetValue(string.Empty, out var form) ? Messages(form) : [];
        if (ModelOnly ? formErrors.Count == 0 : state.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!output.Attributes.ContainsName("class"))
        {
            output.Attributes.SetAttribute("class", "validation-summary-errors");
        }

        output.Attributes.SetAttribute("role", "alert");
        FocusOnLoadTagHelper.Mark(ViewContext.HttpContext, output);
        if (Lead is { Length: > 0 })
        {
            output.Content.AppendHtml("<p>").Append(Lead).AppendHtml("</p>");
        }

        output.Content.AppendHtml(new Items(ViewContext.HttpContext, state, formErrors, ModelOnly, asList: Lead is { Length: > 0 }));
    }

    private static List<string> Messages(ModelStateEntry entry) => entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList();

    /// <summary>
    /// The list, written when the page is written out rather than where the tag stands: the fields come after the
    /// summary, and only then is it known which of their messages the page shows beside them (and so can link to).
    /// One message alone is written without a list (a screen reader would say "list, one item"), unless
    /// <paramref name="asList"/>: a lead sentence announces a list.
    /// </summary>
    private sealed class Items(HttpContext context, ModelStateDictionary state, List<string> formErrors, bool modelOnly, bool asList) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var lines = formErrors.Select(m => (Message: m, Target: (string?)null)).ToList();
            if (!modelOnly)
            {
                var listed = new HashSet<ModelStateEntry>(ReferenceEqualityComparer.Instance);
                if (state.TryGetValue(string.Empty, out var form))
                {
                    listed.Add(form);
                }

                foreach (var field in FieldErrors.Shown(context))
                {
                    if (state.TryGetValue(field, out var entry) && listed.Add(entry) && FormState.ErrorFor(state, field) is { } message)
                    {
                        lines.Add((message, FieldErrors.FieldIdOf(context, field) ?? FieldErrors.IdFor(field)));
                    }
                }

                foreach (var (_, entry) in state)
                {
                    if (listed.Add(entry))
                    {
                        lines.AddRange(Messages(entry).Select(m => (m, (string?)null)));
                    }
                }
            }

            if (lines.Count == 0)
            {
                return; // errors without words (a binder's exception): the fields say what is wrong
            }

            if (lines.Count == 1 && !asList)
            {
                Write(writer, encoder, lines[0].Message, lines[0].Target);
                return;
            }

            writer.Write("<ul>");
            foreach (var (message, target) in lines)
            {
                writer.Write("<li>");
                Write(writer, encoder, message, target);
                writer.Write("</li>");
            }

            writer.Write("</ul>");
        }

        /// <param name="target">The id the message links to, or null for a message about the whole form.</param>
        private static void Write(TextWriter writer, HtmlEncoder encoder, string message, string? target)
        {
            if (target is null)
            {
                encoder.Encode(writer, message);
                return;
            }

            writer.Write("<a href=\"#");
            encoder.Encode(writer, target);
            writer.Write("\">");
            encoder.Encode(writer, message);
            writer.Write("</a>");
        }
    }
}
