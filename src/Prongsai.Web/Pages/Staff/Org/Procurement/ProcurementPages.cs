using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>What the procurement back-office pages share: the months of a fiscal year for a select, and labels.</summary>
public static class ProcurementPages
{
    public static IReadOnlyList<YearMonth> Months(int fiscalYear) =>
        Enumerable.Range(0, 12).Select(i => new FiscalYear(fiscalYear).FirstMonth.AddMonths(i)).ToList();

    public static bool ValidYear(int fiscalYear) => fiscalYear is >= 2500 and <= 2700;

    public static string Path(string org, int fiscalYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/staff/{org}/procurement/{fiscalYear}");

    public static YearMonth? Month(string? slug) => ProcurementTexts.ParseMonthSlug(slug);

    /// <summary>The procurement method in the page's language (the public pages show it too).</summary>
    public static string Method(ProcurementMethod method, string? note = null) =>
        Lang.T(ProcurementTexts.Method(method, note), ProcurementTexts.MethodEnglish(method, note));
}
