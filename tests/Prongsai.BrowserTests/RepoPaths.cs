namespace Prongsai.BrowserTests;

/// <summary>Where things are, found from the test assembly's location (overridable by environment variables).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the nearest ancestor of the test assembly holding Prongsai.slnx.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The build configuration this test assembly was built with; the app is taken from the same one.</summary>
    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>TestResults/ at the repository root (or PRONGSAI_TEST_RESULTS, as test.sh sets it).</summary>
    public static string TestResults =>
        Environment.GetEnvironmentVariable("PRONGSAI_TEST_RESULTS") is { Length: > 0 } dir
            ? dir
            : Path.Combine(RepoRoot, "TestResults");

    /// <summary>Screenshots are kept as artifacts here: TestResults/screenshots/.</summary>
    public static string Screenshots => Path.Combine(TestResults, "screenshots");

    /// <summary>The directory of this test project's sources (package.json, node_modules/).</summary>
    public static string BrowserTestsProject => Path.Combine(RepoRoot, "tests", "Prongsai.BrowserTests");

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("PRONGSAI_REPO_ROOT") is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Prongsai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Prongsai.slnx not found above {AppContext.BaseDirectory}; set PRONGSAI_REPO_ROOT to the repository root.");
    }
}
