using System.Globalization;
using Prongsai.Core.Measures.Import;

namespace Prongsai.Core.Assets;

/// <summary>
/// Where the register's table is in an uploaded sheet: the header row (title rows above it are passed over), which
/// cell holds which column, and the warnings about headers the import does not use.
/// </summary>
internal sealed class AssetImportSheet
{
    public const string UnknownColumnsCode = "unknown-columns";
    public const string SameColumnTwiceCode = "same-column-twice";

    /// <summary>How far down a header row is looked for (a register's title takes a few rows, not dozens).</summary>
    private const int HeaderSearchRows = 30;

    private readonly Dictionary<AssetColumn, (int Index, string Title)> columns;

    private AssetImportSheet(int headerRow, Dictionary<AssetColumn, (int, string)> columns, IReadOnlyList<ImportWarning> warnings)
    {
        HeaderRow = headerRow;
        this.columns = columns;
        Warnings = warnings;
    }

    /// <summary>The header's row as the spreadsheet numbers it (1 = the first).</summary>
    public int HeaderRow { get; }

    public IReadOnlyList<ImportWarning> Warnings { get; }

    public bool Has(AssetColumn column) => columns.ContainsKey(column);

    /// <summary>The column's title as the file writes it, for messages ("แถวที่ 7 คอลัมน์ "เลขทะเบียน": …").</summary>
    public string Title(AssetColumn column) =>
        columns.TryGetValue(column, out var found) ? found.Title : AssetRegisterColumns.Title(column);

    /// <summary>The cell of <paramref name="column"/> in a row, "" when the file has no such column or the row is short.</summary>
    public string Cell(IReadOnlyList<string> cells, AssetColumn column) =>
        columns.TryGetValue(column, out var found) && found.Index < cells.Count ? cells[found.Index] ?? "" : "";

    /// <summary>The table in <paramref name="rows"/>, or the Thai reason there is none.</summary>
    public static (AssetImportSheet? Sheet, string? Problem) Find(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearchRows) && headerIndex < 0; i++)
        {
            if (rows[i].Select(AssetRegisterColumns.Match).Where(m => m is not null).Select(m => m!.Value.Column).Distinct().Count() >= 2)
            {
                headerIndex = i;
            }
        }

        if (headerIndex < 0)
        {
            return (null, $"ไม่พบแถวหัวตาราง ต้องมีคอลัมน์ \"{AssetRegisterColumns.Title(AssetColumn.Code)}\" และ \"{AssetRegisterColumns.Title(AssetColumn.Name)}\" "
                + "(หรือชื่อที่ใช้แทนกันได้ ดูรายการหัวคอลัมน์ในหน้านำเข้า)");
        }

        var header = rows[headerIndex];
        var rowNumber = headerIndex + 1;
        var chosen = new Dictionary<AssetColumn, (int Index, string Title, int Rank)>();
        var warnings = new List<ImportWarning>();
        var unknown = new List<string>();
        var passedOver = new List<(string Title, AssetColumn Column)>();
        for (var index = 0; index < header.Count; index++)
        {
            var title = (header[index] ?? "").Trim();
            if (AssetRegisterColumns.Match(title) is not { } match)
            {
                if (!AssetRegisterColumns.IsIgnored(title))
                {
                    unknown.Add(title);
                }

                continue;
            }

            if (chosen.TryGetValue(match.Column, out var earlier))
            {
                if (match.Rank < earlier.Rank)
                {
                    passedOver.Add((earlier.Title, match.Column));
                    chosen[match.Column] = (index, title, match.Rank);
                }
                else
                {
                    passedOver.Add((title, match.Column));
                }

                continue;
            }

            chosen[match.Column] = (index, title, match.Rank);
        }

        var missing = new[] { AssetColumn.Code, AssetColumn.Name }.Where(c => !chosen.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"แถวที่ {rowNumber} (แถวหัวตาราง): ไม่พบคอลัมน์ {string.Join(" และ ", missing.Select(c => $"\"{AssetRegisterColumns.Title(c)}\""))} "
                + $"(ใช้ชื่อ {string.Join(" หรือ ", missing.Select(AssetRegisterColumns.Accepted))} ก็ได้)"));
        }

        if (unknown.Count > 0)
        {
            warnings.Add(new ImportWarning(UnknownColumnsCode,
                $"คอลัมน์ที่ระบบไม่รู้จักจะไม่นำเข้า: {string.Join(", ", unknown.Select(t => $"\"{t}\""))}", rowNumber));
        }

        foreach (var (title, column) in passedOver)
        {
            warnings.Add(new ImportWarning(SameColumnTwiceCode,
                $"คอลัมน์ \"{title}\" ไม่นำเข้า เพราะใช้คอลัมน์ \"{chosen[column].Title}\" เป็น{AssetRegisterColumns.Label(column)}แล้ว", rowNumber));
        }

        return (new AssetImportSheet(rowNumber, chosen.ToDictionary(c => c.Key, c => (c.Value.Index, c.Value.Title)), warnings), null);
    }
}
