using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A browser never fills a file field again: when a form comes back refused (a date mistyped, a box left unticked),
/// the files its sender had chosen are gone from it, and nothing said so — the photo of a complaint or a step's evidence
/// was then silently left out. A file field of such an answer says, right under itself, to choose the files again.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=file]", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChooseFilesAgainTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After <see cref="InvalidFieldTagHelper"/>, whose description ids this one adds to.</summary>
    public override int Order => 1001;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || ViewContext.ViewData.ModelState.IsValid || !request.HasFormContentType
            // A field with a message of its own (the file was refused) already asks for another file.
            || output.Attributes.ContainsName("aria-invalid")
            || FieldErrors.TextOf(output.Attributes["name"]) is not { Length: > 0 } name
            || !HadFiles(request, name))
        {
            return;
        }

        var noteId = FieldErrors.IdFor(name) + "-again";
        var described = FieldErrors.TextOf(output.Attributes["aria-describedby"]);
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(described) ? noteId : described + " " + noteId);
        var note = new TagBuilder("span");
        note.Attributes["id"] = noteId;
        note.AddCssClass("field-error");
        note.InnerHtml.Append(Lang.T(
            "ไฟล์ที่เลือกไว้ยังไม่ได้ส่ง เพราะแบบฟอร์มต้องแก้ไขก่อน กรุณาเลือกไฟล์อีกครั้ง",
            "The files you chose were not sent, as the form needs a correction first: please choose them again."));
        output.PostElement.AppendHtml(note);
    }

    private static bool HadFiles(HttpRequest request, string name)
    {
        try
        {
            return request.Form.Files.GetFiles(name).Any(f => f.Length > 0);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A form the server could not read (malformed, too large) was answered as such; it brought no file back.
            return false;
        }
    }
}
