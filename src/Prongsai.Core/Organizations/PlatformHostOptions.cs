using System.Net;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Prongsai:PlatformHosts — the host names the platform itself answers on (where /{org}/… paths live).
/// No organization may claim them, and a request to them is never served as one organization.
/// </summary>
public sealed class PlatformHostOptions
{
    public const string Section = "Prongsai";

    public List<string> PlatformHosts { get; set; } = [];

    /// <summary>
    /// A host that can never be an organization's own: the platform's, localhost (and its subdomains, which
    /// resolve to the machine itself) and IP literals (they name a machine, not an organization).
    /// </summary>
    public bool IsReserved(string host)
    {
        var name = Normalize(host);
        return name.Length == 0
            || name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal)
            || IPAddress.TryParse(name.Trim('[', ']'), out _)
            || PlatformHosts.Any(p => Normalize(p) == name);
    }

    public static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
