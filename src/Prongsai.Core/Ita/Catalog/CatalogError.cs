using System.Globalization;

namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// One problem with a catalog file: a code for machines, a Thai message for people, and where it is — a JSON
/// path ("$.tools[2].indicators[0]…") for JSON, a line and column (1-based) for CSV/XLSX.
/// </summary>
public sealed record CatalogError(string Code, string Message, string? Path = null, int? Line = null, int? Column = null)
{
    /// <summary>Where the problem is, in Thai: "บรรทัด 4 คอลัมน์ 3 (C)" or the JSON path.</summary>
    public string Location
    {
        get
        {
            if (Line is { } line)
            {
                return Column is { } column
                    ? string.Create(CultureInfo.InvariantCulture, $"บรรทัด {line} คอลัมน์ {column} ({ColumnLetter(column)})")
                    : string.Create(CultureInfo.InvariantCulture, $"บรรทัด {line}");
            }

            return Path ?? "";
        }
    }

    public override string ToString() => Location.Length == 0 ? Message : Location + ": " + Message;

    /// <summary>Spreadsheet column letters: 1 → A, 27 → AA.</summary>
    public static string ColumnLetter(int column)
    {
        var letters = "";
        while (column > 0)
        {
            column--;
            letters = (char)('A' + (column % 26)) + letters;
            column /= 26;
        }

        return letters;
    }
}

/// <summary>A catalog, or the errors that stopped it (a file with any error yields no catalog), plus warnings.</summary>
public sealed record CatalogReadResult(CatalogVersion? Catalog, IReadOnlyList<CatalogError> Errors, IReadOnlyList<CatalogError> Warnings)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Catalog))]
    public bool Succeeded => Catalog is not null && Errors.Count == 0;

    public static CatalogReadResult Ok(CatalogVersion catalog, IReadOnlyList<CatalogError>? warnings = null) => new(catalog, [], warnings ?? []);

    public static CatalogReadResult Failed(IReadOnlyList<CatalogError> errors, IReadOnlyList<CatalogError>? warnings = null) => new(null, errors, warnings ?? []);

    public static CatalogReadResult Failed(string code, string message) => new(null, [new CatalogError(code, message)], []);
}
