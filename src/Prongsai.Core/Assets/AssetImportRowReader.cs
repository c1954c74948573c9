using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>A row read into the register's input, with its department's name, its errors and its warnings.</summary>
internal sealed record AssetImportRead(AssetInput Input, string? Department, List<Error> Errors, List<ImportWarning> Warnings);

/// <summary>
/// Reads one row of the file into what the register's form would send. A column the file does not have leaves an
/// existing article's field as it is; a blank cell empties an optional field (kind, department, place, date, price,
/// notes) and leaves the quantity, lending and condition as they are (for a new article: 1, not lent, good). Every
/// error names the row and the column as the file titles it, and the article's own rules (<see cref="AssetRules"/>)
/// are checked here, the quantity against what is out on loan.
/// </summary>
internal sealed class AssetImportRowReader(AssetImportSheet sheet, IReadOnlyList<Department> departments, bool fromExcel, DateOnly today)
{
    public const string UnknownDepartmentCode = "unknown-department";

    public AssetImportRead Read(int row, IReadOnlyList<string> cells, Asset? existing, int lent)
    {
        var errors = new List<Error>();
        var warnings = new List<ImportWarning>();
        string Cell(AssetColumn column) => sheet.Cell(cells, column);
        T? Parsed<T>(AssetColumn column, CellValue<T> cell) where T : struct
        {
            if (cell.Error is { } error)
            {
                errors.Add(AtRow(row, column, error));
            }

            return cell.Value;
        }

        string? Text(AssetColumn column, string? current) => sheet.Has(column) ? AssetRules.Blank(Cell(column)) : current;

        var quantity = Parsed(AssetColumn.Quantity, AssetRegisterCells.Quantity(Cell(AssetColumn.Quantity)));
        var lendable = Parsed(AssetColumn.Lendable, AssetRegisterCells.Lendable(Cell(AssetColumn.Lendable)));
        var condition = Parsed(AssetColumn.Condition, AssetRegisterCells.Condition(Cell(AssetColumn.Condition)));
        var acquired = Parsed(AssetColumn.AcquiredOn, AssetRegisterCells.Date(Cell(AssetColumn.AcquiredOn), fromExcel));
        var value = AssetRegisterCells.Value(Cell(AssetColumn.Value), fromExcel);
        if (!value.IsValid)
        {
            errors.Add(AtRow(row, AssetColumn.Value, value.Error!));
        }

        var (departmentId, department) = Department(row, Cell(AssetColumn.Department), existing, warnings);
        var input = new AssetInput(
            Cell(AssetColumn.Code).Trim(),
            Cell(AssetColumn.Name).Trim(),
            Text(AssetColumn.Category, existing?.Category),
            quantity ?? existing?.Quantity ?? 1,
            departmentId,
            Text(AssetColumn.Location, existing?.Location),
            sheet.Has(AssetColumn.AcquiredOn) ? acquired : existing?.AcquiredOn,
            sheet.Has(AssetColumn.Value) ? value.Value : existing?.Value,
            lendable ?? existing?.Lendable ?? false,
            condition ?? existing?.Condition ?? AssetCondition.Good,
            Text(AssetColumn.Notes, existing?.Notes),
            // The website's list is the keeper's choice, article by article: an import never puts anything on it.
            ShownToPublic: existing?.ShownToPublic ?? false);

        // A cell that could not be read has its own message; the rule's "please fill in" would only repeat it.
        var unread = errors.Select(e => e.Message).ToList();
        foreach (var broken in AssetRules.Check(input, lent, today))
        {
            var column = ColumnOf(broken.Field);
            if (!unread.Any(m => m.StartsWith(Prefix(row, column), StringComparison.Ordinal)))
            {
                errors.Add(AtRow(row, column, broken.Message));
            }
        }

        return new AssetImportRead(input, department, errors, warnings);
    }

    /// <summary>"แถวที่ 7 คอลัมน์ "จำนวน": …" — the row as the spreadsheet numbers it, the column as the file titles it.</summary>
    public Error AtRow(int row, AssetColumn column, string message) => Error.Invalid(Prefix(row, column) + message, "file");

    private string Prefix(int row, AssetColumn column) =>
        string.Create(CultureInfo.InvariantCulture, $"แถวที่ {row} คอลัมน์ \"{sheet.Title(column)}\": ");

    /// <summary>
    /// The department whose name the cell writes (spaces and Thai digits aside), among those in use and the article's own.
    /// A name not found is a warning: the article is added without one, or keeps its own.
    /// </summary>
    private (int? Id, string? Name) Department(int row, string text, Asset? existing, List<ImportWarning> warnings)
    {
        var current = existing?.DepartmentId;
        var currentName = departments.FirstOrDefault(d => d.Id == current)?.Name;
        if (!sheet.Has(AssetColumn.Department))
        {
            return (current, currentName);
        }

        var key = Key(text);
        if (key.Length == 0)
        {
            return (null, null);
        }

        var named = departments.Where(d => Key(d.Name) == key).ToList();
        if (named.FirstOrDefault(d => d.RetiredAt is null || d.Id == current) is { } found)
        {
            return (found.Id, found.Name);
        }

        var kept = existing is null ? "จึงเว้นว่างไว้" : currentName is null ? "จึงคงว่างไว้ตามเดิม" : $"จึงคง \"{currentName}\" ไว้ตามเดิม";
        warnings.Add(new ImportWarning(UnknownDepartmentCode, named.Count > 0
            ? $"ส่วนราชการ \"{text.Trim()}\" เลิกใช้แล้ว {kept}"
            : $"ไม่พบส่วนราชการชื่อ \"{text.Trim()}\" ในระบบ {kept} (แก้ชื่อในไฟล์ให้ตรงกับหน้าส่วนราชการ หรือเลือกภายหลังที่หน้าแก้ไข)", row));
        return (current, currentName);
    }

    private static string Key(string? name) =>
        string.Concat(ThaiDigits.ToAscii(name ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u200B')).ToLowerInvariant();

    private static AssetColumn ColumnOf(string? field) => field switch
    {
        "DepartmentId" => AssetColumn.Department,
        _ when Enum.TryParse<AssetColumn>(field, out var column) => column,
        _ => AssetColumn.Code,
    };
}
