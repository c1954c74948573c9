using Prongsai.Core.Data;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Sends the database reads of an anonymous public GET to the read replica (ConnectionStrings:ProngsaiReadOnly).
/// Decided before sign-in is known (the organization is resolved first), so "anonymous" means no staff cookie and
/// no Authorization header; /staff pages, posts and every scope other than the request's own (Data Protection's
/// key ring, background jobs) stay on the primary.
/// </summary>
public sealed class PublicReadRouting(IHttpContextAccessor accessor, IServiceProvider scope) : IPublicReadRouting
{
    public const string StaffCookie = "prongsai.staff";

    public bool UseReadReplica => accessor.HttpContext is { } http
        && ReferenceEquals(http.RequestServices, scope)
        && IsAnonymousPublicRead(http.Request);

    public static bool IsAnonymousPublicRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
        && !request.Cookies.ContainsKey(StaffCookie)
        && !request.Headers.ContainsKey("Authorization");
}

public static class PublicReadRoutingRegistration
{
    public static IServiceCollection AddProngsaiReadRouting(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("ProngsaiReadOnly")))
        {
            services.AddScoped<IPublicReadRouting, PublicReadRouting>();
        }

        return services;
    }
}
