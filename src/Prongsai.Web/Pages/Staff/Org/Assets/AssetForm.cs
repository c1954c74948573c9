using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Text;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// The register's form as typed: the quantity, the date and the price stay text, so a mistyped one (Thai digits are
/// read) comes back as it was, with why beside it.
/// </summary>
public sealed class AssetForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? Quantity { get; set; } = "1";
    public int? DepartmentId { get; set; }
    public string? Location { get; set; }
    public string? AcquiredOn { get; set; }
    public string? Value { get; set; }
    public bool Lendable { get; set; }
    public bool ShownToPublic { get; set; }
    public AssetCondition Condition { get; set; } = AssetCondition.Good;
    public string? Notes { get; set; }

    public static AssetForm Of(Asset asset) => new()
    {
        Code = asset.Code,
        Name = asset.Name,
        Category = asset.Category,
        Quantity = asset.Quantity.ToString(CultureInfo.InvariantCulture),
        DepartmentId = asset.DepartmentId,
        Location = asset.Location,
        AcquiredOn = asset.AcquiredOn is { } on ? ThaiDateInput.Format(on) : null,
        // The price as a clerk types it back: "12500.50", no thousands separator to trip over.
        Value = asset.Value?.ToString("0.##", CultureInfo.InvariantCulture),
        Lendable = asset.Lendable,
        ShownToPublic = asset.ShownToPublic,
        Condition = asset.Condition,
        Notes = asset.Notes,
    };

    /// <summary>
    /// What the form says, for the use case: the quantity, the date and the price read from their text; each that cannot
    /// be read is an error beside its field (<paramref name="state"/>, under "Input.") and passed on as none.
    /// </summary>
    public AssetInput Read(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var acquiredOn = ThaiDateFields.ReadDate(state, "Input.AcquiredOn", AcquiredOn, required: false);
        var quantity = TypedNumbers.ReadWhole(Quantity, "จำนวน", AssetLimits.MaxQuantity);
        if (quantity.Problem is { } quantityProblem)
        {
            state.AddModelError("Input.Quantity", quantityProblem);
        }

        var value = ThaiMoney.Parse(Value, required: false);
        if (value.Error is { } valueProblem)
        {
            state.AddModelError("Input.Value", valueProblem);
        }

        return new(Code, Name, Category, quantity.Value, DepartmentId, Location, acquiredOn, value.Value, Lendable, Condition, Notes, ShownToPublic);
    }
}

/// <summary>What the shared fields partial (<c>_AssetFields</c>) shows.</summary>
public sealed record AssetFieldsView(AssetForm Form, IReadOnlyList<(int Id, string Name)> Departments, string Org);

/// <summary>What the loans table partial (<c>_LoanTable</c>) shows; <paramref name="Today"/> in Bangkok tells which loans are overdue.</summary>
public sealed record LoanTableView(string Org, IReadOnlyList<AssetLoanRow> Rows, string Label, bool ShowAsset, DateOnly Today);
