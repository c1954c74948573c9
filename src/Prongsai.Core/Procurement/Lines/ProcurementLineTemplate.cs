using System.Globalization;
using System.Text.Json;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Procurement.Lines;

/// <summary>One column of the line file: its header as the template names it, and the field it shows.</summary>
public sealed record LineColumn(string Header, string Field);

/// <summary>
/// The 16-field line per procurement that the guidance from FY2568 asks for, beside the classic สขร.1. The headers and
/// their order are data (procurement-line-template.json, embedded), because the template changes from year to year;
/// the code only knows how to fill each field.
/// </summary>
public static class ProcurementLineTemplate
{
    public const string ResourceName = "Prongsai.Core.Procurement.Lines.procurement-line-template.json";
    public const string Ministry = "กระทรวงมหาดไทย";
    public const string LocalGovernment = "องค์กรปกครองส่วนท้องถิ่น";

    private static readonly Lazy<IReadOnlyList<LineColumn>> Loaded = new(Load);

    public static IReadOnlyList<LineColumn> Columns => Loaded.Value;

    public static IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    /// <summary>The lines of <paramref name="records"/> in template order; amounts "1,234.00", numbered from 1.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Organization organization, int fiscalYear, IEnumerable<ProcurementRecord> records) =>
        records.Select((r, i) => (IReadOnlyList<string>)Columns.Select(c => Value(c.Field, organization, fiscalYear, r, i + 1)).ToList()).ToList();

    private static string Value(string field, Organization organization, int fiscalYear, ProcurementRecord r, int sequence) => field switch
    {
        "sequence" => sequence.ToString(CultureInfo.InvariantCulture),
        "fiscalYear" => fiscalYear.ToString(CultureInfo.InvariantCulture),
        "agencyName" => organization.Name,
        "district" => organization.District ?? "",
        "province" => organization.Province ?? "",
        // Every organization Prongsai serves is a local government under the Ministry of Interior (its kinds are LAO kinds).
        "ministry" => Ministry,
        "agencyType" => LocalGovernment,
        "title" => r.Title,
        "budgetAmount" => ThaiMoney.Format(r.BudgetAmount),
        "budgetSource" => r.BudgetSource ?? "",
        "status" => ProcurementTexts.Status(r.Status),
        "method" => ProcurementTexts.Method(r.Method, r.MethodNote),
        "referencePrice" => r.ReferencePrice is { } p ? ThaiMoney.Format(p) : "",
        "agreedPrice" => r.AgreedPrice is { } a ? ThaiMoney.Format(a) : "",
        "selectedSupplier" => r.SelectedSupplier ?? "",
        "egpProjectNumber" => r.EgpProjectNumber ?? "",
        "month" => ThaiDate.FormatMonthYear(DateOnlyMonth(r.Month)),
        _ => throw new InvalidOperationException($"Unknown field '{field}' in {ResourceName}."),
    };

    private static YearMonth DateOnlyMonth(DateOnly d) => YearMonth.FromDate(d);

    private static IReadOnlyList<LineColumn> Load()
    {
        using var stream = typeof(ProcurementLineTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("columns").EnumerateArray()
            .Select(c => new LineColumn(c.GetProperty("header").GetString()!, c.GetProperty("field").GetString()!))
            .ToList();
    }
}
