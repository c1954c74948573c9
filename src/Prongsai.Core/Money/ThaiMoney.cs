using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Core.Money;

/// <summary>An amount read from what a person typed, or the Thai reason it could not be read.</summary>
public readonly record struct AmountResult(decimal? Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Baht amounts as Thai offices write them: "1,234,567.50", "1234567.5 บาท", "๑,๒๓๔.๕๐", "12,000.-". Stored with two
/// decimals; shown with thousands separators and two decimals, as official forms print them.
/// </summary>
public static partial class ThaiMoney
{
    /// <summary>Database precision of every amount: up to 9,999,999,999,999,999.99 fits; <see cref="Max"/> is far below.</summary>
    public const int Precision = 18;
    public const int Scale = 2;

    /// <summary>
    /// The largest amount accepted (one trillion baht — above the whole national budget), so a typo such as 10^20
    /// is refused instead of stored.
    /// </summary>
    public const decimal Max = 1_000_000_000_000m;

    private const string Example = "เช่น 12,500.00 หรือ 12500";

    /// <summary>Reads an amount. Blank gives an error when <paramref name="required"/>, otherwise no value.</summary>
    public static AmountResult Parse(string? text, bool required = true, bool allowZero = true)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return required ? new AmountResult(null, $"กรุณากรอกจำนวนเงิน ({Example})") : new AmountResult(null, null);
        }

        if (normalized.StartsWith('-') || normalized.StartsWith('(') || normalized.StartsWith('−'))
        {
            return new AmountResult(null, $"จำนวนเงินต้องไม่ติดลบ: \"{PlainText.Typed(text, 41)}\"");
        }

        if (!AmountPattern().IsMatch(normalized))
        {
            return new AmountResult(null, $"อ่านจำนวนเงินไม่ได้: \"{PlainText.Typed(text, 41)}\" ({Example}; ใส่จุลภาคคั่นทุกสามหลัก)");
        }

        if (!decimal.TryParse(normalized.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value) || value > Max)
        {
            return new AmountResult(null, $"จำนวนเงินมากเกินไป: \"{PlainText.Typed(text, 41)}\" (ไม่เกิน {Format(Max)} บาท)");
        }

        if (decimal.Round(value, Scale) != value)
        {
            return new AmountResult(null, $"จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์): \"{PlainText.Typed(text, 41)}\"");
        }

        if (!allowZero && value == 0)
        {
            return new AmountResult(null, "จำนวนเงินต้องมากกว่าศูนย์");
        }

        return new AmountResult(value, null);
    }

    /// <summary>"1,234,567.50": thousands separators and two decimals, as the official forms print amounts.</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Thai digits, the word บาท, spaces, a trailing ".-" or "-" and surrounding quotes are not part of the number.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var s = ThaiDigits.ToAscii(text).Trim().Trim('"', '\'', '“', '”');
        s = WhitespacePattern().Replace(s, "");
        foreach (var suffix in new[] { "บาท", "บ.", "฿" })
        {
            s = s.Replace(suffix, "", StringComparison.Ordinal);
        }

        if (s.StartsWith('฿'))
        {
            s = s[1..];
        }

        if (s.EndsWith(".-", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('-') && s.Length > 1)
        {
            s = s[..^1];
        }

        return s;
    }


    /// <summary>Digits with correctly placed thousands separators (or none), then at most a few decimals.</summary>
    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
