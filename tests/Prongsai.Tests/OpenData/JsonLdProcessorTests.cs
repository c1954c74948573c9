using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.OpenData;

/// <summary>
/// Both DCAT catalogs, fetched from the running app, are read by a real JSON-LD processor (Debian's python3-pyld,
/// installed by test.sh) through OpenData/jsonld_check.py: expanded to RDF with no remote context, every dataset typed
/// dcat:Dataset with its Thai title, distributions and licence. A missing pyld fails the test; it never skips.
/// </summary>
public sealed class JsonLdProcessorTests
{
    [Theory, Providers]
    public async Task Both_catalogs_expand_with_pyld_to_the_datasets_and_their_titles(DbProvider provider)
    {
        var app = OpenDataApps.For(provider);
        var org = await DataCatalogTests.PublishingOrganizationAsync(app);
        await Task.Delay(1100); // the installation catalog's one-second cache
        var client = app.Client();
        var folder = Directory.CreateTempSubdirectory("prongsai-jsonld-").FullName;
        try
        {
            var own = Path.Combine(folder, "organization.jsonld");
            var text = await client.GetStringAsync($"/{org.Slug}/data/catalog.jsonld");
            await File.WriteAllTextAsync(own, text);
            var titles = JsonNode.Parse(text)!["dcat:dataset"]!.AsArray().Select(d => (string)d!["dct:title"]!["@value"]!).ToList();
            Assert.Equal(5, titles.Count);
            Run(folder, new { titles, datasets = 5 }, own);

            var pages = await OpenDataApps.AllPagesAsync(client);
            var files = new List<string>();
            foreach (var (_, page) in pages)
            {
                var file = Path.Combine(folder, $"platform-{files.Count + 1}.jsonld");
                await File.WriteAllTextAsync(file, page.ToJsonString());
                files.Add(file);
            }

            Run(folder, new { titles, datasets = (int?)null }, [.. files]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_check_refuses_a_remote_context_and_a_missing_title()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-jsonld-").FullName;
        try
        {
            var remote = Path.Combine(folder, "remote.jsonld");
            File.WriteAllText(remote, """{"@context": "https://example.org/context.jsonld", "@type": "dcat:Catalog"}""");
            Assert.Contains("remote document", Run(folder, new { titles = Array.Empty<string>() }, expectSuccess: false, remote));

            var untitled = Path.Combine(folder, "untitled.jsonld");
            File.WriteAllText(untitled, """
                {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
                 "@id": "http://localhost/x/data/catalog.jsonld", "@type": "dcat:Catalog",
                 "dcat:dataset": [{"@id": "http://localhost/x/data#a", "@type": "dcat:Dataset"}]}
                """);
            var problems = Run(folder, new { titles = new[] { "แผนการใช้จ่ายงบประมาณ" } }, expectSuccess: false, untitled);
            Assert.Contains("has no Thai dct:title", problems);
            Assert.Contains("no dcat:Dataset is titled", problems);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the check with Debian's Python (where python3-pyld installs), or PRONGSAI_PYTHON.</summary>
    private static string Run(string folder, object expect, params string[] catalogs) => Run(folder, expect, expectSuccess: true, catalogs);

    private static string Run(string folder, object expect, bool expectSuccess, params string[] catalogs)
    {
        var expectFile = Path.Combine(folder, "expect.json");
        File.WriteAllText(expectFile, JsonSerializer.Serialize(expect));
        var python = Environment.GetEnvironmentVariable("PRONGSAI_PYTHON") is { Length: > 0 } configured ? configured : "/usr/bin/python3";
        Assert.True(File.Exists(python), $"{python} is missing: apt-get install python3 python3-pyld (test.sh installs them)");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenData", "jsonld_check.py"));
        start.ArgumentList.Add(expectFile);
        foreach (var catalog in catalogs)
        {
            start.ArgumentList.Add(catalog);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the JSON-LD check did not finish in two minutes");
        Assert.True(process.ExitCode != 2, "python3-pyld is missing: " + error);
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"JSON-LD check failed (exit {process.ExitCode}):\n{error}\n{output.Result}");
            Assert.Contains("ok: ", output.Result, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1, process.ExitCode);
        }

        return error + output.Result;
    }
}
