using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Each rendered form is accepted once. Every <c>&lt;form method="post"&gt;</c> carries a one-time submission id
/// (<see cref="SubmitOnceTagHelper"/>). The first POST with an id runs as usual and its successful answer (2xx/3xx: status,
/// Location, content type, body) is kept for <see cref="Lifetime"/>; the same id posted again to the same address by
/// the same member with the same rights (or, signed out, the same browser: its antiforgery cookie) gets that answer
/// back — the same receipt, the same tracking code, the same redirect — without the handler running again. A second
/// POST that arrives while the first still runs waits for it. A refusal (4xx) or a crash is not kept, so the corrected
/// form can be sent again with the same id. Posts without an id (API clients, pages rendered before) run as today. The
/// memory is this node's only (docs/decisions.md).
/// </summary>
public sealed class SubmitOnce(RequestDelegate next, SubmittedForms forms)
{
    public const string FieldName = "__Submission";

    /// <summary>The antiforgery cookie (Program.cs): who a signed-out sender is.</summary>
    public const string AntiforgeryCookie = "prongsai.af";

    /// <summary>How long a sent form's answer is kept for a repeat.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>A new id: 32 random bytes, URL-safe Base64 (43 characters).</summary>
    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task InvokeAsync(HttpContext context)
    {
        var key = await KeyAsync(context);
        if (key is null)
        {
            await next(context);
            return;
        }

        while (true)
        {
            if (forms.Answered(key) is { } answered)
            {
                await answered.ReplayAsync(context);
                return;
            }

            var mine = new TaskCompletionSource<SentAnswer?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = forms.Start(key, mine.Task);
            if (running != mine.Task)
            {
                // The same form is being handled right now (a double click): wait for its answer.
                if (await running.WaitAsync(context.RequestAborted) is { } first)
                {
                    await first.ReplayAsync(context);
                    return;
                }

                // The first was refused or failed: this one is handled on its own (another round, in case a third waits too).
                continue;
            }

            SentAnswer? answer = null;
            try
            {
                answer = await RunAndKeepAsync(context);
                if (answer is not null)
                {
                    forms.Remember(key, answer);
                }
            }
            finally
            {
                forms.Finish(key);
                mine.SetResult(answer);
            }

            return;
        }
    }

    /// <summary>The key of a form POST carrying a well-formed id, for the member or browser that sent it; null otherwise.</summary>
    private static async Task<string?> KeyAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return null;
        }

        string? id;
        try
        {
            id = (await request.ReadFormAsync(context.RequestAborted))[FieldName].ToString();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A malformed or oversized form is answered downstream (400/413).
            return null;
        }

        if (id.Length is < 16 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var browser = request.Cookies[AntiforgeryCookie];
        var who = user is not null ? "member:" + user + "\n" + await RightsAsync(context)
            : browser is not null ? "browser:" + browser : null;
        if (who is null)
        {
            return null;
        }

        var text = string.Join('\n', who, request.Path.Value, request.QueryString.Value, id);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// What the member may do here: their organization, roles and departments as the handler will see them (the
    /// request's <see cref="StaffSession"/>, which loads them once per request). A kept answer was rendered under
    /// these rights — a revealed identity, a one-time password — so once they change, a repeat is a new request and
    /// meets the handler's own checks again.
    /// </summary>
    private static async Task<string> RightsAsync(HttpContext context)
    {
        var actor = await context.RequestServices.GetRequiredService<StaffSession>().GetActorAsync(context.RequestAborted);
        return string.Join('|', actor.OrganizationId, actor.IsOperator, string.Join(',', actor.Roles.Order()),
            string.Join(',', actor.DepartmentIds.Order()));
    }

    private async Task<SentAnswer?> RunAndKeepAsync(HttpContext context)
    {
        var response = context.Response;
        var original = response.Body;
        await using var copy = new CopyingStream(original, SubmittedForms.MaxAnswerBytes);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        return response.StatusCode is >= 200 and < 400 && copy.Copied is { } body
            ? new SentAnswer(response.StatusCode, response.Headers.Location.ToString(), response.ContentType,
                response.Headers.ContentDisposition.ToString(), response.Headers.CacheControl.ToString(), body)
            : null;
    }
}

/// <summary>A kept answer: what a repeat of the form gets instead of running the handler again. Cookies are not kept.</summary>
public sealed record SentAnswer(int Status, string Location, string? ContentType, string ContentDisposition, string CacheControl, byte[] Body)
{
    public async Task ReplayAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        SetIfAny(response.Headers, HeaderNames.Location, Location);
        SetIfAny(response.Headers, HeaderNames.ContentDisposition, ContentDisposition);
        SetIfAny(response.Headers, HeaderNames.CacheControl, CacheControl);
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, context.RequestAborted);
    }

    private static void SetIfAny(IHeaderDictionary headers, string name, string value)
    {
        if (value.Length > 0)
        {
            headers[name] = value;
        }
    }
}

/// <summary>
/// The answers of forms sent in the last <see cref="SubmitOnce.Lifetime"/> on this node, and the forms being handled
/// right now. Bounded: an answer over <see cref="MaxAnswerBytes"/> is not kept, and all together stay under
/// <see cref="MaxTotalBytes"/> (the oldest make room).
/// </summary>
public sealed class SubmittedForms : IDisposable
{
    public const int MaxAnswerBytes = 512 * 1024;
    public const long MaxTotalBytes = 32L * 1024 * 1024;

    private readonly MemoryCache answered = new(new MemoryCacheOptions { SizeLimit = MaxTotalBytes, CompactionPercentage = 0.25 });
    private readonly ConcurrentDictionary<string, Task<SentAnswer?>> running = new(StringComparer.Ordinal);

    public SentAnswer? Answered(string key) => answered.TryGetValue(key, out SentAnswer? answer) ? answer : null;

    /// <summary>Marks the form as being handled by <paramref name="handling"/>; returns the task already doing it, if any.</summary>
    public Task<SentAnswer?> Start(string key, Task<SentAnswer?> handling) => running.GetOrAdd(key, handling);

    public void Finish(string key) => running.TryRemove(key, out _);

    public void Remember(string key, SentAnswer answer) =>
        answered.Set(key, answer, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = SubmitOnce.Lifetime,
            Size = answer.Body.Length + 512,
        });

    public void Dispose() => answered.Dispose();
}

/// <summary>Writes through to the response and keeps a copy of the first <c>limit</c> bytes; over the limit, no copy.</summary>
internal sealed class CopyingStream(Stream inner, int limit) : Stream
{
    private MemoryStream? copy = new();

    /// <summary>The whole body written, or null when it passed the limit.</summary>
    public byte[]? Copied => copy?.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (copy is null)
        {
            return;
        }

        if (copy.Length + buffer.Length > limit)
        {
            copy.Dispose();
            copy = null;
            return;
        }

        copy.Write(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            copy?.Dispose();
        }

        base.Dispose(disposing);
    }
}
