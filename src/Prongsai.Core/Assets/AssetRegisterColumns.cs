using Prongsai.Core.Text;

namespace Prongsai.Core.Assets;

/// <summary>A column of the register as a spreadsheet holds it.</summary>
public enum AssetColumn
{
    Code,
    Name,
    Category,
    Quantity,
    Department,
    Location,
    AcquiredOn,
    Value,
    Lendable,
    Condition,
    Notes,
}

/// <summary>
/// The register's columns by their Thai titles: the title the download, the template and the import page write, and
/// the other titles offices use for the same thing (an e-LAAS export writes "รหัสครุภัณฑ์" and "รายการ", another
/// office "เลขทะเบียน" and "ชื่อ"). A header matches by <see cref="TableHeadings.Key"/>, ignoring spaces, Thai digits, a
/// trailing "*" or ":" and a note in brackets ("ราคา (บาท)", "วันที่ได้มา (พ.ศ.)").
/// </summary>
public static class AssetRegisterColumns
{
    /// <summary>Each column with its title first, then its other titles, in the order the first found one wins.</summary>
    public static IReadOnlyList<(AssetColumn Column, IReadOnlyList<string> Titles)> All { get; } =
    [
        (AssetColumn.Code, ["รหัสครุภัณฑ์", "เลขรหัสครุภัณฑ์", "เลขทะเบียน", "เลขทะเบียนครุภัณฑ์", "เลขรหัส", "รหัสทรัพย์สิน"]),
        (AssetColumn.Name, ["ชื่อครุภัณฑ์", "ชื่อ", "รายการ", "ชื่อทรัพย์สิน", "ชื่อรายการ"]),
        (AssetColumn.Category, ["ประเภท", "ประเภทครุภัณฑ์", "ประเภททรัพย์สิน"]),
        (AssetColumn.Quantity, ["จำนวน"]),
        (AssetColumn.Department, ["ส่วนราชการ", "หน่วยงาน", "กอง", "ส่วนราชการที่ดูแล", "หน่วยงานที่ดูแล"]),
        (AssetColumn.Location, ["สถานที่", "ที่ตั้ง", "สถานที่ตั้ง", "สถานที่เก็บ"]),
        (AssetColumn.AcquiredOn, ["วันที่ได้มา (พ.ศ.)", "วันที่ซื้อ", "วันที่ได้รับ"]),
        (AssetColumn.Value, ["ราคา (บาท)", "ราคาต่อหน่วย", "มูลค่า", "ราคาที่ได้มา"]),
        (AssetColumn.Lendable, ["ให้ยืมได้", "ให้ยืม"]),
        (AssetColumn.Condition, ["สภาพ"]),
        (AssetColumn.Notes, ["หมายเหตุ"]),
    ];

    /// <summary>Columns a register often has that the import does not need and need not warn about (the running number).</summary>
    private static readonly HashSet<string> Ignored = new(["ลำดับ", "ลำดับที่", "ที่", "no"], StringComparer.Ordinal);

    private static readonly Dictionary<string, (AssetColumn Column, int Rank)> ByKey = BuildKeys();

    /// <summary>The titles the download and the template write, in their order.</summary>
    public static IReadOnlyList<string> Titles { get; } = All.Select(c => c.Titles[0]).ToList();

    public static string Title(AssetColumn column) => All[(int)column].Titles[0];

    /// <summary>What the column holds in a sentence or a list of changes: "จำนวน", "ราคา", "การให้ยืม".</summary>
    public static string Label(AssetColumn column) => column switch
    {
        AssetColumn.Code => "เลขรหัส",
        AssetColumn.Name => "ชื่อ",
        AssetColumn.Category => "ประเภท",
        AssetColumn.Quantity => "จำนวน",
        AssetColumn.Department => "ส่วนราชการ",
        AssetColumn.Location => "สถานที่",
        AssetColumn.AcquiredOn => "วันที่ได้มา",
        AssetColumn.Value => "ราคา",
        AssetColumn.Lendable => "การให้ยืม",
        AssetColumn.Condition => "สภาพ",
        _ => "หมายเหตุ",
    };

    /// <summary>"รหัสครุภัณฑ์, เลขรหัสครุภัณฑ์ หรือ เลขทะเบียน …": what the import page lists for a column.</summary>
    public static string Accepted(AssetColumn column) => string.Join(" / ", All[(int)column].Titles);

    /// <summary>The column a header names and how strongly (0 = its own title), or null.</summary>
    public static (AssetColumn Column, int Rank)? Match(string? header) =>
        ByKey.TryGetValue(TableHeadings.Key(header), out var found) ? found : null;

    /// <summary>A header the import passes over without a word (the running number, an empty cell).</summary>
    public static bool IsIgnored(string? header) => TableHeadings.Key(header) is var key && (key.Length == 0 || Ignored.Contains(key));

    private static Dictionary<string, (AssetColumn, int)> BuildKeys()
    {
        var keys = new Dictionary<string, (AssetColumn, int)>(StringComparer.Ordinal);
        foreach (var (column, titles) in All)
        {
            for (var rank = 0; rank < titles.Count; rank++)
            {
                keys.Add(TableHeadings.Key(titles[rank]), (column, rank));
            }
        }

        return keys;
    }
}
