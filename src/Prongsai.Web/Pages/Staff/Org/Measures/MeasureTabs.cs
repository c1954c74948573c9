namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// The two faces of one measure, as tabs: its progress (what a clerk records every week) and its definition (what
/// the plan owner writes once: title, departments, period, indicators, steps, results).
/// </summary>
public sealed record MeasureTabs(string OrgSlug, int FiscalYear, int MeasureId, bool OnProgress)
{
    public string ProgressUrl => Urls.Progress(OrgSlug, FiscalYear, MeasureId);

    public string DefinitionUrl => Urls.Definition(OrgSlug, FiscalYear, MeasureId);

    /// <summary>The addresses of a measure's pages, in one place.</summary>
    public static class Urls
    {
        public static string Progress(string org, int fiscalYear, int measureId) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/staff/{org}/measures/{fiscalYear}/measure/{measureId}/progress");

        /// <summary>The measure's original address, kept: bookmarks and the forms posting to it still work.</summary>
        public static string Definition(string org, int fiscalYear, int measureId) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/staff/{org}/measures/{fiscalYear}/measure/{measureId}");

        public static string Step(string org, int stepId) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/staff/{org}/measures/step/{stepId}");
    }
}
