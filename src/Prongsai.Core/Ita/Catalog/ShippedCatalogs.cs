using System.Reflection;
using Prongsai.Core.Ita.Catalog.Json;

namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// The catalogs that come with the app (embedded JSON in Ita/Catalog/Shipped): the classic 43-item structure for
/// FY2566 and FY2567, and the FY2568 and FY2569 lists as seen on agencies' pages (unconfirmed, with gaps).
/// Later years arrive by import, not by release; these are the starting data and the classic defaults.
/// </summary>
public static class ShippedCatalogs
{
    private const string Prefix = "Prongsai.Core.Ita.Catalog.Shipped.";

    /// <summary>The catalog whose tools, mapping and scoring a flat import starts from when a variant has no earlier version.</summary>
    public const int ClassicFiscalYear = 2567;

    private static readonly Lazy<IReadOnlyList<CatalogVersion>> Loaded = new(Load);

    /// <summary>File names of the shipped catalogs, e.g. "lao-2568.json", oldest first.</summary>
    public static IReadOnlyList<string> FileNames { get; } = typeof(ShippedCatalogs).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Every shipped catalog, read and validated once.</summary>
    public static IReadOnlyList<CatalogVersion> All => Loaded.Value;

    public static CatalogVersion ClassicDefaults => Find(ClassicFiscalYear)!;

    public static CatalogVersion? Find(int fiscalYear, string variant = CatalogVersion.DefaultVariant) =>
        All.FirstOrDefault(c => c.FiscalYear == fiscalYear && c.Variant == variant);

    /// <summary>The raw file, for an import through the same path as an operator's file.</summary>
    public static Stream Open(string fileName)
    {
        return typeof(ShippedCatalogs).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new ArgumentException("No shipped catalog " + fileName, nameof(fileName));
    }

    public static CatalogReadResult Read(string fileName)
    {
        using var stream = Open(fileName);
        return CatalogJson.Read(stream);
    }

    private static IReadOnlyList<CatalogVersion> Load()
    {
        var catalogs = new List<CatalogVersion>();
        foreach (var name in FileNames)
        {
            var result = Read(name);
            // A shipped file is part of the release: a broken one is a build mistake, caught by the tests.
            catalogs.Add(result.Succeeded
                ? result.Catalog
                : throw new InvalidOperationException($"Shipped ITA catalog {name} is invalid: {string.Join("; ", result.Errors)}"));
        }

        return catalogs;
    }
}
