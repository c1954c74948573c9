namespace Prongsai.Core.Satisfaction;

/// <summary>Sizes, the scale and its words, which every part of the feature shares.</summary>
public static class SatisfactionRules
{
    public const int Suggestion = 1_000;
    public const int Findings = 8_000;
    public const int Person = 200;
    public const int LowestScore = 1;
    public const int HighestScore = 5;

    /// <summary>The first fiscal year a report may be published for: older years have no answers in Prongsai.</summary>
    public const int FirstYear = 2560;

    public static IReadOnlyList<SatisfactionAspect> Aspects { get; } = Enum.GetValues<SatisfactionAspect>();

    /// <summary>Every score of the scale, lowest first.</summary>
    public static IReadOnlyList<int> Scores { get; } = Enumerable.Range(LowestScore, HighestScore - LowestScore + 1).ToArray();

    /// <summary>The scale from มากที่สุด down, as forms and tables show it.</summary>
    public static IReadOnlyList<int> ScoresHighestFirst { get; } = Scores.OrderDescending().ToArray();

    /// <summary>The one of four values that belongs to <paramref name="aspect"/>: answers, forms and figures keep one per aspect.</summary>
    public static T Pick<T>(SatisfactionAspect aspect, T process, T staff, T facilities, T quality) => aspect switch
    {
        SatisfactionAspect.Process => process,
        SatisfactionAspect.Staff => staff,
        SatisfactionAspect.Facilities => facilities,
        _ => quality,
    };

    public static string AspectThai(SatisfactionAspect aspect) => aspect switch
    {
        SatisfactionAspect.Process => "ด้านขั้นตอนการให้บริการ",
        SatisfactionAspect.Staff => "ด้านเจ้าหน้าที่ผู้ให้บริการ",
        SatisfactionAspect.Facilities => "ด้านสิ่งอำนวยความสะดวก",
        _ => "ด้านคุณภาพการให้บริการ",
    };

    /// <summary>What the question asks, in the words a villager reads on the form.</summary>
    public static string AspectQuestion(SatisfactionAspect aspect) => aspect switch
    {
        SatisfactionAspect.Process => "ขั้นตอนไม่ยุ่งยาก รวดเร็ว และบอกชัดเจนว่าต้องทำอะไร",
        SatisfactionAspect.Staff => "เจ้าหน้าที่สุภาพ เต็มใจช่วย และให้คำแนะนำได้ถูกต้อง",
        SatisfactionAspect.Facilities => "สถานที่ ที่นั่งรอ ป้ายบอกทาง และช่องทางออนไลน์ใช้ได้สะดวก",
        _ => "ได้รับบริการตรงตามที่ต้องการ ถูกต้อง และเป็นธรรม",
    };

    public static string AspectEnglish(SatisfactionAspect aspect) => aspect switch
    {
        SatisfactionAspect.Process => "Process and steps",
        SatisfactionAspect.Staff => "Staff",
        SatisfactionAspect.Facilities => "Facilities",
        _ => "Quality of service",
    };

    /// <summary>The word for a score on the form's five-point scale.</summary>
    public static string ScoreThai(int score) => score switch
    {
        5 => "มากที่สุด",
        4 => "มาก",
        3 => "ปานกลาง",
        2 => "น้อย",
        _ => "น้อยที่สุด",
    };

    public static string ScoreEnglish(int score) => score switch
    {
        5 => "Very high",
        4 => "High",
        3 => "Moderate",
        2 => "Low",
        _ => "Very low",
    };

    /// <summary>
    /// The level of a mean score as the score whose word names it, by the intervals Thai survey reports use (4.51–5.00
    /// มากที่สุด, 3.51–4.50 มาก, 2.51–3.50 ปานกลาง, 1.51–2.50 น้อย, 1.00–1.50 น้อยที่สุด), read on the mean rounded to two
    /// decimals as printed.
    /// </summary>
    public static int LevelScore(double mean) => Math.Round(mean, 2, MidpointRounding.AwayFromZero) switch
    {
        >= 4.51 => 5,
        >= 3.51 => 4,
        >= 2.51 => 3,
        >= 1.51 => 2,
        _ => 1,
    };

    public static string LevelThai(double mean) => ScoreThai(LevelScore(mean));

    /// <summary>What a department column says for the answers that named none.</summary>
    public const string NoDepartment = "ไม่ระบุ";

    /// <summary>The department an answer named, by <paramref name="names"/>; "ไม่ระบุ" for none (or one deleted since).</summary>
    public static string DepartmentName(int? departmentId, IReadOnlyDictionary<int, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return departmentId is { } id && names.TryGetValue(id, out var name) ? name : NoDepartment;
    }

    /// <summary>A mean, a spread or a percentage as survey reports print it, and as the level reads it: "4.25".</summary>
    public static string Printed(double value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The mean as a percentage of the highest score (ร้อยละของความพึงพอใจ = mean × 20).</summary>
    public static double Percent(double mean) => mean * 100 / HighestScore;
}
