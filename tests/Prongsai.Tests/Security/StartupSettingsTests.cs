using System.Diagnostics;
using Prongsai.Core.Organizations;
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
        var dll = WebAppDll();
        var folder = Directory.CreateTempSubdirectory("prongsai-settings-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(dll);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["Prongsai__DataDirectory"] = Path.Combine(folder, "data");
            start.Environment["Prongsai__RateLimits__SignInsPerMinute"] = "-5";
            start.Environment["Prongsai__Mail__Security"] = "Tls";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);

            var text = await error;
            Assert.Equal(StartupSettings.ExitCode, process.ExitCode);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains(lines, l => l.Contains("Prongsai:RateLimits:SignInsPerMinute = -5", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Prongsai:Mail:Security = Tls", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
            Assert.DoesNotContain("Exception", text + await output, StringComparison.Ordinal);
            // Stopped before the database was touched.
            Assert.False(Directory.Exists(Path.Combine(folder, "data")));
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
