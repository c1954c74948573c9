using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Cli;
using Prongsai.Core.Tenancy;

namespace Prongsai.Tests.Infrastructure;

/// <summary>The admin command line run in-process against a test app's database, and files for it in a folder of their own.</summary>
internal static class CommandLine
{
    public static Task<(int Code, string Out, string Error)> RunAsync(ProngsaiApp app, params string[] args) => RunAsync(app.Settings, args);

    /// <summary>The admin command line run in-process with these settings (an installation of its own, or none yet).</summary>
    public static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The first column of what <paramref name="sql"/> reads from a SQLite file, opened read-only as an operator's check would.</summary>
    public static async Task<List<string>> SqliteColumnAsync(string databaseFile, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }

    /// <summary>
    /// The built command as its own process (<c>dotnet prongsai.dll</c>) started in <paramref name="workingDirectory"/>, with
    /// none of the Prongsai settings of the shell that runs the tests: what an operator's shell or cron runs. Its real exit
    /// code is returned, so a crash shows as the runtime's 134, not as an exception in the test.
    /// </summary>
    /// <param name="environment">Variables to set (after the Prongsai ones were removed).</param>
    /// <param name="fileSizeLimitKb">When given, files the process writes cannot grow past this many KiB (bash's
    /// <c>ulimit -f</c>, SIGXFSZ ignored), so a write fails part-way as on a full disk.</param>
    public static async Task<(int Code, string Out, string Error)> RunProcessAsync(
        string workingDirectory, IDictionary<string, string>? environment, int? fileSizeLimitKb, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "prongsai.dll");
        var info = new System.Diagnostics.ProcessStartInfo(fileSizeLimitKb is null ? "dotnet" : "/bin/bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (fileSizeLimitKb is { } limit)
        {
            foreach (var part in new[] { "-c", "ulimit -f \"$1\" && trap '' XFSZ && shift && exec \"$@\"", "bash",
                         limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "dotnet" })
            {
                info.ArgumentList.Add(part);
            }
        }

        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.ToList())
        {
            if (new[] { "Prongsai__", "Database__", "ConnectionStrings__", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" }
                .Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                info.Environment.Remove(key);
            }
        }

        if (fileSizeLimitKb is not null)
        {
            // The runtime maps its executable memory twice through a file it sizes far past any such limit; without
            // that double mapping it starts under one.
            info.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"prongsai {string.Join(' ', args)} did not finish within five minutes");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Writes the bytes to a new temporary folder under the name given, and returns the path.</summary>
    public static string TempFile(string name, byte[] content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prongsai-cli-").FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Reads the organization's data as the command line left it.</summary>
    public static async Task<T> QueryAsync<T>(ProngsaiApp app, TestOrg org, Func<Core.Data.ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<Core.Data.ProngsaiDbContext>());
    }
}
