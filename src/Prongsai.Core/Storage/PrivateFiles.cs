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
            // Directory.CreateDirectory gives the mode to the last folder only and makes the missing parents by the
            // umask (755): a data directory made on the way to a folder inside it would be readable by all.
            var missing = new Stack<string>();
            for (var folder = Path.GetFullPath(path); !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
            {
                missing.Push(folder);
            }

            while (missing.TryPop(out var folder))
            {
                Directory.CreateDirectory(folder, OwnerOnlyDirectory);
            }
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
