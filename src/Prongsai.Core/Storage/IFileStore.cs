namespace Prongsai.Core.Storage;

/// <summary>
/// Where uploaded and generated files live. App nodes keep no files of their own: the default
/// store is a directory under the data directory (shared storage when there are several nodes);
/// an S3-compatible store can take its place.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the stream under a new key (returned) inside the given folder.</summary>
    Task<string> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Null when no file has that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every stored file under the folder and its sub-folders, in no particular order, for housekeeping (files an
    /// import kept for a preview that was never confirmed). Only well-formed keys are listed.
    /// </summary>
    IAsyncEnumerable<StoredFile> ListAsync(string folder, CancellationToken cancellationToken = default);
}

/// <summary>A stored file as a listing sees it: its key and when it was last written.</summary>
public sealed record StoredFile(string Key, DateTimeOffset LastModified);
