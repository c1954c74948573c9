using System.Text;
using System.Text.Json;
using OpenQA.Selenium;
using Xunit.Sdk;

namespace Prongsai.BrowserTests;

/// <summary>
/// Runs axe-core (npm package, pinned in package.json) in the current page. The library is read from
/// node_modules and executed through WebDriver (ExecuteScript), not added as a &lt;script&gt; element, so the
/// site's Content-Security-Policy does not block it.
/// </summary>
public static class Axe
{
    /// <summary>WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The tags run: <see cref="WcagTags"/>, plus any in PRONGSAI_AXE_EXTRA_TAGS (comma-separated, e.g.
    /// "best-practice" for an exploratory run).</summary>
    public static IReadOnlyList<string> Tags =>
        [.. WcagTags, .. (Environment.GetEnvironmentVariable("PRONGSAI_AXE_EXTRA_TAGS") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static readonly Lazy<string> Source = new(LoadSource);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RunScript = """
        var done = arguments[arguments.length - 1];
        var tags = arguments[0];
        window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
            .then(function (results) { done(JSON.stringify(results.violations)); })
            .catch(function (e) { done('axe error: ' + ((e && e.stack) || e)); });
        """;

    /// <summary>Path of axe.min.js (PRONGSAI_AXE_JS, else tests/Prongsai.BrowserTests/node_modules/axe-core/axe.min.js).</summary>
    public static string ScriptPath =>
        Environment.GetEnvironmentVariable("PRONGSAI_AXE_JS") is { Length: > 0 } path
            ? path
            : Path.Combine(RepoPaths.BrowserTestsProject, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Runs axe on the whole document with the WCAG 2.0/2.1 A and AA rules and returns the violations.</summary>
    public static IReadOnlyList<AxeViolation> Run(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        if (js.ExecuteScript("return !!(window.axe && typeof window.axe.run === 'function');") is not true)
        {
            js.ExecuteScript(Source.Value);
        }

        var result = js.ExecuteAsyncScript(RunScript, new object[] { Tags.ToArray() }) as string
                     ?? throw new InvalidOperationException("axe.run returned nothing");
        if (result.StartsWith("axe error:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(result);
        }

        return JsonSerializer.Deserialize<List<AxeViolation>>(result, Json) ?? [];
    }

    /// <summary>Fails listing every serious or critical violation: rule id, impact, help and the target nodes.</summary>
    public static void AssertNoSeriousViolations(IReadOnlyList<AxeViolation> violations, string page)
    {
        SaveReport(violations, page);
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.Append(serious.Count).Append(" serious/critical accessibility violation(s) on ").Append(page).Append(':').AppendLine();
        foreach (var v in serious)
        {
            text.Append("- ").Append(v.Id).Append(" (").Append(v.Impact).Append("): ").Append(v.Help)
                .Append(" <").Append(v.HelpUrl).Append('>').AppendLine();
            foreach (var node in v.Nodes)
            {
                text.Append("    ").Append(node.TargetText);
                if (!string.IsNullOrWhiteSpace(node.Html))
                {
                    var html = node.Html.ReplaceLineEndings(" ");
                    text.Append("  ").Append(html.Length > 160 ? html[..160] + "…" : html);
                }

                text.AppendLine();
            }
        }

        var minor = violations.Count - serious.Count;
        if (minor > 0)
        {
            text.Append("(also ").Append(minor).Append(" minor/moderate: ")
                .Append(string.Join(", ", violations.Except(serious).Select(v => v.Id))).Append(')').AppendLine();
        }

        throw new XunitException(text.ToString());
    }

    /// <summary>Every violation, minor and moderate ones too, as TestResults/axe/PAGE.json (an artifact to read).</summary>
    private static void SaveReport(IReadOnlyList<AxeViolation> violations, string page)
    {
        try
        {
            var dir = Path.Combine(RepoPaths.TestResults, "axe");
            Directory.CreateDirectory(dir);
            var name = string.Concat(page.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')).Trim('-');
            var summary = violations.Select(v => new { v.Id, v.Impact, v.Help, Targets = v.Nodes.Select(n => n.TargetText) });
            File.WriteAllText(Path.Combine(dir, name + ".json"),
                JsonSerializer.Serialize(summary, new JsonSerializerOptions(Json) { WriteIndented = true }));
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string LoadSource()
    {
        var path = ScriptPath;
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException(
                $"{path} is missing: run 'npm ci' in tests/Prongsai.BrowserTests (./test.sh does it).");
    }
}

public sealed record AxeViolation(
    string Id,
    string? Impact,
    string Description,
    string Help,
    string HelpUrl,
    IReadOnlyList<AxeNode> Nodes);

public sealed record AxeNode(JsonElement Target, string? Html, string? Impact, string? FailureSummary)
{
    /// <summary>The node's CSS selector; parts inside iframes or shadow roots are joined with " >> ".</summary>
    public string TargetText => Target.ValueKind == JsonValueKind.Array
        ? string.Join(" >> ", Target.EnumerateArray().Select(Part))
        : Target.ToString();

    private static string Part(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? string.Join(" ", e.EnumerateArray().Select(x => x.ToString()))
        : e.ToString();
}
