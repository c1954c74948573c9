namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The client's address as the connection (after the forwarded-headers middleware, which believes only configured
/// proxies) reports it: the key of sign-in throttling and rate limits.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
