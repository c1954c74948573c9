namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The load tests' in-process reference: GET /_bench/ceiling answers with the bytes of one page of this same app,
/// fetched once through loopback (with the capturing request's Accept-Encoding, so a compressed page stays
/// compressed) and then served from memory with the page's content type and coding. It goes through the same
/// middleware as every page, so it shows what the middleware costs; the ceiling proper is a separate bare
/// Kestrel process (bench/Prongsai.BareServer). Mapped only when Prongsai:Bench:Ceiling=true.
/// </summary>
public static class BenchCeiling
{
    public const string EnabledKey = "Prongsai:Bench:Ceiling";
    public const string PathKey = "Prongsai:Bench:CeilingPath";
    public const string Route = "/_bench/ceiling";

    private static readonly SemaphoreSlim CaptureLock = new(1, 1);
    private static Captured? current;

    private sealed record Captured(string Path, byte[] Body, string ContentType, string? ContentEncoding);

    public static IEndpointRouteBuilder MapBenchCeiling(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var defaultPath = configuration[PathKey] is { Length: > 0 } configured ? configured : "/bangkha/";
        endpoints.MapGet(Route, (HttpContext context, string? capture) => ServeAsync(context, capture, defaultPath))
            .ExcludeFromDescription()
            .DisableRateLimiting();
        return endpoints;
    }

    /// <summary>?capture=/path replaces the captured page; without it the first call captures the default path.</summary>
    private static async Task ServeAsync(HttpContext context, string? capture, string defaultPath)
    {
        var page = current;
        if (page is null || (capture is not null && capture != page.Path))
        {
            page = await CaptureAsync(context, capture ?? defaultPath);
            if (page is null)
            {
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = page.ContentType;
        if (page.ContentEncoding is not null)
        {
            context.Response.Headers.ContentEncoding = page.ContentEncoding;
        }

        context.Response.ContentLength = page.Body.Length;
        await context.Response.Body.WriteAsync(page.Body, context.RequestAborted);
    }

    private static async Task<Captured?> CaptureAsync(HttpContext context, string path)
    {
        // Only a path of this app, never another host.
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            await Plain(context, StatusCodes.Status400BadRequest, "capture must be a local path such as /bangkha/");
            return null;
        }

        await CaptureLock.WaitAsync(context.RequestAborted);
        try
        {
            if (current is { } done && done.Path == path)
            {
                return done;
            }

            var local = context.Connection.LocalIpAddress ?? System.Net.IPAddress.Loopback;
            var host = local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString();
            var address = new Uri($"{context.Request.Scheme}://{host}:{context.Connection.LocalPort}{path}");
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Host = context.Request.Host.Value;
            request.Headers.TryAddWithoutValidation("Accept-Encoding", context.Request.Headers.AcceptEncoding.ToString());
            using var response = await client.SendAsync(request, context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                await Plain(context, StatusCodes.Status502BadGateway,
                    $"capturing {path} answered {(int)response.StatusCode}; the ceiling needs a page that exists");
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
            var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
            current = new Captured(path, body, contentType, response.Content.Headers.ContentEncoding.FirstOrDefault());
            return current;
        }
        finally
        {
            CaptureLock.Release();
        }
    }

    private static async Task Plain(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
