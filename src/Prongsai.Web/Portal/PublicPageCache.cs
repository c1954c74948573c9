using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Prongsai.Core.Caching;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Portal;

/// <summary>
/// Output cache for public pages, keyed by the organization's content stamp read from the
/// database on every request: a publish on any node bumps the stamp, so every node's cached
/// copy stops matching at once. Also varies by language, query string and host.
/// </summary>
public sealed class PublicPageCache : IOutputCachePolicy
{
    public const string PolicyName = "public-page";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var organization = http.Organization();
        var cacheable = organization is not null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        var stamp = await http.RequestServices.GetRequiredService<ContentVersion>().CurrentAsync(organization!.Id, cancellation);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["stamp"] = stamp.ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Pages that set cookies (antiforgery on forms) or failed are not shared.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
