using Microsoft.AspNetCore.Localization;

namespace Prongsai.Web.Api;

/// <summary>/lang/en or /lang/th: remembers the visitor's language in a cookie and goes back.</summary>
public static class LanguageEndpoint
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/lang/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            var culture = code == "en" ? "en-GB" : "th-TH";
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.Redirect(IsSafeLocalPath(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>
    /// A path on this site only. Control characters and white space are refused outright: browsers drop a
    /// tab or line break, so "/\t/evil.example" would become the protocol-relative "//evil.example".
    /// </summary>
    public static bool IsSafeLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
