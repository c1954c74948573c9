using Microsoft.Data.Sqlite;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>An online, consistent copy of the SQLite database (the app may keep running).</summary>
public sealed class BackupVerb : IVerb
{
    public string Name => "backup";
    public string Summary => "สำรองฐานข้อมูล SQLite / back up the SQLite database";
    public string Help => "prongsai backup --out FILE\n  SQLite: online backup to FILE. PostgreSQL: use pg_dump.";

    public async Task<int> RunAsync(VerbContext context)
    {
        var output = Path.GetFullPath(context.Args.Required("out", "o"));
        if (DataServices.ProviderOf(context.Configuration) == DatabaseProvider.Postgres)
        {
            return context.Fail("ฐานข้อมูล PostgreSQL ให้สำรองด้วย pg_dump เช่น pg_dump -Fc -f prongsai.dump DBNAME",
                "on PostgreSQL use pg_dump, e.g. pg_dump -Fc -f prongsai.dump DBNAME");
        }

        if (File.Exists(output))
        {
            return context.Fail($"มีไฟล์ {output} อยู่แล้ว จะไม่เขียนทับ", "the output file exists; not overwritten");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await using var source = new SqliteConnection(DataServices.ConnectionStringOf(context.Configuration));
        await source.OpenAsync();
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = output, Pooling = false }.ToString());
        await target.OpenAsync();
        source.BackupDatabase(target);
        context.Out.WriteLine($"สำรองข้อมูลแล้ว / backup written: {output} ({new FileInfo(output).Length:N0} bytes)");
        return CliApp.Ok;
    }
}
