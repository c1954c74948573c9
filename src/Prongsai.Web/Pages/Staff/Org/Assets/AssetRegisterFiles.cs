using Prongsai.Core.Assets;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>The register as a file to download: the keepers' copy and the import's template share its columns and look.</summary>
public static class AssetRegisterFiles
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Column widths in characters, in the order of <see cref="AssetRegisterTable.Header"/>.</summary>
    private static readonly IReadOnlyList<double> Widths = [16, 36, 24, 8, 20, 22, 16, 14, 10, 14, 30];

    /// <summary>One sheet: the title lines (the office, the day), the header, the rows; every cell is text, so codes keep their zeros.</summary>
    public static byte[] Xlsx(IReadOnlyList<string> titleLines, IEnumerable<IReadOnlyList<string>> rows) =>
        SimpleSheets.Write("ทะเบียนครุภัณฑ์", titleLines, AssetRegisterTable.Header, rows, Widths);
}
