using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// What a staff form says about its own fields, for the page that may have to echo it (<see cref="TypedForm"/>): the
/// label of each field a person types in, and which fields are passwords. A POST carries names and values only, so
/// without it that page could show "Text" instead of "รายละเอียดการดำเนินการ", and could not tell a typed value from one
/// the page put in a hidden field. It travels in the form as <see cref="FieldName"/>; what it says is only ever shown
/// (encoded) or used to show less, so a forged one can do no more than a forged form.
/// </summary>
public sealed partial class FormGuide
{
    public const string FieldName = "__Fields";

    /// <summary>Labels are cut here, and left out past <see cref="MaxLabelChars"/> in all (a table of many fields).</summary>
    private const int MaxLabel = 120;

    private const int MaxLabelChars = 16 * 1024;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text", "email", "url", "tel", "search", "number", "date", "datetime-local", "month", "time", "week",
    };

    /// <summary>The fields a person types in, in the form's order, each with its label ("" where it has none).</summary>
    [JsonPropertyName("f")]
    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Password fields: never shown, never sent again.</summary>
    [JsonPropertyName("s")]
    public HashSet<string> Secret { get; set; } = new(StringComparer.Ordinal);

    [GeneratedRegex("<(input|textarea|select)\\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex("<label\\b([^>]*)>(.*?)</label>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Label();

    [GeneratedRegex("([^\\s=/>\"']+)\\s*=\\s*\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();

    /// <summary>The guide of a form from its rendered content (our own markup: attributes in double quotes); null without fields to type in.</summary>
    public static FormGuide? Of(string html)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match label in Label().Matches(html))
        {
            if (Attributes(label.Groups[1].Value).GetValueOrDefault("for") is { Length: > 0 } target && !labels.ContainsKey(target))
            {
                labels[target] = Text(label.Groups[2].Value);
            }
        }

        var guide = new FormGuide();
        var budget = MaxLabelChars;
        foreach (Match control in Control().Matches(html))
        {
            var attributes = Attributes(control.Groups[2].Value);
            if (attributes.GetValueOrDefault("name") is not { Length: > 0 } name)
            {
                continue;
            }

            var element = control.Groups[1].Value.ToLowerInvariant();
            var type = element == "input" ? attributes.GetValueOrDefault("type") ?? "text" : element;
            if (string.Equals(type, "password", StringComparison.OrdinalIgnoreCase))
            {
                guide.Secret.Add(name);
            }
            else if ((element == "textarea" || TextTypes.Contains(type)) && !guide.Labels.ContainsKey(name))
            {
                var text = attributes.GetValueOrDefault("id") is { } id && labels.TryGetValue(id, out var found) ? found
                    : attributes.GetValueOrDefault("aria-label") ?? "";
                budget -= text.Length;
                guide.Labels[name] = budget >= 0 ? text : "";
            }
        }

        return guide.Labels.Count > 0 || guide.Secret.Count > 0 ? guide : null;
    }

    /// <summary>The guide a form was sent with; null when there is none or it cannot be read.</summary>
    public static FormGuide? Parse(string value)
    {
        if (value.Length is 0 or > TypedForm.MaxBytes)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FormGuide>(value, Json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static Dictionary<string, string> Attributes(string markup)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in Attribute().Matches(markup))
        {
            attributes.TryAdd(attribute.Groups[1].Value, WebUtility.HtmlDecode(attribute.Groups[2].Value));
        }

        return attributes;
    }

    private static string Text(string html)
    {
        var text = Space().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();
        return text.Length > MaxLabel ? text[..MaxLabel] + "…" : text;
    }
}

/// <summary>
/// Adds the <see cref="FormGuide"/> to every POST form of the back office, the one part of the site whose forms can come
/// back unsaved after a sign-out (<see cref="FormFailureReason.SignedOut"/>); public forms stay as they are.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class FormGuideTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.AllAttributes.TryGetAttribute("method", out var method)
            || !string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)
            || !ViewContext.HttpContext.Request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // The content is rendered once: the runtime writes this same (cached) result.
        var content = await output.GetChildContentAsync();
        if (FormGuide.Of(content.GetContent()) is not { } guide)
        {
            return;
        }

        var field = new TagBuilder("input") { TagRenderMode = TagRenderMode.StartTag };
        field.Attributes["type"] = "hidden";
        field.Attributes["name"] = FormGuide.FieldName;
        field.Attributes["value"] = guide.ToJson();
        output.PostContent.AppendHtml(field);
    }
}
