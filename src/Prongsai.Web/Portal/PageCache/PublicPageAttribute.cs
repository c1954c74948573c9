namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// Marks a public page or endpoint whose answer depends only on its address, its language and the organization's
/// published content: the page cache (<see cref="PublicPageCache"/>) keeps it, compressed, until the organization
/// publishes again. Pages that set cookies (forms with antiforgery tokens) are never kept, marked or not.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicPageAttribute : Attribute;

public static class PublicPageEndpointExtensions
{
    /// <summary>The minimal-API form of <see cref="PublicPageAttribute"/>.</summary>
    public static TBuilder CachedAsPublicPage<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicPageAttribute());
}
