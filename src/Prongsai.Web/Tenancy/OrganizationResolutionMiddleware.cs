using Microsoft.Extensions.Options;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Web.Tenancy;

/// <summary>
/// Finds the organization of a request once, from its own host name or from the URL
/// (/{org}/..., /staff/{org}/..., /api/v1/orgs/{org}/...). An unknown organization is a 404
/// before any page or endpoint runs. Everything downstream reads ICurrentOrganization.
/// </summary>
public sealed class OrganizationResolutionMiddleware(RequestDelegate next)
{
    /// <summary>Second segments under /staff that are not organizations.</summary>
    private static readonly HashSet<string> StaffPages = new(StringComparer.Ordinal)
    {
        "signin", "signout", "account", "operator",
    };

    public async Task InvokeAsync(HttpContext context, OrganizationDirectory directory, CurrentOrganization current, IOptions<PlatformHostOptions> platform)
    {
        // The platform's own hosts (and localhost, IP literals) serve every organization by path: a host row
        // naming one of them, however it got there, must not turn /{org}/… of the others into one organization.
        // As stored: "bangkha.go.th." (the root's dot) is bangkha.go.th, and a Thai domain, which HostString hands over
        // decoded (อบตบางขา.go.th), is looked up in its ASCII form (xn--…).
        var host = HostNames.Normalize(context.Request.Host.Host);
        var hostOrganization = platform.Value.IsReserved(host) ? null : await directory.ByHostAsync(host, context.RequestAborted);
        if (hostOrganization is not null)
        {
            context.Items[OwnHostKey] = true;
            RewriteToOrganizationPath(context, hostOrganization.Slug);
        }

        var segment = SlugSegmentOf(context.Request.Path);
        if (segment is { } found)
        {
            // Slugs are ASCII a–z, 0–9 and "-": a look-alike (the Kelvin sign for "K", full-width letters)
            // never reaches an organization, and another letter case is sent to the one canonical URL.
            var slug = OrganizationSlug.AsciiLower(found.Value);
            var organization = OrganizationSlug.HasCanonicalShape(slug) ? await directory.BySlugAsync(slug, context.RequestAborted) : null;
            if (organization is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Items[NotFoundReason] = "organization";
                return;
            }

            if (!string.Equals(found.Value, organization.Slug, StringComparison.Ordinal))
            {
                RedirectToCanonicalSlug(context, found.Index, organization.Slug);
                return;
            }

            current.Set(organization.Id, organization.Slug);
            context.Items[typeof(OrganizationRef)] = organization;
        }

        await next(context);
    }

    public const string NotFoundReason = "prongsai-not-found";

    /// <summary>Set when the request came on an organization's own host name (its links stay on that host).</summary>
    public const string OwnHostKey = "prongsai-own-host";

    public static bool CameOnOwnHost(HttpContext context) => context.Items.ContainsKey(OwnHostKey);

    /// <summary>On an organization's own host, "/x" means "/{slug}/x" (app-wide paths excepted).</summary>
    private static void RewriteToOrganizationPath(HttpContext context, string slug)
    {
        var path = context.Request.Path.Value ?? "/";
        var first = FirstSegment(path);
        if (first == slug || OrganizationSlug.Reserved.Contains(first))
        {
            return;
        }

        context.Request.Path = new PathString("/" + slug + (path == "/" ? "/" : path));
    }

    /// <summary>The path segment that names the organization, as written, and its position among the segments.</summary>
    private static (string Value, int Index)? SlugSegmentOf(PathString pathString)
    {
        var segments = (pathString.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var first = OrganizationSlug.AsciiLower(segments[0]);
        if (first == "api")
        {
            return segments.Length >= 4 && segments[1] == "v1" && segments[2] == "orgs" ? (segments[3], 3) : null;
        }

        if (first == "staff")
        {
            return segments.Length >= 2 && !StaffPages.Contains(OrganizationSlug.AsciiLower(segments[1])) ? (segments[1], 1) : null;
        }

        if (OrganizationSlug.Reserved.Contains(first) || first.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return (segments[0], 0);
    }

    /// <summary>301 (308 for writes, which must keep their method and body) to the same URL with the canonical slug.</summary>
    private static void RedirectToCanonicalSlug(HttpContext context, int segmentIndex, string slug)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        segments[segmentIndex] = slug;
        var trailing = context.Request.Path.Value?.EndsWith('/') == true ? "/" : "";
        var path = new PathString("/" + string.Join('/', segments.Select(Uri.EscapeDataString)) + trailing);
        var safe = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        context.Response.StatusCode = safe ? StatusCodes.Status301MovedPermanently : StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = (context.Request.PathBase + path + context.Request.QueryString).ToString();
    }

    private static string FirstSegment(string path)
    {
        var trimmed = path.TrimStart('/');
        var end = trimmed.IndexOf('/', StringComparison.Ordinal);
        return (end < 0 ? trimmed : trimmed[..end]).ToLowerInvariant();
    }
}

public static class OrganizationHttpContextExtensions
{
    public static OrganizationRef? Organization(this HttpContext context) =>
        context.Items.TryGetValue(typeof(OrganizationRef), out var value) ? value as OrganizationRef : null;
}
