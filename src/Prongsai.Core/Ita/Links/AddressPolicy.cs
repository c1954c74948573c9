using System.Net;
using System.Net.Sockets;

namespace Prongsai.Core.Ita.Links;

/// <summary>
/// Which addresses the link checker may connect to: public ones only. Loopback, private (RFC 1918, CGNAT, IPv6
/// unique-local), link-local (cloud metadata lives there), unspecified, multicast and reserved addresses are
/// refused, so an evidence link can never make the server probe its own network.
/// </summary>
public static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
                || b[0] >= 224);
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast
                || (b[0] == 0x00 && b.Take(15).All(x => x == 0)) // ::, ::1
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)); // documentation
        }

        return false;
    }
}

/// <summary>Thrown from the connect step when every address of a host is refused; the checker reports it as such.</summary>
public sealed class RefusedAddressException(string host) : IOException($"Refused to connect to {host}: not a public address.");
