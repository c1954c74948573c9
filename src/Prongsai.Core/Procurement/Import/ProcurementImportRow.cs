using Prongsai.Core.Calendar;

namespace Prongsai.Core.Procurement.Import;

/// <summary>One สขร.1 line read from a file, ready to save; <see cref="Line"/> is its line (row) in the file.</summary>
public sealed record ProcurementImportRow(
    int Line,
    int? Ordinal,
    YearMonth Month,
    string Title,
    decimal BudgetAmount,
    decimal? ReferencePrice,
    ProcurementMethod Method,
    string? MethodNote,
    IReadOnlyList<ParsedBid> Bids,
    string? SelectedSupplier,
    decimal? AgreedPrice,
    string? SelectionReason,
    string? ContractNumber,
    DateOnly? ContractDate,
    string? EgpProjectNumber);

/// <summary>Something the clerk should look at, or what stops the import: in Thai, with its line and column.</summary>
public sealed record ImportMessage(int Line, string? Column, string Message)
{
    /// <summary>"แถวที่ 5 คอลัมน์ D \"ราคากลาง\": …".</summary>
    public override string ToString() =>
        Line <= 0 ? Message
        : Column is null ? $"แถวที่ {Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Message}"
        : $"แถวที่ {Line.ToString(System.Globalization.CultureInfo.InvariantCulture)} คอลัมน์ {Column}: {Message}";
}

/// <summary>What a file holds: its rows, what to check, and what stops it (all or nothing).</summary>
public sealed record ProcurementImportPreview(
    int FiscalYear, IReadOnlyList<ProcurementImportRow> Rows, IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<ImportMessage> Errors)
{
    public bool CanImport => Errors.Count == 0 && Rows.Count > 0;
}
