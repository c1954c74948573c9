using System.Globalization;
using Prongsai.Core.Satisfaction;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Satisfaction;

/// <summary>Words, figures and addresses the survey's pages share, in the back office and on the website (the Thai comes from Core's <see cref="SatisfactionRules"/>).</summary>
public static class SatisfactionLabels
{
    public static string Aspect(SatisfactionAspect aspect) =>
        Lang.T(SatisfactionRules.AspectThai(aspect), SatisfactionRules.AspectEnglish(aspect));

    /// <summary>The word of a score on the five-point scale ("มากที่สุด" … "น้อยที่สุด").</summary>
    public static string Score(int score) => Lang.T(SatisfactionRules.ScoreThai(score), SatisfactionRules.ScoreEnglish(score));

    /// <summary>The level of a mean, by the intervals the reports use.</summary>
    public static string Level(double mean) => Score(SatisfactionRules.LevelScore(mean));

    /// <summary>A mean (x̄) or a standard deviation as the reports print it: "4.25".</summary>
    public static string Figure(double value) => SatisfactionRules.Printed(value);

    /// <summary>"85.00%".</summary>
    public static string Percent(double percent) => SatisfactionRules.Printed(percent) + "%";

    /// <summary>The department an answer named (by <paramref name="names"/>), or "ไม่ระบุ" when the person did not say.</summary>
    public static string Department(int? departmentId, IReadOnlyDictionary<int, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return departmentId is { } id && names.TryGetValue(id, out var name) ? name : NotSaid;
    }

    public static string NotSaid => Lang.T(SatisfactionRules.NoDepartment, "Not said");

    public static string Year(int fiscalYear) => fiscalYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where the year's report stands: still collecting (the current year), published on a day, or not yet.</summary>
    public static string ReportState(SatisfactionYearRow row, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.ReportPublishedAt is { } published)
        {
            return Lang.T("เผยแพร่แล้ว ", "Published on ") + Display.Date(published);
        }

        return row.FiscalYear == currentYear
            ? Lang.T("กำลังรับแบบประเมิน", "Collecting answers")
            : Lang.T("ยังไม่เผยแพร่", "Not published");
    }

    public static string ReportStateClass(SatisfactionYearRow row, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.ReportPublishedAt is not null ? "status-published"
            : row.FiscalYear == currentYear ? "status-scheduled"
            : "status-draft";
    }

    public static string StaffList(string org) => $"/staff/{org}/satisfaction";

    public static string StaffYear(string org, int fiscalYear) => $"/staff/{org}/" + SatisfactionPaths.Staff(fiscalYear);
}
