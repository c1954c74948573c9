namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>
/// One row of an operator's sheet as plain strings, with the line (CSV) or row number (XLSX) people see.
/// This is the seam between file parsing (CSV here, XLSX in Prongsai.Documents) and the catalog rules in
/// <see cref="FlatCatalogReader"/>: a different CSV or spreadsheet library only has to produce these.
/// </summary>
/// <param name="Line">1-based line or row number where the row starts.</param>
/// <param name="Cells">Cell texts by column (index 0 = column 1 / A); gaps are empty strings.</param>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}
