using Prongsai.Core.Common;

namespace Prongsai.Core.Organizations;

/// <summary>One of the office's own pages on a social network, as the website links it.</summary>
public sealed record OnlineChannel(string Thai, string English, string Url);

/// <summary>
/// The office's Facebook page, LINE Official Account and YouTube channel: where most local governments talk with their
/// people day to day. The contact page and the footer link them, and the ITA's Social Network item (classic O9) is
/// answered by the contact page once one is given. Each must be an https address on its network's own host, so the
/// website never links a look-alike; a clerk may paste it without "https://".
/// </summary>
public static class OnlineChannels
{
    public const int Length = 300;

    private static readonly (string Field, string Thai, string English, string Example, string[] Hosts)[] Networks =
    [
        ("FacebookUrl", "เพจ Facebook", "Facebook page", "https://www.facebook.com/bangkha.sao",
            ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com", "fb.com", "www.fb.com", "fb.me"]),
        ("LineUrl", "LINE Official Account", "LINE Official Account", "https://lin.ee/AbCdEfG",
            ["line.me", "page.line.me", "lin.ee"]),
        ("YouTubeUrl", "ช่อง YouTube", "YouTube channel", "https://www.youtube.com/@bangkha",
            ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"]),
    ];

    /// <summary>The channels the organization has given, in a fixed order.</summary>
    public static IReadOnlyList<OnlineChannel> Of(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        string?[] urls = [organization.FacebookUrl, organization.LineUrl, organization.YouTubeUrl];
        return Networks.Zip(urls).Where(n => n.Second is not null)
            .Select(n => new OnlineChannel(n.First.Thai, n.First.English, n.Second!)).ToList();
    }

    public static bool Any(Organization organization) => Of(organization).Count > 0;

    /// <summary>
    /// The three addresses as they will be kept (https, trimmed; null when blank), or the errors beside their fields.
    /// </summary>
    public static (string? Facebook, string? Line, string? YouTube) Normalize(List<Error> errors, string? facebook, string? line, string? youTube)
    {
        ArgumentNullException.ThrowIfNull(errors);
        string?[] typed = [facebook, line, youTube];
        var kept = Networks.Zip(typed).Select(n => Normalize(errors, n.First, n.Second)).ToArray();
        return (kept[0], kept[1], kept[2]);
    }

    private static string? Normalize(List<Error> errors, (string Field, string Thai, string English, string Example, string[] Hosts) network, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var text = typed.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (text.Length > Length
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || !network.Hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)
            || !string.IsNullOrEmpty(uri.UserInfo)
            || !uri.IsDefaultPort
            || uri.AbsolutePath.Length < 2)
        {
            errors.Add(Error.Invalid($"ลิงก์{network.Thai}ไม่ถูกต้อง ให้คัดลอกจากแถบที่อยู่ของหน้านั้น เช่น {network.Example}", network.Field));
            return null;
        }

        // Kept as https: the networks serve nothing on plain http, and a link that downgrades would be flagged.
        return new UriBuilder(uri) { Scheme = "https", Port = -1 }.Uri.AbsoluteUri;
    }
}
