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
        "verify", "www", "index", "home", "lang", "language", "health", "metrics", "swagger", "scalar",
        "_bench", // the load tests' ceiling endpoint (only mapped when Prongsai:Bench:Ceiling=true)
    };

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

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
