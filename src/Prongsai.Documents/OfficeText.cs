using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Text;

namespace Prongsai.Documents;

/// <summary>
/// The text element of a Word run or an Excel cell, made the one way every writer needs: spaces kept as typed, and
/// characters an XML part cannot hold cleaned out (<see cref="XmlSafeText"/>) so one pasted title cannot break a download.
/// </summary>
public static class OfficeText
{
    /// <summary>A Word run's text (<c>w:t</c>).</summary>
    public static Text Word(string? text) => new(XmlSafeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>An Excel cell's or shared string's text (<c>x:t</c>).</summary>
    public static DocumentFormat.OpenXml.Spreadsheet.Text Sheet(string? text) =>
        new(XmlSafeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve };
}
