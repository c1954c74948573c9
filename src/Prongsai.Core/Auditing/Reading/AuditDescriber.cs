namespace Prongsai.Core.Auditing.Reading;

/// <summary>Turns a recorded entry into a Thai sentence and its changes, using the describer of its kind.</summary>
public static class AuditDescriber
{
    /// <summary>Who did it, in words, when the user is no longer (or never was) a staff member with a name.</summary>
    public static string PersonOf(AuditEntry entry, AuditNames names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        return names.Person(entry.UserId) ?? entry.UserName switch
        {
            "command-line" => "ผู้ดูแลเซิร์ฟเวอร์ (คำสั่งระบบ)",
            "anonymous" => "ระบบ (ไม่มีเจ้าหน้าที่เข้าสู่ระบบ)", // start-up seeding and jobs run outside any sign-in
            "system" or "background" => "ระบบ (งานอัตโนมัติ)",
            var other when other.Contains('@', StringComparison.Ordinal) => "ผู้ใช้ที่ไม่มีบัญชีในหน่วยงานแล้ว",
            var other => other,
        };
    }

    public static AuditLine Describe(AuditEntry entry, AuditNames names)
    {
        var kind = AuditKinds.For(entry.Entity);
        var fields = AuditChanges.Parse(entry.Changes);
        var person = PersonOf(entry, names);
        var itemName = kind.NameIn(fields) ?? names.Item(entry.Entity, entry.EntityId);
        var story = new AuditStory(entry, person, fields, names, itemName);
        return new AuditLine(entry, person, kind.Sentence(story), kind.Noun, ChangesOf(entry, fields, names));
    }

    private static List<AuditChangeLine> ChangesOf(AuditEntry entry, IReadOnlyList<AuditField> fields, AuditNames names)
    {
        var lines = new List<AuditChangeLine>();
        foreach (var field in fields)
        {
            if (!AuditWords.FieldLabels.TryGetValue(field.Name, out var label))
            {
                continue; // ids, stamps, hashes and file keys: bookkeeping, kept in the CSV export
            }

            var before = field.IsChange && entry.Action != AuditActions.Create ? AuditValues.Format(entry.Entity, field.Name, field.Before, names) : null;
            var after = entry.Action == AuditActions.Delete && field.IsChange ? null : AuditValues.Format(entry.Entity, field.Name, field.After, names);
            if (before == AuditValues.Empty && after is null)
            {
                continue;
            }

            if (after == AuditValues.Empty && before is null)
            {
                continue; // a new item's empty field says nothing
            }

            lines.Add(new AuditChangeLine(label, before, after));
        }

        return lines;
    }
}
