using System.Text.RegularExpressions;

namespace Prongsai.Core.Organizations;

/// <summary>Rules for the URL name of an organization.</summary>
public static partial class OrganizationSlug
{
    /// <summary>
    /// First path segments the application itself uses. An organization named like one of
    /// them would shadow (or be shadowed by) an app route, so such slugs are refused.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "staff", "healthz", "openapi", "css", "js", "fonts", "img", "images", "lib", "assets",
        "static", "files", "favicon.ico", "robots.txt", "sitemap.xml", "error", "errors", "account",
        "signin", "signout", "admin", "operator", "platform", "about", "search", "feed", "ledger",
        "verify", "www", "index", "home", "data", "lang", "language", "health", "metrics", "swagger", "scalar",
        // "data": the installation-wide open-data catalog, /data/catalog.jsonld (docs/open-data.md).
        "_bench", // the load tests' ceiling endpoint (only mapped when Prongsai:Bench:Ceiling=true)
    };

    // \z, not $: "$" also matches before a final line break.
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>True for the shape every slug has: ASCII a–z, 0–9 and "-" only.</summary>
    public static bool HasCanonicalShape(string? slug) => slug is not null && Shape().IsMatch(slug);

    /// <summary>
    /// Lower-cases ASCII letters only. string.ToLowerInvariant would also fold look-alikes such as the
    /// Kelvin sign (U+212A) into "k", letting "/ban\u212Agkha/" reach "bangkha".
    /// </summary>
    public static string AsciiLower(string value) =>
        string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });

    /// <summary>Null when valid, otherwise a Thai message saying why not.</summary>
    public static string? Problem(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return "กรุณาระบุชื่อย่อสำหรับ URL (slug)";
        }

        if (!Shape().IsMatch(slug))
        {
            return "ชื่อย่อสำหรับ URL ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) ยาว 1–40 ตัวอักษร";
        }

        if (Reserved.Contains(slug))
        {
            return $"ใช้ชื่อ \"{slug}\" ไม่ได้ เพราะระบบใช้ชื่อนี้อยู่แล้ว";
        }

        return null;
    }
}
