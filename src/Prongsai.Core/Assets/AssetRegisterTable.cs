using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Money;
using Prongsai.Core.Text;

namespace Prongsai.Core.Assets;

/// <summary>
/// The register as a table with the import's own column titles (<see cref="AssetRegisterColumns"/>): the download
/// keepers keep as a copy, which imports back unchanged (into another organization too), and the import's template.
/// Written-off articles are left out, as the register's list leaves them out; the website listing is not a column,
/// because an import never sets it.
/// </summary>
public sealed class AssetRegisterTable(ProngsaiDbContext db)
{
    public static IReadOnlyList<string> Header => AssetRegisterColumns.Titles;

    /// <summary>The template's one example row.</summary>
    public static IReadOnlyList<string> Example { get; } =
    [
        "416-66-0001", "เต็นท์ผ้าใบ ขนาด 4x8 เมตร", "ครุภัณฑ์งานบ้านงานครัว", "10", "สำนักปลัด", "โรงเก็บพัสดุ", "01/03/2566",
        "12,500.00", "ได้", "ดี", "ตัวอย่าง ลบแถวนี้ก่อนนำเข้า",
    ];

    /// <summary>Every article in the register (not written off), by code.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> RowsAsync(CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var assets = await db.Set<Asset>().AsNoTracking().Where(a => a.RetiredAt == null)
            .OrderBy(a => a.Code).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return assets.Select(a => Row(a, a.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null)).ToList();
    }

    public static IReadOnlyList<string> Row(Asset asset, string? department)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return
        [
            asset.Code, asset.Name, asset.Category ?? "", asset.Quantity.ToString(CultureInfo.InvariantCulture), department ?? "",
            asset.Location ?? "", asset.AcquiredOn is { } on ? ThaiDateInput.Format(on) : "",
            asset.Value is { } value ? ThaiMoney.Format(value) : "", Lendable(asset.Lendable), AssetTexts.Condition(asset.Condition),
            asset.Notes ?? "",
        ];
    }

    /// <summary>"ได้" or "ไม่ได้", as the import reads it back.</summary>
    public static string Lendable(bool lendable) => lendable ? "ได้" : "ไม่ได้";

    /// <summary>UTF-8 with a byte-order mark, so Excel shows Thai.</summary>
    public static byte[] Csv(IEnumerable<IReadOnlyList<string>> rows) => CsvFiles.ToFile(Header, rows);
}
