using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public.Measures;

/// <summary>One file of the report: its format in the address, its label, its size when stored.</summary>
public sealed record ReportDownload(string Format, string Label, long? Size, bool IsMain);

/// <summary>The published report of a fiscal year, as in the seed document: latest version, or ?version=N.</summary>
[PublicPage]
public sealed class ReportModel(MeasureReportVersions versions) : PageModel
{
    public MeasuresReport Report { get; private set; } = null!;
    public MeasureReportVersion Version { get; private set; } = null!;
    public IReadOnlyList<PublishedVersionInfo> Versions { get; private set; } = [];
    public IReadOnlyList<ReportDownload> Downloads { get; private set; } = [];
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
        Downloads = await DownloadsAsync(cancellationToken);
        return Page();
    }

    /// <summary>The stored PDF first (what a villager prints), else the stored DOCX; the generated formats beside it.</summary>
    private async Task<IReadOnlyList<ReportDownload>> DownloadsAsync(CancellationToken cancellationToken)
    {
        var pdfSize = await SizeAsync(versions.OpenPdfAsync(Version, cancellationToken));
        var docxSize = await SizeAsync(versions.OpenDocxAsync(Version, cancellationToken));
        var hasPdf = Version.PdfFileKey is not null;
        var files = new List<ReportDownload>();
        if (hasPdf)
        {
            files.Add(new ReportDownload("pdf", "PDF", pdfSize, IsMain: true));
        }

        files.Add(new ReportDownload("docx", "Word", docxSize, IsMain: !hasPdf));
        files.Add(new ReportDownload("xlsx", "Excel", null, IsMain: false));
        files.Add(new ReportDownload("csv", "CSV", null, IsMain: false));
        files.Add(new ReportDownload("json", "JSON", null, IsMain: false));
        return files;
    }

    /// <summary>The stored file's length when its store can tell it cheaply; the page is cached, so this runs once per publication.</summary>
    private static async Task<long?> SizeAsync(Task<Stream?> opening)
    {
        await using var stream = await opening;
        return stream is { CanSeek: true } ? stream.Length : null;
    }

    public string DownloadUrl(string format) =>
        $"/{Report.Organization}/measures/{Report.FiscalYear}/report.{format}" + (IsLatest ? "" : $"?version={Version.Version}");

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string StatusLabel(string status) =>
        Infrastructure.Lang.T(Core.Measures.Progress.MeasureStatus.Thai(status), Core.Measures.Progress.MeasureStatus.English(status));
}
