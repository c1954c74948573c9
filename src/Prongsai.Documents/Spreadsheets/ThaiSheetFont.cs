using DocumentFormat.OpenXml.Spreadsheet;

namespace Prongsai.Documents.Spreadsheets;

/// <summary>The font of the workbooks' cells: the official document font, with Excel told the text is Thai.</summary>
internal static class ThaiSheetFont
{
    /// <summary>
    /// Character set 222 (Thai) makes Excel fall back to a Thai font it has (Tahoma, Leelawadee UI) where TH Sarabun New
    /// is not installed, instead of showing boxes.
    /// </summary>
    public static Font Of(bool bold = false, bool link = false)
    {
        // The schema's order: bold, underline, size, colour, name, character set, scheme.
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (link)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = 14 });
        if (link)
        {
            font.Append(new Color { Rgb = "FF0563C1" });
        }

        font.Append(new FontName { Val = ThaiRun.Font }, new FontCharSet { Val = 222 }, new FontScheme { Val = FontSchemeValues.None });
        return font;
    }
}
