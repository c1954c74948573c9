using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Prongsai.BrowserTests;

/// <summary>
/// Headless Debian Chromium driven by Debian's ChromeDriver through Selenium. Never downloads a driver or a
/// browser: both paths are explicit and Selenium Manager is switched off (SE_OFFLINE). Each instance has a
/// fresh profile and its own download directory; both are removed on dispose.
/// </summary>
/// <remarks>Environment overrides: PRONGSAI_CHROMIUM (default /usr/bin/chromium), PRONGSAI_CHROMEDRIVER
/// (default /usr/bin/chromedriver).</remarks>
public sealed class Browser : IDisposable
{
    public static readonly Size Desktop = new(1366, 768);
    public static readonly Size Phone = new(360, 740);

    private readonly string _root;

    public Browser(Size? viewport = null, string acceptLanguages = "th-TH,th,en-US,en")
    {
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var chromium = EnvOr("PRONGSAI_CHROMIUM", "/usr/bin/chromium");
        var chromedriver = EnvOr("PRONGSAI_CHROMEDRIVER", "/usr/bin/chromedriver");
        foreach (var (path, package) in new[] { (chromium, "chromium"), (chromedriver, "chromium-driver") })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{path} is missing: install Debian's {package} package (./test.sh installs it).");
            }
        }

        _root = Directory.CreateTempSubdirectory("prongsai-chromium-").FullName;
        var profile = Path.Combine(_root, "profile");
        DownloadDirectory = Path.Combine(_root, "downloads");
        Directory.CreateDirectory(DownloadDirectory);
        var size = viewport ?? Desktop;

        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            $"--user-data-dir={profile}",
            $"--window-size={size.Width},{size.Height}",
            $"--lang={acceptLanguages.Split(',')[0]}");
        options.AddUserProfilePreference("intl.accept_languages", acceptLanguages);
        options.AddUserProfilePreference("download.default_directory", DownloadDirectory);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        options.AddUserProfilePreference("download.directory_upgrade", true);
        options.AddUserProfilePreference("savefile.default_directory", DownloadDirectory);
        // A PDF link downloads the file instead of opening the built-in viewer.
        options.AddUserProfilePreference("plugins.always_open_pdf_externally", true);

        var service = ChromeDriverService.CreateDefaultService(
            Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;

        try
        {
            Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        catch
        {
            service.Dispose();
            TryDelete(_root);
            throw;
        }

        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        try
        {
            // Headless Chromium honours the profile preference, but say it through DevTools as well.
            Driver.ExecuteCdpCommand("Browser.setDownloadBehavior", new Dictionary<string, object?>
            {
                ["behavior"] = "allow",
                ["downloadPath"] = DownloadDirectory,
                ["eventsEnabled"] = false,
            });
        }
        catch (WebDriverException)
        {
        }

        SetViewport(size);
    }

    public ChromeDriver Driver { get; }

    /// <summary>Files the page downloads land here (Chrome preference download.default_directory).</summary>
    public string DownloadDirectory { get; }

    public Uri Url => new(Driver.Url);

    /// <summary>The page's visible text (document.body.innerText).</summary>
    public string BodyText => Script<string>("return document.body ? document.body.innerText : '';") ?? "";

    public IJavaScriptExecutor Js => Driver;

    /// <summary>Sets the size of the layout viewport (window.innerWidth × innerHeight) exactly.</summary>
    public void SetViewport(Size viewport)
    {
        Driver.Manage().Window.Size = viewport;
        var inner = Viewport;
        if (inner != viewport)
        {
            var window = Driver.Manage().Window.Size;
            Driver.Manage().Window.Size = new Size(
                window.Width + viewport.Width - inner.Width, window.Height + viewport.Height - inner.Height);
        }
    }

    public Size Viewport
    {
        get
        {
            var wh = Driver.ExecuteScript("return [window.innerWidth, window.innerHeight];") as IReadOnlyList<object>;
            return new Size(
                Convert.ToInt32(wh![0], CultureInfo.InvariantCulture), Convert.ToInt32(wh[1], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Opens a URL and waits until the document has loaded.</summary>
    public void Open(Uri url)
    {
        Driver.Navigate().GoToUrl(url);
        WaitUntil(_ => Script<string>("return document.readyState;") == "complete", TimeSpan.FromSeconds(30));
    }

    public T? Script<T>(string script, params object[] args) => (T?)Driver.ExecuteScript(script, args);

    public TResult WaitUntil<TResult>(Func<IWebDriver, TResult> condition, TimeSpan? timeout = null, string? message = null)
    {
        var wait = new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(15));
        if (message is not null)
        {
            wait.Message = message;
        }

        return wait.Until(condition);
    }

    /// <summary>The element that has the keyboard focus.</summary>
    public IWebElement ActiveElement => Driver.SwitchTo().ActiveElement();

    /// <summary>Saves what the viewport shows to TestResults/screenshots/NAME.png and returns the path.</summary>
    public string SaveScreenshot(string name)
    {
        var path = ScreenshotPath(name);
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Saves the whole page, beyond the viewport, to TestResults/screenshots/NAME.png.</summary>
    public string SaveFullPageScreenshot(string name)
    {
        var path = ScreenshotPath(name);
        try
        {
            var metrics = (Dictionary<string, object?>)Driver.ExecuteCdpCommand("Page.getLayoutMetrics", [])!;
            var content = (Dictionary<string, object?>)metrics["cssContentSize"]!;
            var result = (Dictionary<string, object?>)Driver.ExecuteCdpCommand("Page.captureScreenshot",
                new Dictionary<string, object?>
                {
                    ["format"] = "png",
                    ["captureBeyondViewport"] = true,
                    ["clip"] = new Dictionary<string, object?>
                    {
                        ["x"] = 0,
                        ["y"] = 0,
                        ["width"] = Convert.ToDouble(content["width"], CultureInfo.InvariantCulture),
                        ["height"] = Math.Min(Convert.ToDouble(content["height"], CultureInfo.InvariantCulture), 16000),
                        ["scale"] = 1,
                    },
                })!;
            File.WriteAllBytes(path, Convert.FromBase64String((string)result["data"]!));
            return path;
        }
        catch (Exception e) when (e is WebDriverException or InvalidCastException or KeyNotFoundException or FormatException)
        {
            return SaveScreenshot(name);
        }
    }

    /// <summary>Saves a screenshot and the page's HTML for a failed test (NAME-failed.png / .html).</summary>
    public void SaveFailureArtifacts(string name)
    {
        try
        {
            SaveScreenshot(name + "-failed");
            File.WriteAllText(Path.ChangeExtension(ScreenshotPath(name + "-failed"), ".html"), Driver.PageSource);
        }
        catch (WebDriverException)
        {
        }
    }

    /// <summary>Waits for a finished download whose file name satisfies <paramref name="match"/>.</summary>
    public FileInfo WaitForDownload(Func<string, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var done = new DirectoryInfo(DownloadDirectory).GetFiles()
                .Where(f => !f.Name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
                            && !f.Name.StartsWith(".com.google.Chrome", StringComparison.Ordinal)
                            && match(f.Name))
                .ToList();
            if (done.Count > 0 && !Directory.EnumerateFiles(DownloadDirectory, "*.crdownload").Any())
            {
                return done[0];
            }

            Thread.Sleep(200);
        }

        var present = string.Join(", ", Directory.EnumerateFiles(DownloadDirectory).Select(Path.GetFileName));
        throw new TimeoutException($"No matching download in {DownloadDirectory} (present: {(present.Length > 0 ? present : "nothing")}).");
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        catch (WebDriverException)
        {
        }

        Driver.Dispose();
        TryDelete(_root);
    }

    private static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));
        return Path.Combine(RepoPaths.Screenshots, safe + ".png");
    }

    private static string EnvOr(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
