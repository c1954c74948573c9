using System.Text;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A return address a visitor supplied (the language switch, the sign-in form), made safe to send back in a
/// <c>Location</c> header: a path on this site only, with every character outside printable ASCII percent-encoded.
/// Kestrel refuses a header with a Thai letter in it (a 500), and the query value arrives decoded, so
/// <c>/%E0%B8%81</c> is "/ก" here and goes back out as <c>/%E0%B8%81</c>.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>
    /// A path on this site only. Control characters and white space are refused outright: browsers drop a
    /// tab or line break, so "/\t/evil.example" would become the protocol-relative "//evil.example".
    /// </summary>
    public static bool IsSafe(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');

    /// <summary>The address to put in <c>Location</c>, or <paramref name="fallback"/> when it is not a safe local path.</summary>
    public static string ForLocation(string? url, string fallback)
    {
        if (!IsSafe(url))
        {
            return fallback;
        }

        var encoded = new StringBuilder(url!.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\u007f' and not ('"' or '<' or '>' or '`' or '{' or '}' or '|' or '^'))
            {
                encoded.Append(c);
                continue;
            }

            // A surrogate pair is one character; a lone surrogate becomes U+FFFD.
            var length = char.IsSurrogatePair(url, i)
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
