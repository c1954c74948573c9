using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Prongsai.Core.Storage;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The import previews this member checked and has not confirmed (<see cref="PendingImport{TChoices}"/>), for the
/// dashboard: a clerk who previewed a file and went elsewhere sees that it still waits, when it was checked, and a link
/// back to its preview. Read from the same signed TempData values, without taking them; a file the daily sweep has
/// taken meanwhile is not listed.
/// </summary>
public static class KeptImports
{
    private static readonly IReadOnlyList<(string Import, string Thai, string English, Func<string, int?, string?> Path)> Pages =
    [
        ("measures", "นำเข้ารายงานมาตรการ", "Import a measures report", (slug, _) => $"/staff/{slug}/measures/import"),
        ("budget", "นำเข้าแผนการใช้จ่ายงบประมาณหรือผลการเบิกจ่าย", "Import a spending plan or disbursements", (slug, _) => $"/staff/{slug}/budget/import"),
        ("procurement", "นำเข้า สขร.1", "Import SorKhorRor.1", (slug, year) => year is { } y ? Invariant($"/staff/{slug}/procurement/{y}/import") : null),
        ("assets", "นำเข้าทะเบียนครุภัณฑ์", "Import the property register", (slug, _) => $"/staff/{slug}/assets/import"),
        ("service-statistics", "นำเข้าสถิติการให้บริการ", "Import service statistics",
            (slug, year) => year is { } y ? Invariant($"/staff/{slug}/service-statistics/import/{y}") : null),
    ];

    /// <summary>The TempData entry an import keeps its file's key and choices in.</summary>
    public static string TempDataName(string import) => "pending-import-" + import;

    /// <summary>Each import with a preview kept by this member of this organization, with the year it was for.</summary>
    public static async Task<IReadOnlyList<KeptImport>> OfAsync(
        ITempDataDictionary tempData, IFileStore files, int organizationId, string? userId, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        ArgumentNullException.ThrowIfNull(files);
        var kept = new List<KeptImport>();
        foreach (var (import, thai, english, path) in Pages)
        {
            if (tempData.Peek(TempDataName(import)) is not string text || !IsMine(text, import, organizationId, userId, out var key, out var year)
                || path(slug, year) is not { } address
                || await CheckedAtAsync(files, PendingUploads.Folder(import, organizationId), key, cancellationToken) is not { } checkedAt)
            {
                continue;
            }

            var yearText = year is { } y ? y.ToString(CultureInfo.InvariantCulture) : null;
            kept.Add(new KeptImport(yearText is null ? thai : $"{thai} ปีงบประมาณ {yearText}",
                yearText is null ? english : $"{english}, FY {yearText}", address, checkedAt));
        }

        return kept;
    }

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

    /// <summary>Whether the value is a preview this member kept here, and its year when its choices have one.</summary>
    private static bool IsMine(string text, string import, int organizationId, string? userId, out string key, out int? year)
    {
        (key, year) = ("", null);
        try
        {
            using var value = JsonDocument.Parse(text);
            var root = value.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("Key", out var kept) || kept.ValueKind != JsonValueKind.String
                || !PendingUploads.Holds(kept.GetString(), import, organizationId)
                || !root.TryGetProperty("UserId", out var owner) || owner.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(userId) || owner.GetString() != userId)
            {
                return false;
            }

            key = kept.GetString()!;
            if (root.TryGetProperty("Choices", out var choices) && choices.ValueKind == JsonValueKind.Object
                && choices.TryGetProperty("Year", out var chosen) && chosen.ValueKind == JsonValueKind.Number
                && chosen.TryGetInt32(out var fiscalYear))
            {
                year = fiscalYear;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A kept preview as the dashboard names it: which import (and year), the address of its page, when it was checked.</summary>
public sealed record KeptImport(string Thai, string English, string Path, DateTimeOffset CheckedAt);
