using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Security;

/// <summary>
/// The served OpenAPI document is read back by Microsoft.OpenApi's reader and checked with its default
/// validation rules (what client generators rely on), so a new endpoint cannot make it invalid again.
/// </summary>
public sealed partial class OpenApiDocumentTests
{
    [Fact]
    public async Task The_whole_OpenAPI_document_is_valid_and_declares_every_path_parameter()
    {
        await using var json = await Apps.For(DbProvider.Sqlite).Client().GetStreamAsync("/openapi/v1.json");
        var read = await OpenApiDocument.LoadAsync(json, "json", new OpenApiReaderSettings());
        var document = read.Document ?? throw new InvalidOperationException("The document could not be read.");

        var errors = (read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? [])
            .Concat(document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.Select(e => $"{e.Pointer}: {e.Message}") ?? [])
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        // What openapi-spec-validator reported: "Path parameter 'org' … was not resolved". Checked here directly too.
        var unresolved = new List<string>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var name in PathParameter().Matches(path).Select(m => m.Groups[1].Value))
            {
                foreach (var (method, operation) in item.Operations ?? [])
                {
                    var declared = (item.Parameters ?? []).Concat(operation.Parameters ?? [])
                        .Any(p => p.In == ParameterLocation.Path && p.Name == name && p.Required);
                    if (!declared)
                    {
                        unresolved.Add($"{method} {path}: {name}");
                    }
                }
            }
        }

        Assert.True(unresolved.Count == 0, "path parameters not declared:\n" + string.Join("\n", unresolved));
        Assert.Contains(document.Paths.Keys, p => p.StartsWith("/api/v1/orgs/{org}/", StringComparison.Ordinal));
    }

    [GeneratedRegex("\\{([^}]+)\\}")]
    private static partial Regex PathParameter();
}
