using Microsoft.AspNetCore.Localization;
using Prongsai.Web.Infrastructure;

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
            return Results.Redirect(LocalReturnUrl.ForLocation(returnUrl, "/"));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
