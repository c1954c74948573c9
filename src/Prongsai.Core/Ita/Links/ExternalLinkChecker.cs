using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Prongsai.Core.Ita.Checklist;

namespace Prongsai.Core.Ita.Links;

/// <summary>What the checker found at an address.</summary>
public sealed record LinkCheckResult(LinkCheckOutcome Outcome, string Message);

/// <summary>
/// Opens an external evidence link as an assessor would and says whether it shows data: the HTTP status, redirects
/// followed one by one (at most <see cref="LinkCheckerOptions.MaxRedirects"/>), not a login page, not an empty page.
/// Every connection — the first and each redirect's — resolves the host and connects only to addresses the policy
/// allows (<see cref="AddressPolicy"/>; SocketsHttpHandler.ConnectCallback), so DNS tricks and redirects to the
/// server's own network are refused at connect time.
/// </summary>
public sealed partial class ExternalLinkChecker : IDisposable
{
    private const int MaxBodyBytes = 512 * 1024;
    private readonly HttpClient client;
    private readonly LinkCheckerOptions options;

    public ExternalLinkChecker(IOptions<LinkCheckerOptions> options)
        : this(options.Value, options.Value.AllowPrivateAddresses ? _ => true : AddressPolicy.IsPublic)
    {
    }

    /// <param name="allowAddress">Which resolved addresses may be connected to (tests narrow it to their loopback server).</param>
    public ExternalLinkChecker(LinkCheckerOptions options, Func<IPAddress, bool> allowAddress)
    {
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var host = context.DnsEndPoint.Host;
                var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
                var allowed = addresses.Where(allowAddress).ToArray();
                if (allowed.Length == 0)
                {
                    throw new RefusedAddressException(host);
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Prongsai-ITA-LinkChecker/1.0");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf,*/*;q=0.8");
    }

    public async Task<LinkCheckResult> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        try
        {
            for (var hop = 0; hop <= options.MaxRedirects; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return new(LinkCheckOutcome.HttpError, "เปลี่ยนเส้นทางไปยังที่อยู่ที่ไม่ใช่ http(s)");
                }

                if (!seen.Add(current.AbsoluteUri))
                {
                    return new(LinkCheckOutcome.TooManyRedirects, "เปลี่ยนเส้นทางวนกลับมาที่เดิม");
                }

                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (status is 404 or 410)
                {
                    return new(LinkCheckOutcome.NotFound, $"HTTP {status}");
                }

                if (status is < 200 or >= 300)
                {
                    return new(LinkCheckOutcome.HttpError, $"HTTP {status}");
                }

                return await ReadPageAsync(current, response, timeout.Token);
            }

            return new(LinkCheckOutcome.TooManyRedirects, $"เปลี่ยนเส้นทางเกิน {options.MaxRedirects} ครั้ง");
        }
        catch (HttpRequestException ex) when (ex.InnerException is RefusedAddressException || ex.GetBaseException() is RefusedAddressException)
        {
            return new(LinkCheckOutcome.Refused, "ไม่ตรวจที่อยู่ภายในเครือข่าย: " + current.Host);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(LinkCheckOutcome.Unreachable, $"หมดเวลา ({options.TimeoutSeconds} วินาที)");
        }
        catch (HttpRequestException ex)
        {
            return new(LinkCheckOutcome.Unreachable, ex.HttpRequestError.ToString());
        }
    }

    private static async Task<LinkCheckResult> ReadPageAsync(Uri finalUrl, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (LoginPath().IsMatch(finalUrl.AbsolutePath))
        {
            return new(LinkCheckOutcome.LoginPage, "ไปจบที่หน้าเข้าสู่ระบบ " + finalUrl.AbsolutePath);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBodyBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length == 0)
        {
            return new(LinkCheckOutcome.EmptyPage, "หน้าว่าง ไม่มีเนื้อหา");
        }

        if (!mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return new(LinkCheckOutcome.Ok, mediaType.Length == 0 ? "เปิดได้" : "เปิดได้ (" + mediaType + ")");
        }

        var html = Encoding.UTF8.GetString(buffer, 0, length);
        if (PasswordInput().IsMatch(html))
        {
            return new(LinkCheckOutcome.LoginPage, "หน้านี้ขอรหัสผ่าน (หน้าเข้าสู่ระบบ)");
        }

        var text = Whitespace().Replace(Tags().Replace(Hidden().Replace(html, " "), " "), " ").Trim();
        return text.Length < 20
            ? new(LinkCheckOutcome.EmptyPage, "หน้าไม่มีเนื้อหาที่อ่านได้")
            : new(LinkCheckOutcome.Ok, "เปิดได้");
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex(@"(^|/)(login|signin|sign-in|logon|auth|wp-login\.php)(/|$|\.)", RegexOptions.IgnoreCase)]
    private static partial Regex LoginPath();

    [GeneratedRegex(@"<input[^>]+type\s*=\s*[""']?password", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordInput();

    [GeneratedRegex(@"<(script|style|head|noscript)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+|&nbsp;")]
    private static partial Regex Whitespace();
}
