using Prongsai.Core.Common;

namespace Prongsai.Core.Assets;

/// <summary>
/// What one article of the register must be, whoever writes it: the form (<see cref="ManageAssetRegister"/>) and each
/// row of an imported file (<see cref="ImportAssetRegister"/>). The checks that ask the database (a code already
/// taken, a department in use) are the callers': the form asks once per article, the import once per file.
/// </summary>
public static class AssetRules
{
    /// <summary>The largest price accepted (ten billion baht less a satang): a typo is refused, not stored.</summary>
    public const decimal MaxValue = 9_999_999_999m;

    /// <summary>
    /// Every error of <paramref name="input"/> on its field ("Code", "Name", …): <paramref name="lent"/> is how many
    /// pieces are out on loan now (the quantity may not go below), <paramref name="today"/> the day in Bangkok.
    /// </summary>
    public static List<Error> Check(AssetInput input, int lent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        var code = input.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(Error.Invalid("กรุณากรอกเลขรหัสครุภัณฑ์ (เช่น 416-66-0001)", "Code"));
        }
        else if (code.Length > AssetLimits.Code)
        {
            errors.Add(Error.Invalid($"เลขรหัสยาวได้ไม่เกิน {AssetLimits.Code:N0} ตัวอักษร", "Code"));
        }

        Require(errors, input.Name, AssetLimits.Name, "Name", "กรุณากรอกชื่อทรัพย์สิน", "ชื่อ");
        Limit(errors, input.Category, AssetLimits.Category, "Category", "ประเภท");
        Limit(errors, input.Location, AssetLimits.Location, "Location", "สถานที่เก็บ");
        Limit(errors, input.Notes, AssetLimits.Notes, "Notes", "หมายเหตุ");
        if (input.Quantity is not { } quantity || quantity < 1 || quantity > AssetLimits.MaxQuantity)
        {
            errors.Add(Error.Invalid($"จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {AssetLimits.MaxQuantity:N0}", "Quantity"));
        }
        else if (quantity < lent)
        {
            errors.Add(Error.Conflict($"ขณะนี้ให้ยืมออกไป {lent:N0} ชิ้น จำนวนในทะเบียนต้องไม่น้อยกว่านั้น", "Quantity"));
        }

        if (input.Value is { } value && (value < 0 || value > MaxValue))
        {
            errors.Add(Error.Invalid("ราคาต้องเป็นจำนวนเงินที่ไม่ติดลบ", "Value"));
        }

        if (input.AcquiredOn is { } acquired && acquired > today)
        {
            errors.Add(Error.Invalid("วันที่ได้มาต้องไม่เลยวันนี้", "AcquiredOn"));
        }

        if (!Enum.IsDefined(input.Condition))
        {
            errors.Add(Error.Invalid("กรุณาเลือกสภาพ", "Condition"));
        }

        return errors;
    }

    /// <summary>Writes the checked input onto the article; it is listed on the website only while it may be lent.</summary>
    public static void Apply(Asset asset, AssetInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(input);
        asset.Code = input.Code!.Trim();
        asset.Name = input.Name!.Trim();
        asset.Category = Blank(input.Category);
        asset.Quantity = input.Quantity!.Value;
        asset.DepartmentId = input.DepartmentId;
        asset.Location = Blank(input.Location);
        asset.AcquiredOn = input.AcquiredOn;
        asset.Value = input.Value;
        asset.Lendable = input.Lendable;
        asset.ShownToPublic = input.Lendable && input.ShownToPublic;
        asset.Condition = input.Condition;
        asset.Notes = Blank(input.Notes);
        asset.UpdatedAt = now;
    }

    /// <summary>Text as the register keeps it: trimmed, and nothing rather than blanks.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Require(List<Error> errors, string? value, int limit, string field, string missing, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error.Invalid(missing, field));
        }
        else
        {
            Limit(errors, value, limit, field, label);
        }
    }

    private static void Limit(List<Error> errors, string? value, int limit, string field, string label)
    {
        if (value?.Trim().Length > limit)
        {
            errors.Add(Error.Invalid($"{label}ยาวได้ไม่เกิน {limit:N0} ตัวอักษร", field));
        }
    }
}
