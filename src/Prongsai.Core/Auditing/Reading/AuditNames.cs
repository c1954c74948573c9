namespace Prongsai.Core.Auditing.Reading;

/// <summary>People's display names by user id, and items' current names by kind and id, for the entries being read.</summary>
public sealed class AuditNames
{
    private readonly Dictionary<string, string> people = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Id), string> items = [];

    public void AddPerson(string userId, string displayName) => people[userId] = displayName;

    public void AddItem(string kind, string id, string name) => items[(kind, id)] = name;

    public string? Person(string? userId) => userId is not null && people.TryGetValue(userId, out var name) ? name : null;

    public string? Item(string kind, string? id) => id is not null && items.TryGetValue((kind, id), out var name) ? name : null;
}

/// <summary>One entry as people read it.</summary>
/// <param name="Sentence">"สมศรี ใจดี ลบมาตรการ 'จัดทำคู่มือ…'".</param>
/// <param name="KindNoun">The Thai noun of the item's kind ("มาตรการ").</param>
public sealed record AuditLine(AuditEntry Entry, string Person, string Sentence, string KindNoun, IReadOnlyList<AuditChangeLine> Changes);

/// <summary>"ชื่อ: 'ก' → 'ข'"; <see cref="Before"/> is null for a new item or a fact, <see cref="After"/> for a deleted one.</summary>
public sealed record AuditChangeLine(string Label, string? Before, string? After);
