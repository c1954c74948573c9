using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Web.Pages.Public.Measures;

/// <summary>The published report of a fiscal year, as in the seed document: latest version, or ?version=N.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Prongsai.Web.Portal.PublicPageCache.PolicyName)]
public sealed class ReportModel(MeasureReportVersions versions) : PageModel
{
    public MeasuresReport Report { get; private set; } = null!;
    public MeasureReportVersion Version { get; private set; } = null!;
    public IReadOnlyList<PublishedVersionInfo> Versions { get; private set; } = [];
    public bool IsLatest => Versions.Count == 0 || Versions[0].Version == Version.Version;

    public async Task<IActionResult> OnGetAsync(int fiscalYear, int? version, CancellationToken cancellationToken)
    {
        var stored = await versions.GetAsync(fiscalYear, version, cancellationToken);
        var report = stored is null ? null : MeasureReportVersions.Snapshot(stored.SnapshotJson);
        if (stored is null || report is null)
        {
            return NotFound();
        }

        Version = stored;
        Report = report;
        Versions = await versions.ListAsync(fiscalYear, cancellationToken);
        return Page();
    }

    public string DownloadUrl(string format) =>
        $"/{Report.Organization}/measures/{Report.FiscalYear}/report.{format}" + (IsLatest ? "" : $"?version={Version.Version}");

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string StatusLabel(string status) =>
        Infrastructure.Lang.T(Core.Measures.Progress.MeasureStatus.Thai(status), Core.Measures.Progress.MeasureStatus.English(status));
}
