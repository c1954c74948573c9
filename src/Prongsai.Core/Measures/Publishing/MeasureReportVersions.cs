using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Measures.Publishing;

/// <summary>A fiscal year that has a published report, with its latest version.</summary>
public sealed record PublishedFiscalYear(int FiscalYear, string Title, int LatestVersion, DateTimeOffset PublishedAt);

public sealed record PublishedVersionInfo(int Version, DateTimeOffset PublishedAt, string PublishedBy, bool HasDocx, bool HasPdf, string? PdfProblem);

/// <summary>Reads published versions: what the public pages, downloads and API serve. Versions never change.</summary>
public sealed class MeasureReportVersions(ProngsaiDbContext db, IFileStore files)
{
    public async Task<IReadOnlyList<PublishedFiscalYear>> FiscalYearsAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.MeasureReportVersions.AsNoTracking()
            .GroupBy(v => v.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Version = g.Max(v => v.Version) })
            .ToListAsync(cancellationToken);
        var result = new List<PublishedFiscalYear>();
        foreach (var year in latest.OrderByDescending(y => y.FiscalYear))
        {
            var row = await db.MeasureReportVersions.AsNoTracking()
                .Where(v => v.FiscalYear == year.FiscalYear && v.Version == year.Version)
                .Select(v => new { v.PublishedAt, v.SnapshotJson })
                .FirstAsync(cancellationToken);
            result.Add(new PublishedFiscalYear(year.FiscalYear, Snapshot(row.SnapshotJson)?.Title ?? string.Empty, year.Version, row.PublishedAt));
        }

        return result;
    }

    /// <summary>The given version, or the latest when none is asked for; null when there is none.</summary>
    public Task<MeasureReportVersion?> GetAsync(int fiscalYear, int? version, CancellationToken cancellationToken = default)
    {
        var query = db.MeasureReportVersions.AsNoTracking().Where(v => v.FiscalYear == fiscalYear);
        return version is { } n
            ? query.FirstOrDefaultAsync(v => v.Version == n, cancellationToken)
            : query.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedVersionInfo>> ListAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        await db.MeasureReportVersions.AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear)
            .OrderByDescending(v => v.Version)
            .Select(v => new PublishedVersionInfo(v.Version, v.PublishedAt, v.PublishedBy, v.DocxFileKey != null, v.PdfFileKey != null, v.PdfProblem))
            .ToListAsync(cancellationToken);

    public Task<Stream?> OpenDocxAsync(MeasureReportVersion version, CancellationToken cancellationToken = default) =>
        version.DocxFileKey is null ? Task.FromResult<Stream?>(null) : files.OpenReadAsync(version.DocxFileKey, cancellationToken);

    public Task<Stream?> OpenPdfAsync(MeasureReportVersion version, CancellationToken cancellationToken = default) =>
        version.PdfFileKey is null ? Task.FromResult<Stream?>(null) : files.OpenReadAsync(version.PdfFileKey, cancellationToken);

    /// <summary>The frozen report of a version.</summary>
    public static MeasuresReport? Snapshot(string json)
    {
        var read = MeasuresReportJson.Deserialize(json);
        return read.Succeeded ? read.Report : null;
    }
}
