namespace Prongsai.Core.Auditing.Reading;

/// <summary>What the describer knows about one recorded entry while it writes the sentence.</summary>
/// <param name="Person">Who acted, by name.</param>
/// <param name="ItemName">What the item is called: from the entry itself, else its current name; null when unknown.</param>
public sealed record AuditStory(AuditEntry Entry, string Person, IReadOnlyList<AuditField> Fields, AuditNames Names, string? ItemName)
{
    public string Verb => AuditWords.Verb(Entry.Action);

    public string? Field(string name) => AuditChanges.Text(Fields, name);
}

/// <summary>A parent the sentence names after the item: "ขั้นตอน '…' ในมาตรการ '…'".</summary>
public sealed record AuditParent(string Field, string Kind, string Phrase);

/// <summary>
/// How one kind of recorded item (an entity type) is spoken of: its Thai noun, which field names it, its
/// parent, and the sentence. The default sentence is "{ผู้ทำ} {กริยา}{คำนาม} '{ชื่อ}' {ในมาตรการ '…'}";
/// kinds whose entries read better another way override <see cref="Sentence"/>.
/// </summary>
public class AuditKind(string entity, string noun)
{
    private const int NameLength = 60;

    /// <summary>The entity type name stored in <see cref="AuditEntry.Entity"/>.</summary>
    public string Entity { get; } = entity;

    /// <summary>The Thai noun ("มาตรการ"), also the label in the kind filter.</summary>
    public string Noun { get; } = noun;

    /// <summary>Fields that name an item, the first present wins.</summary>
    public IReadOnlyList<string> NameFields { get; init; } = ["Title", "Name", "DisplayName", "Text", "FileName"];

    public AuditParent? Parent { get; init; }

    /// <summary>The name the entry records for its item, when it records one.</summary>
    public virtual string? NameIn(IReadOnlyList<AuditField> fields) =>
        NameFields.Select(f => AuditChanges.Text(fields, f)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    public virtual string Sentence(AuditStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var sentence = $"{story.Person} {story.Verb}{Noun}{Quoted(story.ItemName)}";
        if (Parent is { } parent && story.Names.Item(parent.Kind, story.Field(parent.Field)) is { } parentName)
        {
            sentence += $" {parent.Phrase}{Quoted(parentName)}";
        }

        return sentence;
    }

    /// <summary>" 'จัดทำคู่มือ…'" — one line, shortened; empty when there is no name.</summary>
    public static string Quoted(string? name)
    {
        var plain = Text.PlainText.FromHtml(name);
        if (plain.Length == 0)
        {
            return string.Empty;
        }

        if (plain.Length <= NameLength)
        {
            return $" '{plain}'";
        }

        // Never cut a Thai vowel or tone mark off the consonant it sits on.
        var cut = NameLength;
        while (cut > 0 && char.GetUnicodeCategory(plain[cut]) == System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            cut--;
        }

        // Thai marks phrase ends with a space: end there when one is near, rather than mid-word.
        var space = plain.LastIndexOf(' ', cut - 1, 20);
        if (space > 0)
        {
            cut = space;
        }

        return $" '{plain[..cut].TrimEnd()}…'";
    }
}
