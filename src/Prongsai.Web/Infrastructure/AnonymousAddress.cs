using System.Security.Cryptography;
using System.Text;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The client address as a short-lived keyed hash, for rate limits on public forms: an anonymous complainant's
/// address is never a key in any store. The key is random per process and never written anywhere, so the hash
/// cannot be reversed by trying every address, and it means nothing after a restart. With a shared Redis
/// (Prongsai:Redis) the nodes share one random key kept there for a day (SharedAddressKey), so their counters agree.
/// </summary>
public static class AnonymousAddress
{
    private static readonly byte[] ProcessKey = RandomNumberGenerator.GetBytes(32);

    public static string Of(HttpContext context) =>
        Hash(ClientAddress.Of(context), KeyFor(context));

    /// <summary>A keyed hash of any text (rate-limit partition names become Redis keys through it).</summary>
    public static string Hash(string text, byte[] key)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    public static byte[] KeyFor(HttpContext context) =>
        context.RequestServices.GetService<SharedAddressKey>()?.Current ?? ProcessKey;
}
