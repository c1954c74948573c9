using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Caching;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// Serves public pages (<see cref="PublicPageAttribute"/>) from memory, already compressed, for as long as the
/// organization's content stamp is unchanged: a publish on any node bumps the stamp, so every node's copy stops
/// matching. A hit costs a dictionary lookup and a copy of bytes — no authentication, rendering, database or
/// compression. Runs after routing (to see the endpoint's mark) and before authentication: a request carrying the
/// staff sign-in cookie is never served from, nor stored in, the cache, so staff always see the live page.
/// </summary>
public sealed class PublicPageCache(RequestDelegate next, PageStore store, ContentStampMemo stamps)
{
    /// <summary>Headers that belong to one response, not to the page (Kestrel or the cache writes them).</summary>
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.ContentEncoding, HeaderNames.TransferEncoding, HeaderNames.Date,
        HeaderNames.Vary, HeaderNames.ETag, HeaderNames.SetCookie,
    };

    private static readonly StringValues VaryByEncoding = new(HeaderNames.AcceptEncoding);

    /// <summary>Pages being rendered now: concurrent misses of one page wait for the first instead of all rendering it.</summary>
    private readonly ConcurrentDictionary<PageKey, Task<CachedPage?>> rendering = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // The same rule that sends a request's reads to the replica: a GET or HEAD with no staff cookie and no
        // Authorization header, outside /staff.
        if (!PublicReadRouting.IsAnonymousPublicRead(request)
            || context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null
            || context.Organization() is not { } organization)
        {
            await next(context);
            return;
        }

        if (!stamps.TryGet(organization.Id, out var stamp))
        {
            stamp = await context.RequestServices.GetRequiredService<ContentVersion>().CurrentAsync(organization.Id, context.RequestAborted);
        }

        var key = new PageKey(request.Host.Value ?? "", request.Path.Value ?? "", request.QueryString.Value ?? "",
            CultureInfo.CurrentUICulture.Name, organization.Id, stamp);
        var isHead = HttpMethods.IsHead(request.Method);
        if (store.TryGet(key, out var page))
        {
            await ServeAsync(context, page, isHead);
        }
        else
        {
            // A HEAD renders the page as a GET would and keeps it: HEADs alone must not make the server draw a PDF
            // again and again.
            await RenderOnceAsync(context, key, isHead);
        }
    }

    /// <summary>
    /// After a publication every visitor of a busy page misses at the same moment; the first renders, the others
    /// wait for its copy. When it turns out not to be keepable (an error, a cookie), each renders its own.
    /// </summary>
    private async Task RenderOnceAsync(HttpContext context, PageKey key, bool isHead)
    {
        var mine = new TaskCompletionSource<CachedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = rendering.GetOrAdd(key, mine.Task);
        if (inFlight != mine.Task)
        {
            if (await inFlight.WaitAsync(context.RequestAborted) is { } rendered)
            {
                await ServeAsync(context, rendered, isHead);
                return;
            }

            await RenderAndKeepAsync(context, key, isHead);
            return;
        }

        CachedPage? page = null;
        try
        {
            page = await RenderAndKeepAsync(context, key, isHead);
        }
        finally
        {
            mine.SetResult(page);
            rendering.TryRemove(new KeyValuePair<PageKey, Task<CachedPage?>>(key, mine.Task));
        }
    }

    /// <summary>A miss: the page renders into memory; a 200 without cookies is kept, anything else goes out as rendered.</summary>
    private async Task<CachedPage?> RenderAndKeepAsync(HttpContext context, PageKey key, bool isHead)
    {
        var response = context.Response;
        var original = response.Body;
        using var rendered = new MemoryStream();
        response.Body = rendered;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var body = rendered.GetBuffer().AsSpan(0, (int)rendered.Length);
        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted && rendered.Length <= store.LargestPage
            && !response.Headers.ContainsKey(HeaderNames.SetCookie) && !response.Headers.ContainsKey(HeaderNames.ContentEncoding))
        {
            var page = CachedPage.Create(response.Headers.Where(h => !NotKept.Contains(h.Key)), body);
            store.Keep(key, page);
            await ServeAsync(context, page, isHead);
            return page;
        }

        // An empty body is not written: the status-code pages further out must still see a response they may fill.
        if (rendered.Length > 0)
        {
            await original.WriteAsync(rendered.GetBuffer().AsMemory(0, (int)rendered.Length), context.RequestAborted);
        }

        return null;
    }

    private static Task ServeAsync(HttpContext context, CachedPage page, bool isHead)
    {
        var response = context.Response;
        var headers = response.Headers;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.ETag = page.ETag;
        headers.Vary = VaryByEncoding;
        if (IsNotModified(context.Request.Headers.IfNoneMatch, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = default;
            return Task.CompletedTask;
        }

        var coding = ContentCodings.Choose(context.Request.Headers.AcceptEncoding);
        if (ContentCodings.HeaderValue(coding) is { } encoding)
        {
            headers.ContentEncoding = encoding;
        }

        var body = page.Body(coding);
        response.ContentLength = body.Length;
        return isHead ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static bool IsNotModified(StringValues ifNoneMatch, StringValues etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        var tag = etag.ToString();
        foreach (var value in ifNoneMatch)
        {
            if (value is not null && (value.Trim() == "*" || value.Contains(tag, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
