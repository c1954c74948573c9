using Prongsai.Core.Data;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>What the describer knows about one recorded entry while it writes the sentence.</summary>
/// <param name="Person">Who acted, by name.</param>
/// <param name="ItemName">What the item is called: from the entry itself, else its current name; null when unknown.</param>
public sealed record AuditStory(AuditEntry Entry, string Person, IReadOnlyList<AuditField> Fields, AuditNames Names, string? ItemName,
    AuditLanguage Language = AuditLanguage.Thai)
{
    public bool English => Language == AuditLanguage.English;

    public string Verb => AuditWords.Verb(Entry.Action, Language);

    public string? Field(string name) => AuditChanges.Text(Fields, name);

    /// <summary>The Thai or the English of a sentence, by the language the trail is read in.</summary>
    public string Say(string thai, string english) => English ? english : thai;

    /// <summary>The current name of another item the entry points to by one of its fields, quoted; empty when unknown.</summary>
    public string Named(string kind, string field) => AuditKind.Quoted(Names.Item(kind, AuditChanges.Text(Fields, field)));
}

/// <summary>A parent the sentence names after the item: "ขั้นตอน '…' ในมาตรการ '…'" / "the step '…' in the measure '…'".</summary>
public sealed record AuditParent(string Field, string Kind, string Phrase, string PhraseEnglish);

/// <summary>Reads the current names of one kind's items by id, for entries that record only what changed.</summary>
public delegate Task<List<AuditItemName>> AuditNameLookup(ProngsaiDbContext db, int organizationId, List<int> ids, CancellationToken cancellationToken);

/// <summary>An item's current name, as read by an <see cref="AuditNameLookup"/>.</summary>
public sealed record AuditItemName(int Id, string Name);

/// <summary>
/// How one kind of recorded item (an entity type) is spoken of: its noun, which field names it, its parent, and the
/// sentence. The default sentence is "{ผู้ทำ} {กริยา}{คำนาม} '{ชื่อ}' {ในมาตรการ '…'}" ("{person} {verb} the {noun} '{name}'
/// {in the measure '…'}"); kinds whose entries read better another way override <see cref="Sentence"/>.
/// </summary>
public class AuditKind(string entity, string noun, string nounEnglish)
{
    private const int NameLength = 60;

    /// <summary>The entity type name stored in <see cref="AuditEntry.Entity"/>.</summary>
    public string Entity { get; } = entity;

    /// <summary>The Thai noun ("มาตรการ"), also the label in the kind filter.</summary>
    public string Noun { get; } = noun;

    /// <summary>The English noun, lower case as it stands in a sentence ("measure").</summary>
    public string NounEnglish { get; } = nounEnglish;

    public string NounIn(AuditLanguage language) => language == AuditLanguage.English ? NounEnglish : Noun;

    /// <summary>The kind's name in the filter: the noun, capitalised in English.</summary>
    public string LabelIn(AuditLanguage language) =>
        language == AuditLanguage.English ? char.ToUpperInvariant(NounEnglish[0]) + NounEnglish[1..] : Noun;

    /// <summary>Fields that name an item, the first present wins.</summary>
    public IReadOnlyList<string> NameFields { get; init; } = ["Title", "Name", "DisplayName", "Text", "FileName"];

    public AuditParent? Parent { get; init; }

    /// <summary>Reads items' current names when an entry does not record one (an update records only what changed).</summary>
    public AuditNameLookup? Lookup { get; init; }

    /// <summary>Fields this kind calls otherwise than <see cref="AuditWords.FieldLabels"/>.</summary>
    public IReadOnlyDictionary<string, AuditWord> Labels { get; init; } = new Dictionary<string, AuditWord>();

    /// <summary>
    /// Citizens create these through the website: an entry with no staff member behind it is theirs, not the system's
    /// (<see cref="AuditDescriber.PersonOf"/>).
    /// </summary>
    public bool MadeByPublic { get; init; }

    /// <summary>A field's label on this kind, or null when the field is bookkeeping.</summary>
    public AuditWord? LabelOf(string field) =>
        Labels.TryGetValue(field, out var own) ? own : AuditWords.FieldLabels.GetValueOrDefault(field);

    /// <summary>The name the entry records for its item, when it records one.</summary>
    public virtual string? NameIn(IReadOnlyList<AuditField> fields) =>
        NameFields.Select(f => AuditChanges.Text(fields, f)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    public virtual string Sentence(AuditStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var sentence = story.English
            ? $"{story.Person} {story.Verb} the {NounEnglish}{Quoted(story.ItemName)}"
            : $"{story.Person} {story.Verb}{Noun}{Quoted(story.ItemName)}";
        if (Parent is { } parent && story.Names.Item(parent.Kind, AuditChanges.Text(story.Fields, parent.Field)) is { } parentName)
        {
            sentence += $" {story.Say(parent.Phrase, parent.PhraseEnglish)}{Quoted(parentName)}";
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

/// <summary>
/// A kind known by its fiscal year ("แผนมาตรการ ปีงบประมาณ 2567", "the measures plan for FY 2567"), not by a long title.
/// Its lookup, when given, reads the year.
/// </summary>
public class FiscalYearKind(string entity, string noun, string nounEnglish) : AuditKind(entity, noun, nounEnglish)
{
    public override string? NameIn(IReadOnlyList<AuditField> fields) => AuditChanges.Text(fields, "FiscalYear");

    public override string Sentence(AuditStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.English
            ? $"{story.Person} {story.Verb} the {NounEnglish}{(story.ItemName is null ? "" : " for FY " + story.ItemName)}"
            : $"{story.Person} {story.Verb}{Noun}{(story.ItemName is null ? "" : " ปีงบประมาณ " + story.ItemName)}";
    }
}
