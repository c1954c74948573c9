using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Tests.Documents;

/// <summary>
/// What a screen reader needs of a Word file: the package's Title and Language, and the title as a real heading (a
/// paragraph style with an outline level, bold from the style rather than from the run), so the file can be walked
/// by its headings.
/// </summary>
internal static class WordAssert
{
    /// <summary>Checks the title property against the "heading 1" paragraph, whatever the title is; returns it.</summary>
    public static string TitledWithHeadings(WordprocessingDocument word)
    {
        var title = word.PackageProperties.Title;
        Assert.False(string.IsNullOrEmpty(title), "the Word file has no Title property");
        Titled(word, title);
        return title;
    }

    /// <summary>Checks the Title and Language properties and that the title paragraph is a heading of level 1.</summary>
    public static void Titled(WordprocessingDocument word, string title)
    {
        Assert.Equal(title, word.PackageProperties.Title);
        Assert.Equal("th-TH", word.PackageProperties.Language);
        var heading = Assert.Single(Headings(word), h => h.Text == title);
        Assert.Equal(1, heading.Level);
        var paragraph = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First(p => p.InnerText == title);
        Assert.All(paragraph.Descendants<Run>(), run => Assert.Null(run.RunProperties?.GetFirstChild<Bold>()));
    }

    /// <summary>The body's paragraphs whose style has an outline level, with their level (1 for outline level 0).</summary>
    public static IReadOnlyList<(int Level, string Text)> Headings(WordprocessingDocument word)
    {
        var styles = word.MainDocumentPart!.StyleDefinitionsPart?.Styles;
        Assert.NotNull(styles);
        var outline = styles.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleParagraphProperties?.OutlineLevel?.Val?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties!.OutlineLevel!.Val!.Value + 1);
        foreach (var style in styles.Elements<Style>().Where(s => outline.ContainsKey(s.StyleId!.Value!)))
        {
            // Word lists a style as a heading in its navigation pane when it is its own "heading N".
            Assert.Equal("heading " + outline[style.StyleId!.Value!].ToString(System.Globalization.CultureInfo.InvariantCulture), style.StyleName?.Val?.Value);
            Assert.NotNull(style.StyleRunProperties?.GetFirstChild<Bold>());
        }

        return word.MainDocumentPart.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id && outline.ContainsKey(id))
            .Select(p => (outline[p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!], p.InnerText))
            .ToList();
    }
}
