using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Text;

namespace Prongsai.Core.Assets;

/// <summary>A cell read: its value, nothing (a blank cell), or the Thai reason it could not be read.</summary>
public readonly record struct CellValue<T>(T? Value, string? Error) where T : struct
{
    public bool IsBlank => Value is null && Error is null;
}

/// <summary>
/// The cells of a register as clerks fill them: counts with a unit ("200 ตัว"), yes and no in the words offices use
/// ("ได้", "ไม่ได้", "✓"), conditions as e-LAAS writes them, dates in พ.ศ. (<see cref="ThaiDateInput"/>) and prices
/// with commas (<see cref="ThaiMoney"/>). From an .xlsx, a date cell arrives as Excel's day number and a price may carry
/// binary noise (1234.5600000000001); <c>fromExcel</c> reads those too.
/// </summary>
public static partial class AssetRegisterCells
{
    /// <summary>The first and last day numbers read as dates: 18 May 1927 to 31 December 9999 (a smaller number is not a date anyone typed).</summary>
    private const double FirstExcelDate = 10_000;
    private const double LastExcelDate = 2_958_465;

    private static readonly string[] Yes = ["ได้", "ใช่", "ให้ยืมได้", "ให้ยืม", "y", "yes", "true", "1", "✓", "✔", "/"];
    private static readonly string[] No = ["ไม่ได้", "ไม่", "ไม่ใช่", "ไม่ให้ยืม", "ห้ามยืม", "n", "no", "false", "0", "-", "✗", "✘"];

    public static CellValue<int> Quantity(string? text)
    {
        var t = Squeeze(text);
        if (t.Length == 0)
        {
            return default;
        }

        var match = QuantityPattern().Match(t);
        if (!match.Success || !long.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return new(null, $"อ่านจำนวน \"{PlainText.Typed(text, 41)}\" ไม่ได้ กรอกเป็นจำนวนเต็ม เช่น 1 หรือ 200");
        }

        // Beyond the register's range the rule says so (AssetRules), with the range.
        return new((int)Math.Min(n, int.MaxValue), null);
    }

    public static CellValue<bool> Lendable(string? text)
    {
        var t = Squeeze(text).ToLowerInvariant();
        if (t.Length == 0)
        {
            return default;
        }

        return Yes.Contains(t) ? new(true, null)
            : No.Contains(t) ? new(false, null)
            : new(null, $"อ่าน \"{PlainText.Typed(text, 41)}\" ไม่ได้ กรอก \"ได้\" หรือ \"ไม่ได้\"");
    }

    public static CellValue<AssetCondition> Condition(string? text)
    {
        var t = Squeeze(text);
        if (t.Length == 0)
        {
            return default;
        }

        // "ปกติ ใช้งานได้" (the download's own words), "ดี", "ใช้งานได้"; "ชำรุด", "ชำรุดรอซ่อม", "เสื่อมสภาพ"; "สูญหาย".
        if (t.Contains("สูญหาย", StringComparison.Ordinal) || t == "หาย")
        {
            return new(AssetCondition.Lost, null);
        }

        if (t.Contains("ชำรุด", StringComparison.Ordinal) || t.Contains("เสื่อมสภาพ", StringComparison.Ordinal) || t.Contains("ซ่อม", StringComparison.Ordinal)
            || t.Contains("ใช้งานไม่ได้", StringComparison.Ordinal) || t == "เสีย")
        {
            return new(AssetCondition.Damaged, null);
        }

        return t is "ดี" or "ปกติ" or "ใช้งานได้" or "ปกติใช้งานได้" or "ใช้การได้" or "ดีใช้งานได้"
            ? new(AssetCondition.Good, null)
            : new(null, $"ไม่รู้จักสภาพ \"{PlainText.Typed(text, 41)}\" กรอก \"ดี\", \"ชำรุด\" หรือ \"สูญหาย\"");
    }

    public static CellValue<DateOnly> Date(string? text, bool fromExcel)
    {
        var t = (text ?? "").Trim();
        if (fromExcel && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && serial is >= FirstExcelDate and <= LastExcelDate)
        {
            return new(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))), null);
        }

        var date = ThaiDateInput.Parse(text, required: false);
        return new(date.Value, date.Error);
    }

    public static AmountResult Value(string? text, bool fromExcel)
    {
        var t = (text ?? "").Trim();
        if (fromExcel && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) < (double)ThaiMoney.Max && Math.Abs(Math.Round(number, 2) - number) < 0.000_001)
        {
            // A number cell: "1234.5600000000001" or "1.25E+4" is what Excel stored for 1,234.56 and 12,500.
            t = Math.Round((decimal)number, 2).ToString("0.##", CultureInfo.InvariantCulture);
        }

        return ThaiMoney.Parse(t, required: false);
    }

    /// <summary>Thai digits as ASCII, no spaces at all.</summary>
    private static string Squeeze(string? text) =>
        string.Concat(ThaiDigits.ToAscii(text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u200B'));


    /// <summary>A whole number, with or without thousands separators (and ".0" from a number cell), then an optional unit word.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,3}(,\d{3})+|\d+)(\.0+)?[\u0E00-\u0E7F.]*$")]
    private static partial Regex QuantityPattern();
}
