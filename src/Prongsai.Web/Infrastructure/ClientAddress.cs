using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The client as the connection (after the forwarded-headers middleware, which believes only configured proxies)
/// reports it: the key of sign-in throttling and rate limits. An IPv6 client is its /64 network, not its address:
/// a home or mobile connection is given a whole /64 and may pick any of its 2^64 addresses, so counting each
/// address apart would let one phone post without limit. An IPv4 address in IPv6 form counts as the IPv4 address.
/// </summary>
public static class ClientAddress
{
    public const int Ipv6PrefixBits = 64;

    public static string Of(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6PrefixBits / 8, bytes.Length - (Ipv6PrefixBits / 8));
        return new IPAddress(bytes).ToString() + "/" + Ipv6PrefixBits.ToString(CultureInfo.InvariantCulture);
    }
}
