namespace Prongsai.Core.Storage;

/// <summary>
/// The data directory, the database and the copies of it (backups, restores, exported reports) are the installation's
/// alone: on Unix the directory is made 700 and the files 600, so another account on the server reads none of it
/// (docs/security.md). On Windows the folder's inherited access rules apply.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the directory (and any missing parent) readable by the owner only; one that exists is left as it is.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyDirectory);
        }
    }

    /// <summary>Creates an empty file readable by the owner only, to be written afterwards (SQLite opens an empty file as a new database).</summary>
    public static void CreateEmptyFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        new FileStream(path, options).Dispose();
    }

    /// <summary>Makes a file readable by the owner only.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }
    }
}
