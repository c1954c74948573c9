namespace Prongsai.Documents.Extraction;

/// <summary>
/// Prongsai:TextExtraction — the budget of reading one attachment's text for search, so one hostile file
/// (a PDF whose streams expand without end, a spreadsheet of millions of cells) cannot hold the background
/// job or the memory every organization shares. What is over the budget is cut, not failed.
/// </summary>
public sealed class TextExtractionLimits
{
    public const string ConfigurationKey = "Prongsai:TextExtraction";

    /// <summary>Most characters of text kept per attachment (search needs the words, not every copy of them).</summary>
    public int MaxChars { get; set; } = 2_000_000;

    /// <summary>Time for one attachment, tools and parsing together.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Time for one run of an outside tool (pdftotext, pdftoppm, tesseract).</summary>
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Data memory one run of an outside tool may take (the kernel's RLIMIT_DATA). Tesseract on an A3 page at 200 dpi
    /// takes about 150 MB; a hostile PDF can ask pdftoppm for gigabytes.
    /// </summary>
    public long MaxToolMemoryBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Most pixels of one scanned page drawn for OCR: A3 at 200 dpi; a larger page is drawn at a lower resolution.</summary>
    public long MaxPagePixels { get; set; } = 8_000_000;

    /// <summary>Largest file copied in to be read (as the upload limit).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
}
