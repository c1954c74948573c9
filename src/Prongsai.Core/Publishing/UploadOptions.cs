namespace Prongsai.Core.Publishing;

/// <summary>Prongsai:Uploads — the same MaxBytes the web server's request limit is set from.</summary>
public sealed class UploadOptions
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public int MaxFilesPerSave { get; set; } = 20;
}
