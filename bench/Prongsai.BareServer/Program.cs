using System.Net;
using Microsoft.Extensions.Primitives;

// The ceiling of bench/load.sh: the least a Kestrel app can do to answer with the same bytes as a page of Prongsai.
// It fetches the page once (with the Accept-Encoding the load will send, so a compressed page stays compressed),
// keeps its status, headers and body in memory, and answers every request with them: no routing, no middleware,
// no logging. A page's requests/s divided by this process's, measured in the same run, is the page's ratio.
//
//   prongsai-bare --copy http://127.0.0.1:5000/bangkha/measures/2567 --urls http://127.0.0.1:5001 [--accept-encoding br]
var copyFrom = Option("--copy") ?? throw new ArgumentException("--copy URL is required");
var urls = Option("--urls") ?? "http://127.0.0.1:0";
var acceptEncoding = Option("--accept-encoding");

var page = await CapturedPage.FetchAsync(new Uri(copyFrom), acceptEncoding);
Console.WriteLine($"serving {page.Body.Length} bytes of {copyFrom} ({page.Headers.Count} headers) on {urls}");

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.WebHost.UseUrls(urls);
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    response.StatusCode = page.Status;
    foreach (var (name, value) in page.Headers)
    {
        response.Headers[name] = value;
    }

    response.ContentLength = page.Body.Length;
    return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(page.Body).AsTask();
});
await app.RunAsync();

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

/// <summary>One response, as the app sent it: the headers a client sees (minus those Kestrel writes itself).</summary>
internal sealed record CapturedPage(int Status, List<(string Name, StringValues Value)> Headers, byte[] Body)
{
    private static readonly HashSet<string> WrittenByKestrel = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Server",
    };

    public static async Task<CapturedPage> FetchAsync(Uri address, string? acceptEncoding)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !WrittenByKestrel.Contains(h.Key))
            .Select(h => (h.Key, new StringValues(h.Value.ToArray())))
            .ToList();
        return new CapturedPage((int)response.StatusCode, headers, body);
    }
}
