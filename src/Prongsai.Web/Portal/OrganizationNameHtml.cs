using Microsoft.AspNetCore.Html;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Portal;

/// <summary>
/// An organization's name for a heading, wrapped where a Thai reader breaks it: after the kind
/// ("องค์การบริหารส่วนตำบล") and never inside the place name. Left to itself the browser's dictionary splits a
/// place into the words it happens to contain ("บาง|คา"), which reads as two names.
/// </summary>
public static class OrganizationNameHtml
{
    /// <summary>The kinds' full Thai names, longest first, so a longer kind is never cut by a shorter one it starts with.</summary>
    private static readonly string[] Kinds = Enum.GetValues<OrganizationKind>()
        .Select(k => k.Thai()).OrderByDescending(k => k.Length).ToArray();

    public static IHtmlContent Of(string name)
    {
        var kind = Kinds.FirstOrDefault(k => name.Length > k.Length && name.StartsWith(k, StringComparison.Ordinal));
        if (kind is null)
        {
            return new HtmlContentBuilder().Append(name);
        }

        var place = name[kind.Length..].TrimStart();
        // Encoded when written, by the page's own encoder (which leaves Thai letters as they are).
        return new HtmlContentBuilder().Append(kind).AppendHtml("<wbr><span class=\"place\">").Append(place).AppendHtml("</span>");
    }
}
