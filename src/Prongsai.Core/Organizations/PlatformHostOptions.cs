using System.Net;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Prongsai:PlatformHosts — the host names the platform itself answers on (where /{org}/… paths live).
/// No organization may claim them, and a request to them is never served as one organization.
/// Prongsai:PublicAddress — the address people reach the platform at ("https://prongsai.example.go.th"), for the links
/// that leave the page they were made on: e-mails, printed posters and QR codes, feeds and sitemaps.
/// </summary>
public sealed class PlatformHostOptions
{
    public const string Section = "Prongsai";

    public List<string> PlatformHosts { get; set; } = [];

    /// <summary>
    /// Without it, an absolute link is made from the address of the request that makes it, which is wrong for a clerk
    /// who opened the back office inside the office (http://192.168.1.10) and cannot be made at all for an e-mail.
    /// </summary>
    public string? PublicAddress { get; set; }

    /// <summary>The configured public address as links begin ("https://host[:port]", no slash at the end), or null.</summary>
    public string? PublicRoot => Parsed()?.Root;

    /// <summary>Whether the setting is absent or an http(s) address with nothing after the host (start-up refuses any other).</summary>
    public bool PublicAddressIsValid => string.IsNullOrWhiteSpace(PublicAddress) || Parsed() is not null;

    /// <summary>
    /// A host that can never be an organization's own: the platform's (its public address included), localhost (and
    /// its subdomains, which resolve to the machine itself) and IP literals (they name a machine, not an organization).
    /// </summary>
    public bool IsReserved(string host)
    {
        var name = Normalize(host);
        return name.Length == 0
            || name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal)
            || IPAddress.TryParse(name.Trim('[', ']'), out _)
            || PlatformHosts.Any(p => Normalize(p) == name)
            || Parsed()?.Host == name;
    }

    /// <summary>The host as stored and compared (<see cref="HostNames.Normalize"/>).</summary>
    public static string Normalize(string host) => HostNames.Normalize(host);

    /// <summary>The address read once (IsReserved runs on every request); the binder sets the text before any read.</summary>
    private ParsedAddress? Parsed()
    {
        var memo = parsed;
        if (memo is null || !string.Equals(memo.From, PublicAddress, StringComparison.Ordinal))
        {
            var uri = ParsePublicAddress(PublicAddress);
            memo = parsed = new ParsedAddress(PublicAddress, uri?.GetLeftPart(UriPartial.Authority), uri is null ? null : Normalize(uri.IdnHost));
        }

        return memo.Root is null ? null : memo;
    }

    private ParsedAddress? parsed;

    private sealed record ParsedAddress(string? From, string? Root, string? Host);

    /// <summary>
    /// Every page lives at the root of its host (the app is not served under a path), so an address with a path, a
    /// query or a fragment would print links that lead nowhere.
    /// </summary>
    private static Uri? ParsePublicAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri
            : null;
}
