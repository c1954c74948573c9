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
    private static readonly HashSet<string> StaffPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "signin", "signout", "account", "operator",
    };

    public async Task InvokeAsync(HttpContext context, OrganizationDirectory directory, CurrentOrganization current, IOptions<PlatformHostOptions> platform)
    {
        // The platform's own hosts (and localhost, IP literals) serve every organization by path: a host row
        // naming one of them, however it got there, must not turn /{org}/… of the others into one organization.
        var host = context.Request.Host.Host.ToLowerInvariant();
        var hostOrganization = platform.Value.IsReserved(host) ? null : await directory.ByHostAsync(host, context.RequestAborted);
        if (hostOrganization is not null)
        {
            RewriteToOrganizationPath(context, hostOrganization.Slug);
        }

        var slug = SlugOf(context.Request.Path);
        if (slug is not null)
        {
            var organization = await directory.BySlugAsync(slug, context.RequestAborted);
            if (organization is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Items[NotFoundReason] = "organization";
                return;
            }

            current.Set(organization.Id, organization.Slug);
            context.Items[typeof(OrganizationRef)] = organization;
        }

        await next(context);
    }

    public const string NotFoundReason = "prongsai-not-found";

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

    internal static string? SlugOf(PathString pathString)
    {
        var segments = (pathString.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var first = segments[0].ToLowerInvariant();
        if (first == "api")
        {
            return segments.Length >= 4 && segments[1] == "v1" && segments[2] == "orgs" ? segments[3].ToLowerInvariant() : null;
        }

        if (first == "staff")
        {
            return segments.Length >= 2 && !StaffPages.Contains(segments[1]) ? segments[1].ToLowerInvariant() : null;
        }

        if (OrganizationSlug.Reserved.Contains(first) || first.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return first;
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
