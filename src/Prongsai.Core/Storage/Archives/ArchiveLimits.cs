namespace Prongsai.Core.Storage.Archives;

/// <summary>
/// Prongsai:Archives — limits for every uploaded ZIP package (DOCX, XLSX) the app opens, checked before any
/// XML is parsed: at upload, by the measures import and by the text extractor; and the pixel limit of images. The defaults let through
/// any real office document of the upload size; an operator can tighten or loosen them in configuration.
/// </summary>
public sealed class ArchiveLimits
{
    public const string ConfigurationKey = "Prongsai:Archives";

    /// <summary>Largest package accepted (compressed), as the upload limit.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest total of all parts after decompression, nested packages included.</summary>
    public long MaxExpandedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Largest ratio expanded/compressed of one part once it passes 1 MB (real office XML stays under 30).</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Most parts a package may hold, nested packages included.</summary>
    public int MaxEntries { get; set; } = 2000;

    /// <summary>How deep packages may sit inside packages (a spreadsheet embedded in a document is 1).</summary>
    public int MaxNestingDepth { get; set; } = 2;

    /// <summary>Most pixels an uploaded image may declare (width × height); 100 million is above any camera's photo.</summary>
    public long MaxImagePixels { get; set; } = 100_000_000;

    /// <summary>Time the check itself may take.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(20);
}
