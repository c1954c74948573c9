namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// A file made on demand (a PDF drawn by Chromium) has one address, whose answer the page cache keeps: a request for
/// another spelling of it — a query added, the extension in capitals — is sent there, so varying the address cannot
/// make the server draw the same file again and again (docs/security.md).
/// </summary>
public static class CanonicalAddress
{
    /// <summary>A redirect to <paramref name="pathAndQuery"/> unless the request is for exactly it; null when it is.</summary>
    public static IResult? RedirectUnlessAt(HttpContext http, string pathAndQuery) =>
        string.Equals(http.Request.Path.Value + http.Request.QueryString.Value, pathAndQuery, StringComparison.Ordinal)
            ? null
            : TypedResults.Redirect(pathAndQuery);
}
