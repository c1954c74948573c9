using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Storage;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs.Backups;

/// <summary>
/// <c>prongsai restore</c> of an archive made with <c>backup --with-files</c>. The archive is taken apart into a fresh
/// staging folder (<see cref="BackupArchiveReader"/>), its database is checked as a plain backup is, and only when all of
/// it passed are the files/ folder and the database swapped in, each replaced one kept aside under a timestamped name.
/// Any failure leaves the installation as it was, and the staging folder is removed whatever happens.
/// </summary>
internal static class ArchiveRestore
{
    public static async Task<int> RunAsync(VerbContext context, string backup, BackupKind kind, string target, IReadOnlyList<string> known)
    {
        if (context.Services.GetRequiredService<IFileStore>() is not LocalFileStore)
        {
            return context.Fail($"ไฟล์แนบของระบบนี้เก็บใน S3 (Prongsai:Files:Store) ไฟล์ในไฟล์สำรองนี้จึงไม่มีที่ให้กลับไป ให้แยกฐานข้อมูลออกด้วย tar -xf {backup} {BackupArchive.DatabaseEntry} แล้วกู้คืนไฟล์นั้น ไม่ได้เปลี่ยนแปลงสิ่งใด",
                $"the files of this installation live in S3 (Prongsai:Files:Store), so the archive's files have nowhere to go: take the database out with tar -xf {backup} {BackupArchive.DatabaseEntry} and restore that; nothing was changed");
        }

        var limits = BackupArchiveLimits.From(context.Configuration);
        var dataDirectory = ProngsaiPaths.DataDirectory(context.Configuration);
        var files = ProngsaiPaths.FilesDirectory(context.Configuration);
        if ((File.Exists(target) || Directory.Exists(files)) && !context.Args.Flag("force"))
        {
            return context.Fail($"มีฐานข้อมูล {target} หรือโฟลเดอร์ {files} อยู่แล้ว ระบุ --force เพื่อแทนที่ (ของเดิมจะเก็บไว้ข้าง ๆ ไม่ถูกลบ) ไม่ได้เปลี่ยนแปลงสิ่งใด",
                $"{target} or {files} exists: add --force to replace them (they are kept aside, not deleted); nothing was changed");
        }

        // Inside the data directory rather than next to it: on the disk the files go to even when the data directory is a
        // disk of its own, so the free space counted is that disk's and the restored folder moves in by a rename.
        var madeDataDirectory = !Directory.Exists(dataDirectory);
        var staging = Path.Combine(dataDirectory, $".restore-{Guid.NewGuid():N}");
        PrivateFiles.CreateDirectory(staging);
        var restored = false;
        try
        {
            var extraction = await BackupArchiveReader.ExtractAsync(backup, kind, staging, limits, FreeBytes(staging));
            if (extraction.Backup is not { } extracted)
            {
                return Refuse(context, backup, extraction.Problem!.Value);
            }

            if (await RestoreVerb.ProblemWithAsync(extracted.Database, known) is { } problem)
            {
                return Refuse(context, backup, problem);
            }

            if (await RestoreVerb.RefusalWhileInUseAsync(context, target) is { } busy)
            {
                return busy;
            }

            var suffix = RestoreVerb.ReplacedSuffix(context);
            var incoming = await RestoreVerb.StageDatabaseAsync(extracted.Database, target);
            var swap = new InstallationSwap();
            string? filesAside = null;
            string? databaseAside;
            try
            {
                // The files first, the database last: once the database is in place nothing is left that could fail.
                if (Directory.Exists(files))
                {
                    filesAside = $"{files}.{suffix}";
                    swap.MoveFolder(files, filesAside);
                }

                swap.MoveFolder(extracted.Files, files);
                databaseAside = RestoreVerb.PutDatabaseInPlace(swap, incoming, target, suffix);
            }
            catch
            {
                swap.Undo();
                throw;
            }
            finally
            {
                RestoreVerb.DeleteStaged(incoming);
            }

            restored = true;
            context.Out.WriteLine($"กู้คืนฐานข้อมูลและไฟล์แนบ {extracted.FileCount:N0} ไฟล์แล้ว / restored the database and {extracted.FileCount:N0} files: " +
                $"{target}, {files} ← {backup}");
            if (databaseAside is not null)
            {
                context.Out.WriteLine($"ฐานข้อมูลเดิมเก็บไว้ที่ / the database replaced is kept as: {databaseAside}");
            }

            if (filesAside is not null)
            {
                context.Out.WriteLine($"โฟลเดอร์ไฟล์แนบเดิมเก็บไว้ที่ / the files folder replaced is kept as: {filesAside}");
            }

            context.Out.WriteLine("เริ่มเว็บแอปได้ / now start the app");
            return CliApp.Ok;
        }
        finally
        {
            RemoveQuietly(staging);
            if (!restored && madeDataDirectory && Directory.Exists(dataDirectory) && !Directory.EnumerateFileSystemEntries(dataDirectory).Any())
            {
                Directory.Delete(dataDirectory);
            }
        }
    }

    private static int Refuse(VerbContext context, string backup, (string Thai, string English) problem) =>
        context.Fail($"{backup}: {problem.Thai} ไม่ได้เปลี่ยนแปลงสิ่งใด", $"{backup}: {problem.English}; nothing was changed");

    /// <summary>The free space of the disk holding <paramref name="path"/> (on Unix the path's own file system, a mount included).</summary>
    private static long FreeBytes(string path) => new DriveInfo(OperatingSystem.IsWindows() ? Path.GetPathRoot(path)! : path).AvailableFreeSpace;

    private static void RemoveQuietly(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The outcome already printed is the one that matters; a staging folder left behind holds only a copy.
        }
    }
}
