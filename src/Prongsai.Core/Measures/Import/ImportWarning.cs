namespace Prongsai.Core.Measures.Import;

/// <summary>
/// Something the importer accepted but a person should look at.
/// Code is stable for machines; Message is Thai for the uploader; Row is the 1-based line of the file.
/// </summary>
public sealed record ImportWarning(string Code, string Message, int? Row);

/// <summary>Stable warning codes.</summary>
public static class ImportWarningCodes
{
    public const string DuplicateMeasureNumber = "duplicate-measure-number";
    public const string UnparsedPeriod = "unparsed-period";
    public const string PeriodOutsideFiscalYear = "period-outside-fiscal-year";
    public const string WrongCellCount = "wrong-cell-count";
    public const string MissingMeasureNumber = "missing-measure-number";
    public const string MissingTitle = "missing-title";
    public const string FiscalYearMismatch = "fiscal-year-mismatch";
    public const string TextOutsideTable = "text-outside-table";
}
