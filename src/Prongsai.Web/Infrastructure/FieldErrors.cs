using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// One way for every form to put a refused field's message beside the field: <c>&lt;field-error for="Input.Title" /&gt;</c>
/// before the field writes the message (<see cref="FieldErrorTagHelper"/>), and the next field of that name then says
/// it is invalid and names that message (<see cref="InvalidFieldTagHelper"/>), so a screen reader reads it with the
/// field. "The next field" lets a page with one form per table row put the message on the row that was refused. For a
/// group of radio buttons or check boxes of one name, the message is the group's: every box of that name that follows
/// it, one after the other, is marked.
/// </summary>
public static class FieldErrors
{
    /// <summary>HttpContext.Items key of the field names whose message is written and whose field is still to come.</summary>
    private const string WrittenKey = "prongsai.field-errors";

    /// <summary>HttpContext.Items key of the name of the group of boxes being marked, while its boxes follow one another.</summary>
    private const string GroupKey = "prongsai.field-errors.group";

    /// <summary>The id of a field's message, from the field's name ("Steps[0].Text" → "Steps_0__Text-error").</summary>
    public static string IdFor(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";

    /// <summary>HttpContext.Items key of the id of each marked field (the first box of a group), by the field's name.</summary>
    private const string FieldIdsKey = "prongsai.field-errors.ids";

    /// <summary>HttpContext.Items key of the field names whose message the page wrote, in the order it wrote them.</summary>
    private const string ShownKey = "prongsai.field-errors.shown";

    /// <summary>The id given to a marked field that has none (a radio button in its label), so a summary link can reach it.</summary>
    public static string GeneratedFieldIdFor(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-field";

    /// <summary>The id of the field of that name marked invalid on the page (the first box of a group), if any yet.</summary>
    internal static string? FieldIdOf(HttpContext context, string fieldName) =>
        context.Items[FieldIdsKey] is Dictionary<string, string> ids ? ids.GetValueOrDefault(fieldName) : null;

    internal static void MarkFieldId(HttpContext context, string fieldName, string id)
    {
        if (context.Items[FieldIdsKey] is not Dictionary<string, string> ids)
        {
            context.Items[FieldIdsKey] = ids = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        ids.TryAdd(fieldName, id);
    }

    internal static void MarkWritten(HttpContext context, string fieldName)
    {
        Written(context).Add(fieldName);
        if (context.Items[ShownKey] is not List<string> shown)
        {
            context.Items[ShownKey] = shown = [];
        }

        shown.Add(fieldName);
    }

    /// <summary>The field names whose message the page has written beside the field so far, in page order.</summary>
    internal static IReadOnlyList<string> Shown(HttpContext context) => context.Items[ShownKey] as List<string> ?? [];

    /// <summary>
    /// True once for the field that follows its written message; for a radio button or check box (<paramref name="box"/>),
    /// true as well for the boxes of the same name that come right after it.
    /// </summary>
    internal static bool TakeWritten(HttpContext context, string fieldName, bool box)
    {
        // Most fields of most pages have no message: one lookup each, nothing removed.
        var group = context.Items[GroupKey] as string;
        if (group is not null)
        {
            context.Items.Remove(GroupKey);
        }

        var taken = (box && string.Equals(group, fieldName, StringComparison.Ordinal))
            || (context.Items[WrittenKey] is HashSet<string> written && written.Remove(fieldName));
        if (taken && box)
        {
            context.Items[GroupKey] = fieldName;
        }

        return taken;
    }

    private static HashSet<string> Written(HttpContext context)
    {
        if (context.Items[WrittenKey] is not HashSet<string> written)
        {
            written = new HashSet<string>(StringComparer.Ordinal);
            context.Items[WrittenKey] = written;
        }

        return written;
    }

    /// <summary>
    /// An attribute's text as the browser will read it. A Razor attribute built from literal text and code arrives as
    /// HTML content rather than a string; field names and ids hold no characters that encoding would change.
    /// </summary>
    internal static string? TextOf(TagHelperAttribute? attribute)
    {
        switch (attribute?.Value)
        {
            case null:
                return null;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return attribute.Value.ToString();
        }
    }
}
