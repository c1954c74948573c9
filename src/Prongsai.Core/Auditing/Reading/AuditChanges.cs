using System.Text.Json;
using System.Text.Json.Nodes;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>One recorded field: before and after for changes, or a single value for facts ("Version": 2).</summary>
public sealed record AuditField(string Name, JsonNode? Before, JsonNode? After, bool IsChange);

/// <summary>
/// Reads <see cref="AuditEntry.Changes"/> in both shapes it is written in: the interceptor's
/// <c>{"Title": [before, after]}</c> and the use cases' flat facts <c>{"FiscalYear": 2567, "Version": 2}</c>.
/// </summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditField> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return []; // never written by the app; an unreadable summary must not break the page
        }

        if (root is null)
        {
            return [];
        }

        var fields = new List<AuditField>(root.Count);
        foreach (var (name, value) in root)
        {
            fields.Add(value is JsonArray { Count: 2 } pair
                ? new AuditField(name, pair[0]?.DeepClone(), pair[1]?.DeepClone(), IsChange: true)
                : new AuditField(name, null, value?.DeepClone(), IsChange: false));
        }

        return fields;
    }

    /// <summary>The recorded value of a field as text: the after value, or the before value of a deletion.</summary>
    public static string? Text(IReadOnlyList<AuditField> fields, string name)
    {
        var field = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
        var node = field?.After ?? field?.Before;
        return node is JsonValue value ? value.ToString() : null;
    }
}
