namespace Prongsai.Core.Storage;

/// <summary>An uploaded table as rows of text (row 1 first, empty rows kept), what it was read as, or why it could not be read.</summary>
public sealed record UploadedTable(IReadOnlyList<IReadOnlyList<string>> Rows, string Format, string? Encoding, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static UploadedTable Failed(string problem) => new([], "", null, problem);
}

/// <summary>
/// Reads a table a clerk uploads: CSV (UTF-8 or TIS-620) or the first sheet of an Excel workbook (.xlsx), told apart by
/// the bytes, never the name. An old .xls, or any other file, is refused with a Thai sentence saying what to do.
/// Implemented in Prongsai.Documents, where OpenXml lives; the workbook is checked against ZIP bombs before it opens.
/// </summary>
public interface IUploadedTables
{
    /// <summary>The table in bytes already read (a file on disk, an upload the caller has limited itself).</summary>
    UploadedTable Read(byte[] content);

    /// <summary>
    /// Reads the upload into memory, stopping as soon as it passes <paramref name="maxBytes"/> (a lying Content-Length
    /// cannot fill memory), then the table as <see cref="Read"/> does. A larger file is a failed table whose problem is
    /// <see cref="UploadMessages.TableTooLarge"/>.
    /// </summary>
    Task<UploadedTable> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default);
}
