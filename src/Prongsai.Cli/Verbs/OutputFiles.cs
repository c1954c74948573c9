using Prongsai.Core.Storage;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// A file a verb writes (a backup, an exported report). It is written under a temporary name in the same folder and
/// moved into place only when complete, so a full disk or a crash never leaves a half-written file under the name
/// asked for — one that a later run would refuse to overwrite, or that someone would restore from.
/// </summary>
internal static class OutputFiles
{
    /// <summary>
    /// Why the path cannot be written, in Thai and English: it names a folder, or a file that exists when
    /// <paramref name="overwrite"/> is false (the message names <paramref name="forceOption"/>, the verb's way to
    /// replace it, if it has one). Null when it can be written.
    /// </summary>
    public static (string Thai, string English)? Refusal(string path, bool overwrite, string? forceOption)
    {
        if (Path.EndsInDirectorySeparator(path) || Directory.Exists(path))
        {
            return ($"{path} เป็นโฟลเดอร์ ต้องระบุชื่อไฟล์", $"{path} is a folder; give a file name");
        }

        if (!overwrite && File.Exists(path))
        {
            return forceOption is null
                ? ($"มีไฟล์ {path} อยู่แล้ว จะไม่เขียนทับ", $"{path} exists; not overwritten")
                : ($"มีไฟล์ {path} อยู่แล้ว จะไม่เขียนทับ (ระบุ {forceOption} เพื่อเขียนทับ)", $"{path} exists; not overwritten (add {forceOption} to replace it)");
        }

        return null;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a temporary path beside <paramref name="path"/>, then moves the file into place
    /// (replacing an existing one only when <paramref name="overwrite"/>). On any failure the temporary file is deleted,
    /// and the error is raised again as an <see cref="OutputFileException"/> naming <paramref name="path"/>.
    /// </summary>
    public static async Task WriteAsync(string path, bool overwrite, Func<string, Task> write)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.part");
        try
        {
            Directory.CreateDirectory(directory);
            // A backup or an export holds the installation's data: readable by its owner only (600 on Unix), from the start.
            PrivateFiles.CreateEmptyFile(temporary);
            await write(temporary);
            PrivateFiles.Restrict(temporary);
            File.Move(temporary, path, overwrite);
        }
        catch (Exception exception)
        {
            throw new OutputFileException(path, exception);
        }
        finally
        {
            // SQLite's rollback journal of the temporary file as well, if a failed backup left one.
            foreach (var leftover in new[] { temporary, temporary + "-journal" })
            {
                try
                {
                    File.Delete(leftover);
                }
                catch (IOException)
                {
                    // Nothing more can be done here; the first error is the one reported.
                }
                catch (UnauthorizedAccessException)
                {
                    // As above.
                }
            }
        }
    }

    /// <summary>As <see cref="WriteAsync(string, bool, Func{string, Task})"/>, writing to a stream.</summary>
    public static Task WriteAsync(string path, bool overwrite, Func<Stream, Task> write) =>
        WriteAsync(path, overwrite, async temporary =>
        {
            await using var file = new FileStream(temporary, FileMode.Truncate, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await write(file);
            await file.FlushAsync();
            file.Flush(flushToDisk: true);
        });
}

/// <summary>Writing a verb's output file failed; <see cref="Path"/> is the file asked for, the inner exception says why.</summary>
public sealed class OutputFileException(string path, Exception inner) : IOException($"cannot write {path}", inner)
{
    public string Path { get; } = path;
}
