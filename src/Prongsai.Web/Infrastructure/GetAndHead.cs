namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Routes for files and feeds answer HEAD as well as GET. Link checkers, download managers and the assessors'
/// site-checking tools ask HEAD first to learn a file's size and type; a 405 there reads as a broken link. The
/// handler runs as for GET and the server sends the headers without the body.
/// </summary>
public static class GetAndHead
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, Methods, handler);
}
