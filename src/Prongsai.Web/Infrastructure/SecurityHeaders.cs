using Microsoft.Net.Http.Headers;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Headers on every response. The CSP allows no inline script and no third-party origin:
/// every asset is self-hosted, so the site also works on an intranet.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy; <paramref name="inlineStyleHash"/> allows the one inline stylesheet of public pages.</summary>
    public static string ContentSecurityPolicy(string? inlineStyleHash) =>
        $"default-src 'self'; script-src 'self'; style-src 'self'{(inlineStyleHash is null ? "" : " " + inlineStyleHash)}; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<InlineStylesheet>().Hash);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["Content-Security-Policy"] = policy;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["X-Frame-Options"] = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // What a signed-in member is answered (staff pages, exports, the API) is theirs alone: kept neither in a
                // shared office computer's browser cache nor by any proxy, unless the handler chose a policy itself (the
                // public downloads, the same for everyone).
                if (context.User.Identity?.IsAuthenticated == true && !headers.ContainsKey(HeaderNames.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
    }
}
