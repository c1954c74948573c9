using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;

namespace Prongsai.Tests.OpenData;

/// <summary>
/// The official OCDS 1.1.5 release-package schema with its release schema, both read from copies in this project
/// (OpenData/Schema, Apache 2.0). The package schema's one external $ref (the release schema's canonical URL) is
/// answered from the local copy; any other URL fails, so the validation never reaches the network.
/// </summary>
internal static class OcdsSchema
{
    public const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly Lazy<Task<JsonSchema>> Package = new(LoadAsync);

    public static async Task<IReadOnlyList<string>> ValidateAsync(string json)
    {
        var schema = await Package.Value;
        return schema.Validate(json).SelectMany(Flatten).ToList();
    }

    private static IEnumerable<string> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend($"{error.Path}: {error.Kind}")
            : [$"{error.Path}: {error.Kind}"];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "OpenData", "Schema");

    private static async Task<JsonSchema> LoadAsync()
    {
        var release = await JsonSchema.FromFileAsync(Path.Combine(Folder, "release-schema.json"));
        var packagePath = Path.Combine(Folder, "release-package-schema.json");
        return await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(packagePath), packagePath,
            schema => new LocalOnlyResolver(schema, release));
    }

    private sealed class LocalOnlyResolver(JsonSchema root, JsonSchema release)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            url == ReleaseSchemaUrl
                ? Task.FromResult<IJsonReference>(release)
                : throw new InvalidOperationException($"The schema asked for {url}; only the local OCDS 1.1.5 schemas may be used (no network).");
    }
}
