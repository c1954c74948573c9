using System.Globalization;

namespace Prongsai.Core.Measures;

/// <summary>ITA indicator numbers (1–10) a measure addresses, stored as "9,10".</summary>
public static class MeasureIndicators
{
    public const int First = 1;
    public const int Last = 10;

    public static bool IsValid(int indicator) => indicator is >= First and <= Last;

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
