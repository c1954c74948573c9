using System.Globalization;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Host names in the one form they are stored and compared in: lower case, without the root's trailing dot
/// ("bangkha.go.th." names the same host as "bangkha.go.th"), and a Thai domain name (อบตบางขา.go.th) in its ASCII
/// form (xn--…, IDNA), the form DNS and the browser's Host header carry. People see both forms (<see cref="Display"/>).
/// </summary>
public static class HostNames
{
    /// <summary>
    /// The host as stored: trimmed, without a trailing dot, in ASCII and lower case. A name IDNA cannot write (a label
    /// too long, a character no domain may hold) comes back lower-cased as typed, for the caller's shape check to refuse.
    /// </summary>
    public static string Normalize(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim().TrimEnd('.');
        if (name.Length > 0 && !name.All(char.IsAscii))
        {
            try
            {
                name = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(name);
            }
            catch (ArgumentException)
            {
                // Not a domain name; the shape check says so.
            }
        }

        return name.ToLowerInvariant();
    }

    /// <summary>The name as people read it: a Thai domain in Thai, any other as it is.</summary>
    public static string Unicode(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!host.Contains("xn--", StringComparison.Ordinal))
        {
            return host;
        }

        try
        {
            return new IdnMapping().GetUnicode(host);
        }
        catch (ArgumentException)
        {
            return host;
        }
    }

    /// <summary>"xn--…go.th (อบตบางขา.go.th)" for a Thai domain, so the one who approves it sees what the other typed; any other as it is.</summary>
    public static string Display(string host)
    {
        var unicode = Unicode(host);
        return string.Equals(unicode, host, StringComparison.Ordinal) ? host : $"{host} ({unicode})";
    }
}
