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
        IsAt(http.Request, pathAndQuery) ? null : TypedResults.Redirect(pathAndQuery);

    /// <summary>Whether the request's path and query are exactly <paramref name="pathAndQuery"/>, byte for byte.</summary>
    public static bool IsAt(HttpRequest request, string pathAndQuery) =>
        string.Equals(request.Path.Value + request.QueryString.Value, pathAndQuery, StringComparison.Ordinal);
}
