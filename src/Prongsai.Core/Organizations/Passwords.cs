using System.Security.Cryptography;

namespace Prongsai.Core.Organizations;

/// <summary>One-time passwords for new accounts and resets: random, never a default.</summary>
public static class Passwords
{
    // No look-alike characters (0/O, 1/l/I), so a password read aloud over the phone survives.
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!@#%*-+=?";

    public static string Generate(int length = 16)
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[length];
        // One of each class first, so the password policy is always met.
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[3] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        for (var i = 4; i < length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
