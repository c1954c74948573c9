using System.Security.Cryptography;
using System.Text;

namespace Prongsai.Core.Requests;

/// <summary>
/// Tracking codes (รหัสติดตามเรื่อง): 16 characters of Crockford's base32 (no I, L, O, U), 80 random bits, shown as
/// four groups (7K3Q-M9XD-2HFA-8RWT). Only the SHA-256 of the normalized code is stored (unique index): someone who
/// reads a backup of the database cannot open a complainant's status page, and with 80 random bits no salt is needed
/// to keep a guessing table out of reach. Typing is forgiving: case, spaces and dashes are ignored, O reads as 0 and
/// I or L as 1.
/// </summary>
public static class TrackingCodes
{
    public const int Length = 16;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>"7K3QM9XD2HFA8RWT" → "7K3Q-M9XD-2HFA-8RWT".</summary>
    public static string Format(string code) =>
        code.Length == Length ? string.Join('-', code.Chunk(4).Select(c => new string(c))) : code;

    /// <summary>The canonical 16 characters, or null when the text cannot be a code (nothing more is said about why).</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrEmpty(typed) || typed.Length > 64)
        {
            return null;
        }

        var code = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '\u00A0')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || code.Length == Length)
            {
                return null;
            }

            code.Append(upper);
        }

        return code.Length == Length ? code.ToString() : null;
    }

    public static string Hash(string normalizedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalizedCode)));
}
