using System.Text.RegularExpressions;

namespace Prongsai.Core.Storage;

/// <summary>Files on local (or shared, mounted) disk under {DataDirectory}/files.</summary>
public sealed partial class LocalFileStore(string root) : IFileStore
{
    [GeneratedRegex("^[a-z0-9-]+(/[a-z0-9-]+)*/[0-9a-f]{32}(\\.[a-z0-9]{1,8})?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[a-z0-9-]+(/[a-z0-9-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderShape();

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<string> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        if (!FolderShape().IsMatch(folder))
        {
            throw new ArgumentException("Folder names are lower-case ASCII segments.", nameof(folder));
        }

        // The key never contains the user's file name, so no name can climb out of the store.
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length is < 2 or > 9 || !extension[1..].All(char.IsAsciiLetterOrDigit))
        {
            extension = "";
        }

        var key = $"{folder}/{Guid.NewGuid():N}{extension}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!KeyShape().IsMatch(key))
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
        if (KeyShape().IsMatch(key))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
}
