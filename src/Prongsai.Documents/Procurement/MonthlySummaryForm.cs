using Prongsai.Documents.Forms;

namespace Prongsai.Documents.Procurement;

/// <summary>
/// The สขร.1 as a form (<see cref="PrintedForm"/>): "แบบ สขร.1" at the top right, the title and the organization, the
/// nine-column table on A4 landscape with the paper form's column widths, and the month's total under it. Written as
/// Word by <see cref="FormDocxWriter"/> and printed to PDF from <see cref="FormHtmlWriter"/>, like every form to sign.
/// </summary>
public static class MonthlySummaryForm
{
    public static byte[] Docx(MonthlySummary summary) => FormDocxWriter.Write(Form(summary));

    /// <summary>The standalone HTML the PDF is printed from.</summary>
    public static string Html(MonthlySummary summary) => FormHtmlWriter.Write(Form(summary));

    public static PrintedForm Form(MonthlySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var columns = MonthlySummary.Headings.Select((heading, i) => new FormColumn(heading, MonthlySummary.Widths[i], i switch
        {
            0 or 4 => FormAlign.Centre,
            2 or 3 => FormAlign.Right,
            _ => FormAlign.Left,
        })
        {
            // The number, the method and the contract's date are the form's own words: cut, they misread.
            KeepsWords = i is 0 or 4 or 8,
        }).ToList();
        var rows = summary.Rows.Select(row => (IReadOnlyList<FormCell>)row.Select(text => new FormCell(text)).ToList()).ToList();
        return new PrintedForm(summary.Title,
        [
            new FormTable(columns, rows) { Empty = MonthlySummary.NoProcurement },
            new FormParagraph(summary.TotalLine),
        ])
        {
            Corner = "แบบ สขร.1",
            Subtitle = summary.IsSample ? [summary.OrganizationName, "ข้อมูลตัวอย่าง"] : [summary.OrganizationName],
            Landscape = true,
        };
    }
}
