using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Prongsai.BrowserTests;

/// <summary>
/// Starts the real Prongsai web app (the built Prongsai.Web.dll, run with <c>dotnet</c>) as a child process:
/// on 127.0.0.1 with a free port, a fresh temporary data directory, SQLite and demo mode, with a known demo
/// admin password. Waits for <c>/healthz</c>; kills the process tree and removes the data at the end.
/// The app's console output is kept (<see cref="Output"/>), written to TestResults/app-logs/ and put into
/// the message of any start-up failure.
/// </summary>
/// <remarks>
/// Environment overrides: PRONGSAI_WEB_DLL (the app to start), PRONGSAI_DEMO_ADMIN_PASSWORD,
/// PRONGSAI_APP_ENVIRONMENT (ASPNETCORE_ENVIRONMENT, default Production), PRONGSAI_APP_START_TIMEOUT (seconds).
/// </remarks>
public sealed class AppServer : IAsyncLifetime
{
    public const string AdminEmail = "admin@bangkha.demo";
    public const string DefaultAdminPassword = "Bangkha-Demo-2567!";
    public const string OrganisationName = "องค์การบริหารส่วนตำบลบางคา";

    private static readonly string[] InheritedPrefixesToDrop =
        ["Prongsai__", "ConnectionStrings__", "Database__", "ASPNETCORE_", "DOTNET_URLS", "DOTNET_ENVIRONMENT"];

    private readonly object _gate = new();
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _dataDirectory;
    private Uri? _baseUrl;
    private AppCommands? _commands;

    public string AdminPassword { get; } =
        Environment.GetEnvironmentVariable("PRONGSAI_DEMO_ADMIN_PASSWORD") is { Length: > 0 } password
            ? password
            : DefaultAdminPassword;

    /// <summary>The app's root URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The app has not been started.");

    public string DataDirectory => _dataDirectory ?? throw new InvalidOperationException("The app has not been started.");

    /// <summary>The app's SQLite connection string (the command line uses the same database, see <see cref="AppCommands"/>).</summary>
    public string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "prongsai.db")}";

    /// <summary>The app's command line against this app's database and data directory.</summary>
    public AppCommands Commands => _commands ??= new AppCommands(this);

    /// <summary>Everything the app wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    /// <summary>The last lines of the app's output, for failure messages.</summary>
    public string OutputTail(int lines = 80)
    {
        var all = Output.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    /// <summary>Throws with the app's output when the process has ended.</summary>
    public void EnsureRunning()
    {
        if (_process is { HasExited: true } p)
        {
            throw new InvalidOperationException(
                $"The app exited with code {p.ExitCode}. Its output:\n{OutputTail()}");
        }
    }

    public async Task InitializeAsync()
    {
        var dll = FindWebDll();
        _dataDirectory = Directory.CreateTempSubdirectory("prongsai-browser-").FullName;

        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            _baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
            Start(dll);
            try
            {
                await WaitForHealthAsync();
                return;
            }
            catch (Exception) when (attempt < attempts && _process!.HasExited
                                    && Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the port between our probe and the app's bind: try another one.
                Log($"--- port {BaseUrl.Port} was taken; retrying");
            }
            catch
            {
                await StopAsync();
                throw;
            }
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (_dataDirectory is not null)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open must not fail the run.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private void Start(string dll)
    {
        var webProject = Path.Combine(RepoPaths.RepoRoot, "src", "Prongsai.Web");
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            // Same content root as 'dotnet run --project src/Prongsai.Web' (wwwroot, appsettings.json).
            WorkingDirectory = Directory.Exists(webProject) ? webProject : Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseUrl.GetLeftPart(UriPartial.Authority));

        // Hermetic: nothing the developer's shell has configured for the app leaks into the tests.
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (InheritedPrefixesToDrop.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                info.Environment.Remove(key);
            }
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] =
            Environment.GetEnvironmentVariable("PRONGSAI_APP_ENVIRONMENT") is { Length: > 0 } env ? env : "Production";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Keep the kept output about the app, not about every request.
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ConnectionStrings__Prongsai"] = ConnectionString;
        info.Environment["Prongsai__DataDirectory"] = DataDirectory;
        info.Environment["Prongsai__Demo"] = "true";
        info.Environment["Prongsai__DemoAdminPassword"] = AdminPassword;

        Log($"--- starting: dotnet {dll} --urls {BaseUrl} (data: {DataDirectory})");
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Log(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Log(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    private async Task WaitForHealthAsync()
    {
        var timeout = TimeSpan.FromSeconds(
            int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_APP_START_TIMEOUT"), NumberStyles.Integer,
                CultureInfo.InvariantCulture, out var seconds) ? seconds : 120);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = Url("/healthz");
        var clock = Stopwatch.StartNew();
        string lastProblem = "no answer yet";
        TimeSpan? notFoundSince = null;
        while (clock.Elapsed < timeout)
        {
            if (_process!.HasExited)
            {
                await _process.WaitForExitAsync(); // flushes the output readers
                throw new InvalidOperationException(
                    $"The app exited with code {_process.ExitCode} before {health} answered. Its output:\n{OutputTail(200)}");
            }

            try
            {
                using var response = await http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Log($"--- healthy after {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }

                lastProblem = $"HTTP {(int)response.StatusCode}";
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    // Listening, yet no health endpoint: the app will not get healthier by waiting.
                    notFoundSince ??= clock.Elapsed;
                    if (clock.Elapsed - notFoundSince > TimeSpan.FromSeconds(10))
                    {
                        throw new InvalidOperationException(
                            $"{health} answers 404: the app has no health endpoint. Its output:\n{OutputTail(200)}");
                    }
                }
            }
            catch (HttpRequestException e)
            {
                lastProblem = e.Message;
            }
            catch (TaskCanceledException)
            {
                lastProblem = "request timed out";
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"{health} did not answer 200 within {timeout.TotalSeconds:0} s (last: {lastProblem}). The app's output:\n{OutputTail(200)}");
    }

    private async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            Log("--- the app did not exit within 15 s of being killed");
        }
        finally
        {
            process.Dispose();
            SaveLog();
        }
    }

    private void SaveLog()
    {
        try
        {
            var dir = Path.Combine(RepoPaths.TestResults, "app-logs");
            Directory.CreateDirectory(dir);
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(dir, $"app-{stamp}-{_baseUrl?.Port}.log"), Output);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Log(string line)
    {
        lock (_gate)
        {
            _output.Append(line).Append('\n');
        }
    }

    private static string FindWebDll()
    {
        if (Environment.GetEnvironmentVariable("PRONGSAI_WEB_DLL") is { Length: > 0 } fromEnv)
        {
            return File.Exists(fromEnv)
                ? Path.GetFullPath(fromEnv)
                : throw new FileNotFoundException($"PRONGSAI_WEB_DLL points to a missing file: {fromEnv}");
        }

        var bin = Path.Combine(RepoPaths.RepoRoot, "src", "Prongsai.Web", "bin", RepoPaths.Configuration);
        var candidates = Directory.Exists(bin)
            ? Directory.GetFiles(bin, "Prongsai.Web.dll", SearchOption.AllDirectories)
                .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}publish{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0]
            : throw new FileNotFoundException(
                $"Prongsai.Web.dll not found under {bin}. Build first: dotnet build Prongsai.slnx -c {RepoPaths.Configuration}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>All browser tests share one running app and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "Prongsai app";
}
