using System.Runtime.CompilerServices;

namespace Prongsai.Core.Storage;

/// <summary>Files on local (or shared, mounted) disk under {DataDirectory}/files.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task<string> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var key = FileKeys.New(folder, fileName);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path);
        }
        catch
        {
            // A full disk or a cancelled upload leaves no half file behind: the sweep of orphan files only knows
            // stored names, so a ".part" would stay for good.
            File.Delete(temp);
            throw;
        }

        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!FileKeys.IsValid(key))
        {
            return Task.FromResult<Stream?>(null);
        }

        var path = PathOf(key);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (FileKeys.IsValid(key))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFile> ListAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var directory = PathOf(folder);
        if (!FileKeys.IsFolder(folder) || !Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (FileKeys.IsValid(key))
            {
                yield return new StoredFile(key, File.GetLastWriteTimeUtc(path));
            }
        }

        await Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
}
