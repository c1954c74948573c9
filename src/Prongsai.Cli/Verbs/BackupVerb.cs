using Microsoft.Data.Sqlite;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>An online, consistent copy of the SQLite database (the app may keep running).</summary>
public sealed class BackupVerb : IVerb
{
    public string Name => "backup";
    public string Summary => "สำรองฐานข้อมูล SQLite / back up the SQLite database";
    public string Help => "prongsai backup --out FILE\n  SQLite: online backup to FILE (never over an existing file). PostgreSQL: use pg_dump.";
    public VerbOptions Options { get; } = new VerbOptions().Value("out", 'o');

    public async Task<int> RunAsync(VerbContext context)
    {
        var output = Path.GetFullPath(context.Args.Required("out"));
        if (DataServices.ProviderOf(context.Configuration) == DatabaseProvider.Postgres)
        {
            return context.Fail("ฐานข้อมูล PostgreSQL ให้สำรองด้วย pg_dump เช่น pg_dump -Fc -f prongsai.dump DBNAME",
                "on PostgreSQL use pg_dump, e.g. pg_dump -Fc -f prongsai.dump DBNAME");
        }

        if (OutputFiles.Refusal(output, overwrite: false, forceOption: null) is { } refusal)
        {
            return context.Fail(refusal.Thai, refusal.English);
        }

        // ReadWrite, never ReadWriteCreate: a source that is not there must fail, not become an empty database that is
        // then backed up as if it were the installation (the check before the verb ran makes this a second guard).
        var sourceString = new SqliteConnectionStringBuilder(DataServices.ConnectionStringOf(context.Configuration)) { Mode = SqliteOpenMode.ReadWrite };
        await using var source = new SqliteConnection(sourceString.ToString());
        await source.OpenAsync();
        await OutputFiles.WriteAsync(output, overwrite: false, async temporary =>
        {
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString());
            await target.OpenAsync();
            source.BackupDatabase(target);
        });
        context.Out.WriteLine($"สำรองข้อมูลแล้ว / backup written: {output} ({new FileInfo(output).Length:N0} bytes)");
        return CliApp.Ok;
    }
}
