using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// A fiscal year's service statistics as one flat table, the same for the CSV and Excel files of the public page and of
/// the API: one row per service and month that has begun, the services the office counts first, then those Prongsai
/// counts itself. A month the office did not record has an empty figure (not zero), so a spreadsheet's sum is what was
/// recorded; months still to come are left out rather than written as empty, which would read as "not recorded".
/// </summary>
public static class ServiceStatisticsTable
{
    /// <summary>Who counted a row's figures: the office, from its counter's book.</summary>
    public const string CountedByOffice = "หน่วยงานบันทึก";

    /// <summary>Who counted a row's figures: Prongsai, from what people asked for on the website.</summary>
    public const string CountedBySystem = "ระบบนับอัตโนมัติจากเว็บไซต์";

    /// <summary>The figure's column: a count, stored as a number in Excel.</summary>
    public const string Figure = "จำนวน";

    public static IReadOnlyList<string> Header { get; } =
        ["ปีงบประมาณ", "บริการ", "ส่วนราชการ", "หน่วยนับ", "เดือน", Figure, "ผู้นับ"];

    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) For(ServiceStatisticsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var year = view.FiscalYear.ToString(CultureInfo.InvariantCulture);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (service, countedBy) in view.Counted.Select(r => (r, CountedByOffice)).Concat(view.Online.Select(r => (r, CountedBySystem))))
        {
            // A service the office counts without a department is the whole office's; Prongsai's own rows have none.
            var department = service.ServiceId is null ? "" : service.Department ?? DepartmentChoices.WholeOffice;
            for (var i = 0; i < view.Begun; i++)
            {
                rows.Add(
                [
                    year, service.Name, department, service.Unit, ThaiDate.FormatMonthYear(view.Months[i]),
                    service.Months[i]?.ToString(CultureInfo.InvariantCulture) ?? "", countedBy,
                ]);
            }
        }

        return (Header, rows);
    }

    /// <summary>"2568-01": a month as the API names it, with its Buddhist-era year, like the public addresses.</summary>
    public static string MonthKey(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{FiscalYear.CeToBe(month.Year):D4}-{month.Month:D2}");
}
