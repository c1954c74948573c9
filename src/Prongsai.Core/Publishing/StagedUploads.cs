using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Prongsai.Core.Common;
using Prongsai.Core.Storage;
using Prongsai.Core.Storage.Archives;

namespace Prongsai.Core.Publishing;

/// <summary>A checked upload, held in a temporary file until it is stored.</summary>
public sealed class StagedFile : IAsyncDisposable
{
    internal StagedFile(FileStream temp, string fileName, DetectedFileType type, long size, string sha256)
    {
        Temp = temp;
        FileName = fileName;
        Type = type;
        Size = size;
        Sha256 = sha256;
    }

    internal FileStream Temp { get; }
    public string FileName { get; }
    public DetectedFileType Type { get; }
    public long Size { get; }
    public string Sha256 { get; }

    /// <summary>File-store key once stored.</summary>
    public string? Key { get; internal set; }

    public ValueTask DisposeAsync() => Temp.DisposeAsync();
}

/// <summary>
/// Uploads in two steps so nothing is stored half-way: Check reads every file into a temporary
/// file (size limit, type by content, ZIP-bomb check of office packages, sanitized name, SHA-256) and reports all problems before
/// anything is stored; Store writes them to the file store; Discard removes stored files when
/// the database transaction that should reference them fails.
/// </summary>
public sealed class StagedUploads(IFileStore store, IOptions<UploadOptions> options, IOptions<ArchiveLimits> archiveLimits)
{
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>What a document may attach: every type the detector knows.</summary>
    public static IReadOnlyList<DetectedFileType> DocumentTypes { get; } =
    [
        FileTypeDetector.Pdf, FileTypeDetector.Docx, FileTypeDetector.Doc, FileTypeDetector.Xlsx, FileTypeDetector.Xls,
        FileTypeDetector.Png, FileTypeDetector.Jpeg, FileTypeDetector.Gif, FileTypeDetector.WebP,
    ];

    public async Task<Result<List<StagedFile>>> CheckAsync(
        IReadOnlyList<UploadedFile> uploads, IReadOnlySet<string>? allowedKinds = null, CancellationToken cancellationToken = default)
    {
        var staged = new List<StagedFile>();
        var errors = new List<Error>();
        if (uploads.Count > options.Value.MaxFilesPerSave)
        {
            return Error.Invalid($"แนบไฟล์ได้ครั้งละไม่เกิน {options.Value.MaxFilesPerSave} ไฟล์", "files");
        }

        foreach (var upload in uploads)
        {
            var shownName = FileTypeDetector.SafeFileName(upload.FileName);
            var temp = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            var size = await CopyLimitedAsync(upload.Content, temp, MaxBytes, cancellationToken);
            if (size < 0)
            {
                errors.Add(Error.Invalid(UploadMessages.TooLarge(shownName, MaxBytes), "files"));
                await temp.DisposeAsync();
                continue;
            }

            if (size == 0)
            {
                errors.Add(Error.Invalid(UploadMessages.Empty(shownName), "files"));
                await temp.DisposeAsync();
                continue;
            }

            temp.Position = 0;
            var type = FileTypeDetector.Detect(temp);
            if (type is null || !DocumentTypes.Contains(type) || (allowedKinds is not null && !allowedKinds.Contains(type.Kind)))
            {
                var accepted = DocumentTypes.Where(t => allowedKinds is null || allowedKinds.Contains(t.Kind)).ToList();
                errors.Add(Error.Invalid(UploadMessages.NotAccepted(shownName, accepted), "files"));
                await temp.DisposeAsync();
                continue;
            }

            // Office files are ZIP packages: a bomb is refused here, at the door, for every upload form.
            if (type == FileTypeDetector.Docx || type == FileTypeDetector.Xlsx)
            {
                var check = ArchiveGuard.Check(temp, archiveLimits.Value, type.Kind, cancellationToken);
                if (check.Problem is { } problem)
                {
                    errors.Add(Error.Invalid($"ไฟล์ \"{shownName}\": {problem.Message}", "files"));
                    await temp.DisposeAsync();
                    continue;
                }
            }

            if (type.ContentType.StartsWith("image/", StringComparison.Ordinal) && ImageGuard.Check(temp, archiveLimits.Value) is { } huge)
            {
                errors.Add(Error.Invalid($"ไฟล์ \"{shownName}\": {huge.Message}", "files"));
                await temp.DisposeAsync();
                continue;
            }

            if (type == FileTypeDetector.Jpeg || type == FileTypeDetector.Png)
            {
                if (await StripPhotoMetadataAsync(temp, cancellationToken) is not { } stripped)
                {
                    errors.Add(Error.Invalid(UploadMessages.DamagedImage(shownName), "files"));
                    await temp.DisposeAsync();
                    continue;
                }

                size = stripped;
            }

            temp.Position = 0;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(temp, cancellationToken));
            temp.Position = 0;
            staged.Add(new StagedFile(temp, FileTypeDetector.SafeFileName(upload.FileName, type), type, size, hash));
        }

        if (errors.Count > 0)
        {
            foreach (var file in staged)
            {
                await file.DisposeAsync();
            }

            return Result<List<StagedFile>>.Fail(errors);
        }

        return Result<List<StagedFile>>.Ok(staged);
    }

    public async Task StoreAsync(string folder, IReadOnlyList<StagedFile> files, CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var file in files)
            {
                file.Temp.Position = 0;
                file.Key = await store.SaveAsync(folder, file.FileName, file.Temp, cancellationToken);
            }
        }
        catch
        {
            await DiscardAsync(files);
            throw;
        }
    }

    /// <summary>Deletes whatever was stored (never throws: it runs while another failure is reported).</summary>
    public async Task DiscardAsync(IReadOnlyList<StagedFile> files)
    {
        foreach (var file in files.Where(f => f.Key is not null))
        {
            try
            {
                await store.DeleteAsync(file.Key!, CancellationToken.None);
            }
            catch (IOException)
            {
                // Left for an operator: an orphan file is harmless, a half-saved document is not.
            }

            file.Key = null;
        }
    }

    public async Task DiscardKeysAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }
            catch (IOException)
            {
                // An orphan file is harmless.
            }
        }
    }

    /// <summary>
    /// Rewrites a photo without the metadata a phone or camera puts in it (the GPS position, the owner's name, the
    /// camera's serial number): what a office publishes or a citizen sends is served to strangers byte for byte, and the
    /// ledger hashes it as stored. Returns the new size, or null when the photo is malformed.
    /// </summary>
    private static async Task<long?> StripPhotoMetadataAsync(FileStream temp, CancellationToken cancellationToken)
    {
        temp.Position = 0;
        var bytes = new byte[temp.Length];
        await temp.ReadExactlyAsync(bytes, cancellationToken);
        if (PhotoMetadata.Strip(bytes) is not { } clean)
        {
            return null;
        }

        temp.Position = 0;
        temp.SetLength(0);
        await temp.WriteAsync(clean, cancellationToken);
        return clean.Length;
    }

    /// <summary>Copies at most max bytes; -1 when the source holds more.</summary>
    private static async Task<long> CopyLimitedAsync(Stream source, Stream target, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > max)
            {
                return -1;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        return total;
    }
}
