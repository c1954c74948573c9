using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Prongsai.Core.Common;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// <c>&lt;edit-version value="…" latest="…" /&gt;</c> inside an edit form: the record's edit count as the hidden field
/// <see cref="EditVersions.Field"/>, so a save from a page drawn before a colleague's save is refused
/// (<see cref="EditVersions"/>). When <c>latest</c> is given, the save was just refused: a link opens the record as it
/// now is in a new tab, so the clerk compares without losing what this page holds.
/// </summary>
[HtmlTargetElement("edit-version", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EditVersionTagHelper : TagHelper
{
    public int Value { get; set; }

    /// <summary>The field's name, when the page binds it inside its form model ("Input.EditVersion").</summary>
    public string Name { get; set; } = EditVersions.Field;

    public string? Latest { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(string.Create(CultureInfo.InvariantCulture,
            $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(Name)}\" value=\"{Value}\">"));
        if (Latest is { Length: > 0 } latest)
        {
            output.Content.AppendHtml("<p class=\"edit-conflict\"><a href=\"").AppendHtml(WebUtility.HtmlEncode(latest))
                .AppendHtml("\" target=\"_blank\" rel=\"noopener\">")
                .Append(Lang.T("เปิดฉบับล่าสุดในแท็บใหม่ (หน้านี้ยังอยู่)", "Open the latest version in a new tab (this page stays)"))
                .AppendHtml("</a></p>");
        }
    }
}

/// <summary>What a page does with a save refused by <see cref="EditVersions"/>.</summary>
public static class EditConflicts
{
    public static bool Among(IEnumerable<Error> errors) => errors.Any(IsConflict);

    /// <summary>The errors to put beside the fields: all but the conflict, which <see cref="Show"/> puts at the top.</summary>
    public static IEnumerable<Error> Others(IEnumerable<Error> errors) => errors.Where(e => !IsConflict(e));

    /// <summary>
    /// The conflict as the form's first message (the error summary reads it out when the page loads), instead of beside
    /// the hidden field a page that adds every error by its field would have put it under.
    /// </summary>
    public static void Show(ModelStateDictionary state)
    {
        foreach (var key in state.Keys.Where(k => k.Equals(EditVersions.Field, StringComparison.OrdinalIgnoreCase)
            || k.EndsWith("." + EditVersions.Field, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            state.Remove(key);
        }

        state.AddModelError(string.Empty, Lang.T(EditVersions.Message,
            "Someone saved this after you opened the page, so your changes are not saved yet. What you typed is still in the " +
            "form below. Open the latest version in a new tab to see what changed, then save again to replace it with yours."));
    }

    private static bool IsConflict(Error error) => error is ConflictError { FieldName: EditVersions.Field };
}
