using System.Globalization;

namespace Prongsai.Core.Money;

/// <summary>
/// An amount in Thai words as official forms write it beside the figure: 12,000 → "หนึ่งหมื่นสองพันบาทถ้วน",
/// 1,234.50 → "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์". Millions repeat ("หนึ่งล้านล้าน"); the tens of a group use
/// "เอ็ด" for a final one after another digit and "ยี่" for two tens, as the Royal Institute spells them.
/// </summary>
public static class BahtText
{
    private static readonly string[] Digits = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
    private static readonly string[] Places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

    /// <summary>The amount in words; it must be zero or more with at most two decimals (stang).</summary>
    public static string Format(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var rounded = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        var baht = decimal.Truncate(rounded);
        var satang = (int)((rounded - baht) * 100);
        var text = baht == 0 && satang > 0 ? "" : Number(baht) + "บาท";
        return satang == 0 ? text + "ถ้วน" : text + Number(satang) + "สตางค์";
    }

    /// <summary>A whole number in words ("ศูนย์" for zero).</summary>
    public static string Number(decimal whole)
    {
        if (whole == 0)
        {
            return Digits[0];
        }

        var digits = decimal.Truncate(whole).ToString(CultureInfo.InvariantCulture);
        // Groups of six digits from the right; every group above the last is followed by ล้าน.
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 6)
        {
            groups.Insert(0, digits[Math.Max(0, end - 6)..end]);
        }

        var words = "";
        for (var i = 0; i < groups.Count; i++)
        {
            words += Group(groups[i], hasHigher: i > 0 && words.Length > 0);
            if (i < groups.Count - 1)
            {
                words += "ล้าน";
            }
        }

        return words;
    }

    private static string Group(string group, bool hasHigher)
    {
        var words = "";
        var length = group.Length;
        for (var i = 0; i < length; i++)
        {
            var digit = group[i] - '0';
            var place = length - i - 1;
            if (digit == 0)
            {
                continue;
            }

            words += place switch
            {
                1 when digit == 1 => "สิบ",
                1 when digit == 2 => "ยี่สิบ",
                0 when digit == 1 && (words.Length > 0 || hasHigher) => "เอ็ด",
                _ => Digits[digit] + Places[place],
            };
        }

        return words;
    }
}
