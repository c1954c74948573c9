using System.Globalization;
using Prongsai.Core.Text;

namespace Prongsai.Core.Calendar;

/// <summary>
/// Reads a fiscal year (ปีงบประมาณ) as clerks type it into a form: "2568", "๒๕๖๘", "พ.ศ. 2568", or the last two digits
/// ("68"), as <see cref="ThaiDateInput"/> reads a date's year.
/// </summary>
/// <remarks>
/// A four-digit year below 2400 is refused, not converted: it is almost always ค.ศ. (2025 for 2568), and the message
/// names the พ.ศ. year it probably meant, so the clerk corrects it in one step — as a date in ค.ศ. is refused.
/// Converting silently would file a document under the wrong year whenever the guess is wrong.
/// </remarks>
public static class FiscalYearInput
{
    private const int FirstBeYear = 2400;
    private const int LastBeYear = 3000;
    private const string Example = "เช่น 2568";

    /// <summary>The year as a number of พ.ศ.; blank gives an error when <paramref name="required"/>, otherwise no value.</summary>
    public static ThaiDateResult<int> Parse(string? text, bool required = true)
    {
        var plain = (text ?? "").Trim();
        if (plain.StartsWith("พ.ศ.", StringComparison.Ordinal))
        {
            plain = plain["พ.ศ.".Length..];
        }

        var read = TypedNumbers.ReadWhole(plain, "ปีงบประมาณ");
        if (read.IsEmpty)
        {
            return required ? Refuse($"กรุณากรอกปีงบประมาณเป็นปี พ.ศ. {Example}") : default;
        }

        var typed = PlainText.Typed(text, 41);
        if (read.Value is not { } year)
        {
            return Refuse($"อ่านปีงบประมาณ \"{typed}\" ไม่ได้ กรอกเป็นปี พ.ศ. ตัวเลข 4 หลัก {Example}");
        }

        if (year is >= 10 and <= 99)
        {
            year += 2500;
        }

        if (year is >= 1000 and < FirstBeYear)
        {
            var meant = (year + FiscalYear.BuddhistEraOffset).ToString(CultureInfo.InvariantCulture);
            return Refuse($"ปี {typed} ดูเหมือนเป็น ค.ศ. กรุณากรอกปีงบประมาณเป็น พ.ศ. (เช่น {meant})");
        }

        return year is < FirstBeYear or > LastBeYear
            ? Refuse($"ปีงบประมาณ \"{typed}\" ไม่ถูกต้อง ต้องเป็นปี พ.ศ. {Example}")
            : new ThaiDateResult<int>(year, null);
    }

    private static ThaiDateResult<int> Refuse(string error) => new(null, error);
}
