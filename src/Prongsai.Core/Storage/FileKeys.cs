using System.Text.RegularExpressions;

namespace Prongsai.Core.Storage;

/// <summary>
/// The shape of a stored file's key, the same for every store: "folder/sub/32-hex[.ext]". The key never
/// contains the uploader's file name, so no name can climb out of the store or collide.
/// </summary>
public static partial class FileKeys
{
    [GeneratedRegex("^[a-z0-9-]+(/[a-z0-9-]+)*/[0-9a-f]{32}(\\.[a-z0-9]{1,8})?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[a-z0-9-]+(/[a-z0-9-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderShape();

    public static string New(string folder, string fileName)
    {
        if (!IsFolder(folder))
        {
            throw new ArgumentException("Folder names are lower-case ASCII segments.", nameof(folder));
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length is < 2 or > 9 || !extension[1..].All(char.IsAsciiLetterOrDigit))
        {
            extension = "";
        }

        return $"{folder}/{Guid.NewGuid():N}{extension}";
    }

    public static bool IsValid(string? key) => key is not null && KeyShape().IsMatch(key);

    /// <summary>A folder as <see cref="New"/> accepts it: lower-case ASCII segments, nothing that climbs out.</summary>
    public static bool IsFolder(string? folder) => folder is not null && FolderShape().IsMatch(folder);
}
