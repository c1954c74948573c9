namespace Prongsai.Cli.Verbs.Backups;

/// <summary>
/// The renames that put a restore in place (the current database and files aside, the restored ones in), remembered so
/// that when one fails part-way those done are turned back, newest first: the installation is then as it was.
/// </summary>
internal sealed class InstallationSwap
{
    private readonly Stack<(string From, string To, bool Folder)> done = new();

    public void MoveFile(string from, string to)
    {
        File.Move(from, to);
        done.Push((from, to, false));
    }

    public void MoveFolder(string from, string to)
    {
        Directory.Move(from, to);
        done.Push((from, to, true));
    }

    /// <summary>Moves back what was moved. A move back that fails is skipped: the error being reported is the first one.</summary>
    public void Undo()
    {
        while (done.TryPop(out var move))
        {
            try
            {
                if (move.Folder)
                {
                    Directory.Move(move.To, move.From);
                }
                else
                {
                    File.Move(move.To, move.From);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done here; the names in the error and the README say where each one is.
            }
        }
    }
}
