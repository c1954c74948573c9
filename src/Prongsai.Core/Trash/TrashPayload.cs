using System.Text.Json;

namespace Prongsai.Core.Trash;

/// <summary>
/// The deleted rows of an item as JSON, with their ids and child rows, for kinds whose rows hold no link up to a
/// parent entity (a kind whose rows do, like a measure's plan, leaves the link out with its own options).
/// </summary>
public static class TrashPayload
{
    public static string Of<T>(T rows) where T : class => JsonSerializer.Serialize(rows);

    public static T Read<T>(TrashItem item) where T : class =>
        JsonSerializer.Deserialize<T>(item.Payload) ?? throw new InvalidOperationException($"Trash item {item.Id} holds no {typeof(T).Name}");
}
