using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Prongsai.Core.Storage;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Staff.Org.Assets;
using Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// The import previews this member checked and has not confirmed (<see cref="PendingImport{TChoices}"/>), for the
/// dashboard: a clerk who previewed a file and went elsewhere sees that it still waits, when it was checked, and a link
/// back to its preview. A file the daily sweep has taken meanwhile is not listed.
/// </summary>
public static class KeptImportPreviews
{
    private static readonly IReadOnlyList<(string Import, string Thai, string English, Func<string, int?, string?> Path)> Pages =
    [
        ("measures", "นำเข้ารายงานมาตรการ", "Import a measures report", (slug, _) => $"/staff/{slug}/measures/import"),
        ("budget", "นำเข้าแผนการใช้จ่ายงบประมาณหรือผลการเบิกจ่าย", "Import a spending plan or disbursements", (slug, _) => $"/staff/{slug}/budget/import"),
        ("procurement", "นำเข้า สขร.1", "Import SorKhorRor.1",
            (slug, year) => year is { } y ? string.Create(CultureInfo.InvariantCulture, $"/staff/{slug}/procurement/{y}/import") : null),
        ("assets", "นำเข้าทะเบียนครุภัณฑ์", "Import the property register", (slug, _) => AssetLabels.ImportPath(slug)),
        ("service-statistics", "นำเข้าสถิติการให้บริการ", "Import service statistics",
            (slug, year) => year is { } y ? ServiceStatisticsLabels.ImportPath(slug, y) : null),
    ];

    /// <summary>Each import with a preview kept by this member of this organization, with the year it was for.</summary>
    public static async Task<IReadOnlyList<KeptImport>> OfAsync(
        ITempDataDictionary tempData, IFileStore files, int organizationId, string? userId, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var kept = new List<KeptImport>();
        foreach (var (import, thai, english, path) in Pages)
        {
            if (PendingImports.Read(tempData, import, organizationId, userId) is not { } value
                || path(slug, YearOf(value)) is not { } address
                || await CheckedAtAsync(files, PendingUploads.Folder(import, organizationId), value.Key, cancellationToken) is not { } checkedAt)
            {
                continue;
            }

            var year = YearOf(value)?.ToString(CultureInfo.InvariantCulture);
            kept.Add(new KeptImport(year is null ? thai : $"{thai} ปีงบประมาณ {year}", year is null ? english : $"{english}, FY {year}",
                address, checkedAt));
        }

        return kept;
    }

    /// <summary>The fiscal year the preview was for, when the import's choices have one.</summary>
    private static int? YearOf(KeptValue value) =>
        value.Choices.ValueKind == JsonValueKind.Object && value.Choices.TryGetProperty("Year", out var year)
            && year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var fiscalYear)
            ? fiscalYear
            : null;

    /// <summary>When the kept file was written (its preview), or null when it is gone.</summary>
    private static async Task<DateTimeOffset?> CheckedAtAsync(IFileStore files, string folder, string key, CancellationToken cancellationToken)
    {
        // Listing the import's folder of the organization (a file or two) rather than opening the file: on S3 an open
        // starts a download.
        await foreach (var file in files.ListAsync(folder, cancellationToken))
        {
            if (file.Key == key)
            {
                return file.LastModified;
            }
        }

        return null;
    }
}

/// <summary>A kept preview as the dashboard names it: which import (and year), the address of its page, when it was checked.</summary>
public sealed record KeptImport(string Thai, string English, string Path, DateTimeOffset CheckedAt);
