using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;
using Prongsai.Tests.Infrastructure;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Security;

/// <summary>
/// A mistake in the settings stops the app at start with one line per problem naming the key and what is allowed —
/// rather than starting and failing later (a negative rate limit used to make every sign-in a 500).
/// </summary>
public sealed class StartupSettingsTests
{
    [Fact]
    public void Values_out_of_range_stop_the_start_and_each_is_named()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:RateLimits:SignInsPerMinute"] = "-1",
            ["Prongsai:Jobs:IntervalSeconds"] = "0",
            [OneTimePasswordOptions.DaysKey] = "400",
        });

        var failure = Record.Exception(() => app.Server);

        Assert.NotNull(failure);
        var lines = StartupSettings.Describe(failure);
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Contains("Prongsai:RateLimits:SignInsPerMinute = -1: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000000 / must be a whole number from 1 to 1000000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Prongsai:Jobs:IntervalSeconds = 0:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Prongsai:OneTimePasswordDays = 400: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 90", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_named_too()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "thirty" });

        var failure = Record.Exception(() => app.Server);

        Assert.NotNull(failure);
        var line = Assert.Single(StartupSettings.Describe(failure));
        Assert.Contains("Prongsai:RateLimits:SignInsPerMinute", line, StringComparison.Ordinal);
        Assert.Contains("cannot be read as System.Int32", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upload_limit_that_is_not_a_number_is_named_and_not_a_stack_trace_at_registration()
    {
        // The server's request limit is set from this value too; it used to be read while the services were registered,
        // before the check could name it.
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:Uploads:MaxBytes"] = "50MB" });

        var failure = Record.Exception(() => app.Server);

        Assert.NotNull(failure);
        var line = Assert.Single(StartupSettings.Describe(failure));
        Assert.Contains("Prongsai:Uploads:MaxBytes", line, StringComparison.Ordinal);
        Assert.Contains("cannot be read as System.Int64", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Good_limits_still_start_and_sign_in_answers_without_a_server_error()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "1" });
        var org = await TestOrg.CreateAsync(app);

        var first = await app.Client().PostFormAsync("/staff/signin", "/staff/signin", [new("Email", org[OrgRole.Auditor].Email), new("Password", "wrong")]);
        var second = await app.Client().PostFormAsync("/staff/signin", "/staff/signin", [new("Email", org[OrgRole.Auditor].Email), new("Password", "wrong")]);

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task The_app_itself_exits_with_the_lines_and_no_stack_trace()
    {
        var lines = await StoppedAppLinesAsync(new() { ["Prongsai__RateLimits__SignInsPerMinute"] = "-5", ["Prongsai__Mail__Security"] = "Tls" });

        Assert.Contains(lines, l => l.Contains("Prongsai:RateLimits:SignInsPerMinute = -5", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Prongsai:Mail:Security = Tls", StringComparison.Ordinal));
    }

    /// <summary>The S3 store's settings as a working installation names them; each test changes one.</summary>
    private static Dictionary<string, string?> S3Settings(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Prongsai:Files:Store"] = "S3",
            ["Prongsai:Files:S3:ServiceUrl"] = "http://127.0.0.1:9",
            ["Prongsai:Files:S3:AccessKey"] = "prongsai",
            ["Prongsai:Files:S3:SecretKey"] = "not-said-in-any-message",
        };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1001")]
    public void An_S3_listing_page_size_out_of_range_and_a_missing_key_are_each_named(string pageSize)
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, S3Settings(("Prongsai:Files:S3:ListPageSize", pageSize), ("Prongsai:Files:S3:AccessKey", null)));

        var failure = Record.Exception(() => app.Server);

        Assert.NotNull(failure);
        var lines = StartupSettings.Describe(failure);
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains($"Prongsai:Files:S3:ListPageSize = {pageSize}: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000 / must be a whole number from 1 to 1000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Prongsai:Files:S3:AccessKey: ต้องระบุเมื่อ Prongsai:Files:Store เป็น S3 / is required when Prongsai:Files:Store is S3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ForcePathStyle", "yes", "System.Boolean")]
    [InlineData("ListPageSize", "abc", "System.Int32")]
    public void An_S3_value_of_the_wrong_kind_is_named_and_not_a_stack_trace_at_registration(string key, string value, string type)
    {
        // These used to be read while the services were registered, before the check could name them.
        using var app = new ProngsaiApp(DbProvider.Sqlite, S3Settings(($"Prongsai:Files:S3:{key}", value)));

        var failure = Record.Exception(() => app.Server);

        Assert.NotNull(failure);
        var line = Assert.Single(StartupSettings.Describe(failure));
        Assert.Contains($"Prongsai:Files:S3:{key}", line, StringComparison.Ordinal);
        Assert.Contains($"cannot be read as {type}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not-said-in-any-message", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_store_does_not_read_S3_settings_left_behind()
    {
        var settings = S3Settings(("Prongsai:Files:S3:ForcePathStyle", "yes"), ("Prongsai:Files:S3:ListPageSize", "0"), ("Prongsai:Files:S3:AccessKey", null));
        settings.Remove("Prongsai:Files:Store");
        using var app = new ProngsaiApp(DbProvider.Sqlite, settings);

        Assert.IsType<LocalFileStore>(app.Services.GetRequiredService<IFileStore>());
    }

    [Fact]
    public async Task The_app_itself_names_an_S3_value_of_the_wrong_kind_and_exits_without_a_stack_trace()
    {
        var lines = await StoppedAppLinesAsync(new()
        {
            ["Prongsai__Files__Store"] = "S3", ["Prongsai__Files__S3__ServiceUrl"] = "http://127.0.0.1:9", ["Prongsai__Files__S3__AccessKey"] = "prongsai",
            ["Prongsai__Files__S3__SecretKey"] = "not-said-in-any-message", ["Prongsai__Files__S3__ForcePathStyle"] = "yes",
        });

        var line = Assert.Single(lines);
        Assert.Contains("Prongsai:Files:S3:ForcePathStyle: อ่านค่าเป็น true หรือ false ไม่ได้ / cannot be read as System.Boolean", line, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts the built web app in its own process with <paramref name="environment"/> and a fresh data directory, and
    /// checks that it stopped as a settings mistake does: exit code 78, no stack trace, no exception named, the database
    /// untouched. Returns what it wrote on standard error, line by line.
    /// </summary>
    private static async Task<string[]> StoppedAppLinesAsync(Dictionary<string, string> environment)
    {
        var dll = WebAppDll();
        var folder = Directory.CreateTempSubdirectory("prongsai-settings-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(dll);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["Prongsai__DataDirectory"] = Path.Combine(folder, "data");
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);

            var text = await error;
            Assert.Equal(StartupSettings.ExitCode, process.ExitCode);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
            Assert.DoesNotContain("Exception", text + await output, StringComparison.Ordinal);
            // Stopped before the database was touched.
            Assert.False(Directory.Exists(Path.Combine(folder, "data")));
            return lines;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The web app as built beside the tests (with its runtimeconfig and deps files, as the test host needs them).</summary>
    private static string WebAppDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Prongsai.Web.dll");
        Assert.True(File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), dll);
        return dll;
    }
}
