using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Documents.Forms;

/// <summary>A table's column grid (w:tblGrid). The schema requires one before the first row, and Word calls a file
/// without it damaged, even though LibreOffice and the SDK's reader open it.</summary>
internal static class WordGrid
{
    /// <summary>Columns sharing <paramref name="textWidth"/> (twentieths of a point) by the given percentages.</summary>
    public static TableGrid Of(IEnumerable<int> percents, int textWidth) =>
        new(percents.Select(p => new GridColumn { Width = (textWidth * p / 100).ToString(CultureInfo.InvariantCulture) }));

    /// <summary><paramref name="columns"/> columns of equal width.</summary>
    public static TableGrid Even(int columns, int textWidth) => Of(Enumerable.Repeat(100 / Math.Max(1, columns), columns), textWidth);
}
