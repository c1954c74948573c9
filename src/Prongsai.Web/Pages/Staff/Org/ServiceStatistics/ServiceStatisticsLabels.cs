using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>Addresses and words the service statistics pages share: months as column heads and as names, figures.</summary>
public static class ServiceStatisticsLabels
{
    /// <summary>A row's name in the page's language: the rows Prongsai counts itself have English; an office's services keep their name.</summary>
    public static string Name(ServiceYearRow row) => Lang.T(row.Name, string.IsNullOrWhiteSpace(row.NameEnglish) ? row.Name : row.NameEnglish);

    /// <summary>A row's unit in the page's language, the same way.</summary>
    public static string Unit(ServiceYearRow row) => Lang.T(row.Unit, row.UnitEnglish ?? row.Unit);

    public static string IndexPath(string slug) => $"/staff/{slug}/service-statistics";

    public static string YearPath(string slug, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"/staff/{slug}/service-statistics?year={fiscalYear}");

    /// <summary>"/staff/bangkha/service-statistics/month/2024-10": the month's form (the dashboard's to-do leads here).</summary>
    public static string MonthPath(string slug, YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"/staff/{slug}/service-statistics/month/{month}");

    /// <summary>"/staff/bangkha/service-statistics/import/2568": a fiscal year's figures from a spreadsheet.</summary>
    public static string ImportPath(string slug, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"/staff/{slug}/service-statistics/import/{fiscalYear}");

    public static string ServicePath(string slug, int serviceId) =>
        string.Create(CultureInfo.InvariantCulture, $"/staff/{slug}/service-statistics/services/{serviceId}");

    /// <summary>"ต.ค. 67": a month as a column head of the year's table.</summary>
    public static string MonthColumn(YearMonth month) =>
        Display.ShortMonth(month);

    /// <summary>"ตุลาคม 2567".</summary>
    public static string MonthName(YearMonth month) =>
        Display.Month(month);

    public static string FiscalYearName(int fiscalYear) => Lang.T(
        string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ พ.ศ. {fiscalYear}"),
        string.Create(CultureInfo.InvariantCulture, $"fiscal year {fiscalYear} BE ({fiscalYear - FiscalYear.BuddhistEraOffset - 1}–{fiscalYear - FiscalYear.BuddhistEraOffset})"));

    /// <summary>A month's figure in a table: the number; a dash when a month that is over was not recorded; else nothing.</summary>
    public static string Figure(int? figure, bool over) => figure is { } value ? Display.Number(value) : over ? "–" : "";

    /// <summary>"14 ราย", or a dash when the month was not recorded.</summary>
    public static string FigureWithUnit(int? figure, string unit) => figure is { } value ? $"{Display.Number(value)} {unit}" : "–";

    /// <summary>The first month the statistics answer for; the month pages of earlier ones do not exist.</summary>
    public static YearMonth FirstMonth => new FiscalYear(ServiceStatisticsRules.FirstYear).FirstMonth;
}
