using System.Globalization;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>The register's form as typed (the date stays text, so a mistyped one comes back as it was).</summary>
public sealed class AssetForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Category { get; set; }
    public int? Quantity { get; set; } = 1;
    public int? DepartmentId { get; set; }
    public string? Location { get; set; }
    public string? AcquiredOn { get; set; }
    public decimal? Value { get; set; }
    public bool Lendable { get; set; }
    public bool ShownToPublic { get; set; }
    public AssetCondition Condition { get; set; } = AssetCondition.Good;
    public string? Notes { get; set; }

    public static AssetForm Of(Asset asset) => new()
    {
        Code = asset.Code,
        Name = asset.Name,
        Category = asset.Category,
        Quantity = asset.Quantity,
        DepartmentId = asset.DepartmentId,
        Location = asset.Location,
        AcquiredOn = asset.AcquiredOn is { } on ? ThaiDateInput.Format(on) : null,
        Value = asset.Value,
        Lendable = asset.Lendable,
        ShownToPublic = asset.ShownToPublic,
        Condition = asset.Condition,
        Notes = asset.Notes,
    };

    public AssetInput ToInput(DateOnly? acquiredOn) =>
        new(Code, Name, Category, Quantity, DepartmentId, Location, acquiredOn, Value, Lendable, Condition, Notes, ShownToPublic);

    /// <summary>The price as a clerk types it back: "12500.50", no thousands separator to trip over.</summary>
    public string? ValueText => Value?.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>What the shared fields partial (<c>_AssetFields</c>) shows.</summary>
public sealed record AssetFieldsView(AssetForm Form, IReadOnlyList<(int Id, string Name)> Departments, string Org);

/// <summary>What the loans table partial (<c>_LoanTable</c>) shows; <paramref name="Today"/> in Bangkok tells which loans are overdue.</summary>
public sealed record LoanTableView(string Org, IReadOnlyList<AssetLoanRow> Rows, string Label, bool ShowAsset, DateOnly Today);
