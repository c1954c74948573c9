using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Text;

namespace Prongsai.Documents;

/// <summary>
/// What every Word file the product writes carries for people who read it with a screen reader, the one way the DOCX
/// writers make it: real heading styles ("heading 1", "heading 2", with their outline levels, so Word's navigation pane
/// and screen readers list them) in the document's own Thai font instead of bold direct formatting, and the package's
/// core properties Title (the report's title) and Language (th-TH).
/// </summary>
public static class ThaiWordStyles
{
    /// <summary>The document's language, in the package's core properties and in the default run properties.</summary>
    public const string Language = "th-TH";

    /// <summary>The style id of the heading of <paramref name="level"/> (1 for the title, 2 for a section).</summary>
    public static string HeadingId(int level) => "Heading" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sets the package's Title and Language, as Word's File › Info shows them and screen readers announce them.</summary>
    public static void Describe(WordprocessingDocument document, string title)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.PackageProperties.Title = XmlSafeText.Clean(title);
        document.PackageProperties.Language = Language;
    }

    /// <summary>
    /// Adds the styles part of a writer that had none: document defaults in <paramref name="font"/> and
    /// <paramref name="bodyHalfPoints"/> with the language th-TH, "Normal", and one heading style per entry of
    /// <paramref name="headingHalfPoints"/> (heading 1 first).
    /// </summary>
    public static Styles Add(MainDocumentPart main, string font, string bodyHalfPoints, params string[] headingHalfPoints)
    {
        ArgumentNullException.ThrowIfNull(main);
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                new FontSize { Val = bodyHalfPoints },
                new FontSizeComplexScript { Val = bodyHalfPoints },
                new Languages { Val = Language, EastAsia = Language, Bidi = Language }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        AddHeadings(styles, font, headingHalfPoints);
        part.Styles = styles;
        return styles;
    }

    /// <summary>Appends "heading 1", "heading 2"… to an existing styles part, one per size given.</summary>
    public static void AddHeadings(Styles styles, string font, params string[] headingHalfPoints)
    {
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentNullException.ThrowIfNull(headingHalfPoints);
        for (var i = 0; i < headingHalfPoints.Length; i++)
        {
            styles.Append(Heading(i + 1, font, headingHalfPoints[i]));
        }
    }

    /// <summary>
    /// A heading style Word knows as its own ("heading N", so it is listed in the navigation pane), bold, black, in the
    /// document's font, kept with the next paragraph, with outline level N − 1.
    /// </summary>
    public static Style Heading(int level, string font, string halfPoints) =>
        new(
            new StyleName { Val = "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(
                new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                new Bold(),
                new BoldComplexScript(),
                new Color { Val = "000000" },
                new FontSize { Val = halfPoints },
                new FontSizeComplexScript { Val = halfPoints }))
        {
            Type = StyleValues.Paragraph,
            StyleId = HeadingId(level),
        };

    /// <summary>Puts a paragraph in the heading style of <paramref name="level"/> (the style id goes first, as the schema wants).</summary>
    public static Paragraph AsHeading(Paragraph paragraph, int level)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.ParagraphStyleId = new ParagraphStyleId { Val = HeadingId(level) };
        return paragraph;
    }
}
