using System.Globalization;
using System.Text;
using Prongsai.Core.Calendar;

namespace Prongsai.Core.Text;

/// <summary>What came of reading a whole number typed by a person.</summary>
public readonly record struct TypedWholeNumber(int? Value, string? Problem)
{
    public bool IsEmpty => Value is null && Problem is null;
}

/// <summary>
/// The one reading of numbers, telephone numbers and contacts typed into the public forms: Thai digits (๐–๙) count as
/// digits everywhere, spaces and the usual separators are allowed, and each kind of mistake has its own message.
/// </summary>
public static class TypedNumbers
{
    /// <summary>
    /// A whole number as typed ("2", "๒", " 1,000 "): empty gives neither value nor problem; letters give
    /// "กรอกเป็นตัวเลข"; more than <paramref name="maximum"/> (or too long to read) gives "มากเกินไป".
    /// </summary>
    public static TypedWholeNumber ReadWhole(string? text, string label, int maximum = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        var plain = ThaiDigits.ToAscii(text.Trim()).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var negative = plain.StartsWith('-');
        var digits = negative || plain.StartsWith('+') ? plain[1..] : plain;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return new TypedWholeNumber(null, $"กรุณากรอก{label}เป็นตัวเลข เช่น 2");
        }

        if (negative)
        {
            return new TypedWholeNumber(null, $"{label}ต้องไม่ติดลบ");
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > maximum)
        {
            return new TypedWholeNumber(null, $"{label}มากเกินไป");
        }

        return new TypedWholeNumber(value, null);
    }

    /// <summary>
    /// A Thai telephone number as it will be dialled (digits only, Thai digits and +66 accepted), or null when it is
    /// not one: nine digits for a landline, ten for a mobile, starting with 0.
    /// </summary>
    public static string? TelephoneNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (ThaiDigits.IsThaiDigit(c))
            {
                digits.Append(ThaiDigits.ToAscii(c.ToString()));
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (text.TrimStart().StartsWith('+'))
        {
            number = number.StartsWith("66", StringComparison.Ordinal) ? "0" + number[2..] : "";
        }

        return number.Length is 9 or 10 && number[0] == '0' ? number : null;
    }

    /// <summary>The message for a contact that is neither a Thai telephone number nor an e-mail address, or null when it is one.</summary>
    public static string? ContactProblem(string contact) =>
        IsTelephoneOrEmail(contact) ? null : "กรุณากรอกเบอร์โทรศัพท์ (ตัวเลข 9–10 หลัก) หรืออีเมลที่ถูกต้อง";

    /// <summary>Whether a contact is a Thai telephone number (Thai digits accepted) or an e-mail address.</summary>
    public static bool IsTelephoneOrEmail(string contact)
    {
        var trimmed = contact.Trim();
        return trimmed.Contains('@', StringComparison.Ordinal) ? IsEmail(trimmed) : TelephoneNumber(trimmed) is not null;
    }

    private static bool IsEmail(string text) =>
        System.Net.Mail.MailAddress.TryCreate(text, out var address) && address.Address == text;
}
