using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Prongsai.Core.Storage;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The import previews this member checked and has not confirmed (<see cref="PendingImport{TChoices}"/>), for the
/// dashboard: a clerk who previewed a file and went elsewhere sees that it still waits, with a link back to its preview.
/// Read from the same signed TempData values, without taking them.
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
    public static IReadOnlyList<KeptImport> Of(ITempDataDictionary tempData, int organizationId, string? userId, string slug)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        var kept = new List<KeptImport>();
        foreach (var (import, thai, english, path) in Pages)
        {
            if (tempData.Peek(TempDataName(import)) is string text && IsMine(text, import, organizationId, userId, out var year)
                && path(slug, year) is { } address)
            {
                var yearText = year is { } y ? y.ToString(CultureInfo.InvariantCulture) : null;
                kept.Add(new KeptImport(yearText is null ? thai : $"{thai} ปีงบประมาณ {yearText}",
                    yearText is null ? english : $"{english}, FY {yearText}", address));
            }
        }

        return kept;
    }

    /// <summary>Whether the value is a preview this member kept here, and its year when its choices have one.</summary>
    private static bool IsMine(string text, string import, int organizationId, string? userId, out int? year)
    {
        year = null;
        try
        {
            using var value = JsonDocument.Parse(text);
            var root = value.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("Key", out var key) || key.ValueKind != JsonValueKind.String
                || !PendingUploads.Holds(key.GetString(), import, organizationId)
                || !root.TryGetProperty("UserId", out var owner) || owner.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(userId) || owner.GetString() != userId)
            {
                return false;
            }

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

/// <summary>A kept preview as the dashboard names it: which import (and year), and the address of its page.</summary>
public sealed record KeptImport(string Thai, string English, string Path);
