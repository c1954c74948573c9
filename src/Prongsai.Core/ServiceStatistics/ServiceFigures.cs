using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>Why what was typed is not a month's figure.</summary>
public enum FigureProblem
{
    NotANumber,
    Negative,
    Fraction,
    TooLarge,
}

/// <summary>A figure as read: the number, null for "not recorded" (empty or a dash), or why it is not a figure.</summary>
public readonly record struct ReadFigure(int? Value, FigureProblem? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>
/// Reads a month's figure as clerks write it in the counter's book, for the month's form and the import alike: a whole
/// number with Arabic or Thai digits and thousands separators ("1,250", " ๑๒ ", "0"); empty or a dash ("-", "–") is
/// "not recorded", which the public sees as a dash, never as zero.
/// </summary>
public static class ServiceFigures
{
    public static ReadFigure Read(string? text)
    {
        var plain = ThaiDigits.ToAscii(text ?? "").Replace(",", "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0 || plain is "-" or "–" or "—")
        {
            return new ReadFigure(null, null);
        }

        if (plain.All(char.IsAsciiDigit))
        {
            if (plain.Length > 9)
            {
                return new ReadFigure(null, FigureProblem.TooLarge);
            }

            var value = int.Parse(plain, CultureInfo.InvariantCulture);
            return value > ServiceStatisticsRules.MaxCount ? new ReadFigure(null, FigureProblem.TooLarge) : new ReadFigure(value, null);
        }

        var unsigned = plain.TrimStart('-', '−', '–').TrimStart();
        var numeric = unsigned.Length > 0 && unsigned.All(c => char.IsAsciiDigit(c) || c == '.') && unsigned.Count(c => c == '.') <= 1
            && unsigned.Any(char.IsAsciiDigit);
        if (numeric && unsigned.Length < plain.Length)
        {
            return new ReadFigure(null, FigureProblem.Negative);
        }

        return new ReadFigure(null, numeric ? FigureProblem.Fraction : FigureProblem.NotANumber);
    }

    /// <summary>What the import says about a box that is not a figure, in Thai.</summary>
    public static string Describe(FigureProblem problem, string? typed) => problem switch
    {
        FigureProblem.Negative => "จำนวนติดลบไม่ได้ (จำนวนครั้งที่ให้บริการเป็น 0 ขึ้นไป)",
        FigureProblem.Fraction => "จำนวนต้องเป็นจำนวนเต็ม ไม่มีทศนิยม",
        FigureProblem.TooLarge => string.Create(CultureInfo.InvariantCulture,
            $"จำนวนเกิน {ServiceStatisticsRules.MaxCount:#,0} ต่อเดือน อาจพิมพ์ผิด"),
        _ => $"\"{PlainText.Typed(typed, 31)}\" ไม่ใช่ตัวเลข กรอกจำนวนเต็ม เช่น 1,250 หรือ ๑๒ (เว้นว่างหรือใส่ - ถ้ายังไม่ได้นับ)",
    };

}
