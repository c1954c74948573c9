namespace Prongsai.Core.Storage;

/// <summary>What became of a PDF sent to be cleaned of who made it.</summary>
public enum PdfCleaning
{
    /// <summary>Rewritten from its pages alone: no document information, no XMP, no outline, form or attachment.</summary>
    Cleaned,

    /// <summary>The PDF could not be read (damaged, or locked with a password).</summary>
    Unreadable,

    /// <summary>No tool to clean it on this server: the file is as it came.</summary>
    Unavailable,
}

/// <summary>
/// Takes out of a PDF what names the person who made it: Word, scanners and phones write the author's name, e-mail and
/// software into the document information and its XMP metadata, and an anonymous complainant's PDF would name them to
/// the officers who open it.
/// </summary>
public interface IPdfMetadataCleaner
{
    Task<(PdfCleaning Outcome, byte[] Pdf)> CleanAsync(byte[] pdf, CancellationToken cancellationToken);
}
