using System.Globalization;

namespace Prongsai.Core.Measures;

/// <summary>ITA indicator numbers (1–10) a measure addresses, stored as "9,10".</summary>
public static class MeasureIndicators
{
    public const int First = 1;
    public const int Last = 10;

    public static bool IsValid(int indicator) => indicator is >= First and <= Last;

    /// <summary>The ten ITA indicators by name (the same in every assessment year so far).</summary>
    public static string Thai(int indicator) => indicator switch
    {
        1 => "การปฏิบัติหน้าที่",
        2 => "การใช้งบประมาณ",
        3 => "การใช้อำนาจ",
        4 => "การใช้ทรัพย์สินของราชการ",
        5 => "การแก้ไขปัญหาการทุจริต",
        6 => "คุณภาพการดำเนินงาน",
        7 => "ประสิทธิภาพการสื่อสาร",
        8 => "การปรับปรุงระบบการทำงาน",
        9 => "การเปิดเผยข้อมูล",
        10 => "การป้องกันการทุจริต",
        _ => indicator.ToString(CultureInfo.InvariantCulture),
    };

    public static string English(int indicator) => indicator switch
    {
        1 => "Performance of duties",
        2 => "Use of budget",
        3 => "Use of authority",
        4 => "Use of government property",
        5 => "Tackling corruption",
        6 => "Quality of operations",
        7 => "Communication efficiency",
        8 => "Work-system improvement",
        9 => "Information disclosure",
        10 => "Corruption prevention",
        _ => indicator.ToString(CultureInfo.InvariantCulture),
    };

    public static IReadOnlyList<int> Parse(string? stored) =>
        (stored ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(IsValid)
            .Distinct()
            .Order()
            .ToList();

    public static string Format(IEnumerable<int> indicators) =>
        string.Join(',', indicators.Where(IsValid).Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
