using System.Security.Cryptography;
using System.Text;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The client address as a short-lived keyed hash, for rate limits on public forms: an anonymous complainant's
/// address is never a key in any store. The key is random per process and never written anywhere, so the hash
/// cannot be reversed by trying every address, and it means nothing after a restart.
/// </summary>
public static class AnonymousAddress
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var hash = HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(address));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
