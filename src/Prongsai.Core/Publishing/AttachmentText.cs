namespace Prongsai.Core.Publishing;

/// <summary>What reading a file's text gave: the text, or why there is none.</summary>
public sealed record ExtractedText(TextState State, string? Text, string? Note);

/// <summary>Reads the text of an attachment for search (PDF, DOCX, XLSX; OCR for scans when available).</summary>
public interface IAttachmentTextExtractor
{
    Task<ExtractedText> ExtractAsync(Stream content, string kind, CancellationToken cancellationToken);

    /// <summary>
    /// True when an attachment left "not searchable" with this note would be read now: the note names a tool that was
    /// missing then and is installed now.
    /// </summary>
    bool ReadsNow(string? note);
}

/// <summary>Used where no extractor is registered: everything stays "not searchable".</summary>
public sealed class NoTextExtractor : IAttachmentTextExtractor
{
    public Task<ExtractedText> ExtractAsync(Stream content, string kind, CancellationToken cancellationToken) =>
        Task.FromResult(new ExtractedText(TextState.NotSearchable, null, "ไม่มีตัวอ่านข้อความ / no text reader"));

    public bool ReadsNow(string? note) => false;
}
