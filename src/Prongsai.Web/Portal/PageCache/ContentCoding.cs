using Microsoft.Extensions.Primitives;

namespace Prongsai.Web.Portal.PageCache;

public enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}

/// <summary>Which stored body a client takes, from its Accept-Encoding: Brotli, else gzip, else none.</summary>
public static class ContentCodings
{
    public static ContentCoding Choose(StringValues acceptEncoding)
    {
        var brotli = false;
        var gzip = false;
        foreach (var value in acceptEncoding)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var part in value.AsSpan().Split(','))
            {
                var item = value.AsSpan()[part].Trim();
                var semicolon = item.IndexOf(';');
                var name = (semicolon < 0 ? item : item[..semicolon]).Trim();
                if (semicolon >= 0 && Refused(item[(semicolon + 1)..]))
                {
                    continue;
                }

                brotli |= name.Equals("br", StringComparison.OrdinalIgnoreCase);
                gzip |= name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("*", StringComparison.Ordinal);
            }
        }

        return brotli ? ContentCoding.Brotli : gzip ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    public static string? HeaderValue(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => "br",
        ContentCoding.Gzip => "gzip",
        _ => null,
    };

    /// <summary>"q=0" (or 0.0, 0.00…) means the client refuses the coding.</summary>
    private static bool Refused(ReadOnlySpan<char> parameters)
    {
        var trimmed = parameters.Trim();
        if (!trimmed.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var quality = trimmed[2..].Trim();
        return quality.Length > 0 && quality[0] == '0' && !quality.ContainsAnyInRange('1', '9');
    }
}
