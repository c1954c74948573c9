using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Portal;

/// <summary>schema.org JSON-LD for the organization (GovernmentOrganization), safe inside a script data block.</summary>
public static class StructuredData
{
    // JavaScriptEncoder always escapes <, >, & and quotes, so "</script>" can never appear in the output.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Organization(Organization o, string baseUrl)
    {
        var url = $"{baseUrl}/{o.Slug}/";
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentOrganization",
            ["@id"] = url + "#organization",
            ["name"] = o.Name,
            ["alternateName"] = o.NameEnglish,
            ["url"] = url,
            ["telephone"] = o.Phone,
            ["email"] = o.Email,
            ["address"] = o.Address is null ? null : new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = o.Address,
                ["addressLocality"] = o.District,
                ["addressRegion"] = o.Province,
                ["addressCountry"] = "TH",
            },
            ["logo"] = o.LogoFileKey is null ? null : $"{baseUrl}/{o.Slug}/emblem",

            // The office's own social pages: how search engines tie them to the website.
            ["sameAs"] = OnlineChannels.Of(o) is { Count: > 0 } channels ? channels.Select(c => c.Url).ToArray() : null,
        };
        foreach (var key in data.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
        {
            data.Remove(key);
        }

        return JsonSerializer.Serialize(data, Options);
    }
}
