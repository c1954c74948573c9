using DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Documents;

/// <summary>
/// A Word run's properties for Thai text, the one way the DOCX writers make them: the font for every script (Word picks
/// the complex-script one for Thai), bold and size for both, and the language th-TH so Word breaks lines between Thai
/// words and checks Thai spelling. The elements go in the schema's order — fonts, bold, size, language — as Word
/// refuses a file that mixes it up.
/// </summary>
public static class ThaiRun
{
    /// <summary>The font of the official documents (ระเบียบงานสารบรรณ).</summary>
    public const string Font = "TH Sarabun New";

    /// <param name="halfPoints">The size in half-points, as Word counts it ("28" is 14 pt).</param>
    public static RunProperties Properties(string halfPoints, bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints }, new Languages { Bidi = "th-TH", Val = "th-TH" });
        return properties;
    }
}
