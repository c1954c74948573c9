using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;

namespace Prongsai.Core.Assets;

/// <summary>What an imported row changes in an article already in the register, field by field, as the preview lists it.</summary>
internal static class AssetImportChanges
{
    public static List<AssetImportChange> Between(Asset before, AssetInput input, IReadOnlyDictionary<int, string> departments)
    {
        // The article as the save would leave it, so the comparison sees what the register keeps (trimmed, blanks as nothing).
        var after = new Asset { Code = "", Name = "" };
        AssetRules.Apply(after, input, before.UpdatedAt);
        var changes = new List<AssetImportChange>();
        void Compare<T>(AssetColumn column, T old, T now, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
            {
                changes.Add(new AssetImportChange(AssetRegisterColumns.Label(column), show(old), show(now)));
            }
        }

        string Department(int? id) => id is { } d && departments.TryGetValue(d, out var name) ? name : "–";
        Compare(AssetColumn.Name, before.Name, after.Name, Text);
        Compare(AssetColumn.Category, before.Category, after.Category, Text);
        Compare(AssetColumn.Quantity, before.Quantity, after.Quantity, q => q.ToString("#,0", CultureInfo.InvariantCulture));
        Compare(AssetColumn.Department, before.DepartmentId, after.DepartmentId, Department);
        Compare(AssetColumn.Location, before.Location, after.Location, Text);
        Compare(AssetColumn.AcquiredOn, before.AcquiredOn, after.AcquiredOn, d => d is { } date ? ThaiDateInput.Format(date) : "–");
        Compare(AssetColumn.Value, before.Value, after.Value, v => v is { } value ? ThaiMoney.Format(value) : "–");
        Compare(AssetColumn.Lendable, before.Lendable, after.Lendable, AssetRegisterTable.Lendable);
        Compare(AssetColumn.Condition, before.Condition, after.Condition, AssetTexts.Condition);
        Compare(AssetColumn.Notes, before.Notes, after.Notes, Text);
        if (before.ShownToPublic && !after.ShownToPublic)
        {
            changes.Add(new AssetImportChange("แสดงบนเว็บไซต์", "แสดง", "ไม่แสดง (ให้ยืมไม่ได้แล้ว)"));
        }

        return changes;
    }

    private static string Text(string? text) => text ?? "–";
}
