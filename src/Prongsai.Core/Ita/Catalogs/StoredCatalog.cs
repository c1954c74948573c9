namespace Prongsai.Core.Ita.Catalogs;

/// <summary>
/// One revision of a catalog version (fiscal year + variant) as saved: the full JSON (docs/ita-catalog.md) and the
/// fields people search by. Platform data, shared by every organization; never changed once saved — a re-import
/// makes the next revision.
/// </summary>
public sealed class StoredCatalog
{
    public int Id { get; set; }
    public int FiscalYear { get; set; }
    public required string Variant { get; set; }
    public int Revision { get; set; }
    public required string Label { get; set; }
    public bool Unconfirmed { get; set; }

    /// <summary>The catalog in the JSON format, as <see cref="Catalog.Json.CatalogJson.Write(Catalog.CatalogVersion)"/> writes it.</summary>
    public required string Json { get; set; }

    /// <summary>
    /// True for a revision made from a file that comes with the app, unchanged (saved on first use, or a newer release's
    /// file taken by the Operator); false for an operator's own import.
    /// </summary>
    public bool Shipped { get; set; }

    public DateTimeOffset SavedAt { get; set; }
    public required string SavedBy { get; set; }
}
