namespace Prongsai.Core.Auditing.Reading;

/// <summary>Turns a recorded entry into a sentence and its changes, in Thai or English, using the describer of its kind.</summary>
public static class AuditDescriber
{
    /// <summary>Who did it, in words, when the user is no longer (or never was) a staff member with a name.</summary>
    public static string PersonOf(AuditEntry entry, AuditNames names, AuditLanguage language = AuditLanguage.Thai)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        var english = language == AuditLanguage.English;
        return names.Person(entry.UserId) ?? entry.UserName switch
        {
            "command-line" => english ? "The server's administrator (command line)" : "ผู้ดูแลเซิร์ฟเวอร์ (คำสั่งระบบ)",
            // Public forms are sent without a sign-in; so are start-up seeding and jobs, on kinds the public never writes.
            "anonymous" when AuditKinds.For(entry.Entity).MadeByPublic => english ? "Someone on the website" : "ประชาชนทางเว็บไซต์",
            "anonymous" => english ? "The system (no staff member signed in)" : "ระบบ (ไม่มีเจ้าหน้าที่เข้าสู่ระบบ)",
            Demo.DemoSeeder.ActorName => english ? "Sample data (demo)" : Demo.DemoSeeder.ActorName,
            "system" or "background" => english ? "The system (scheduled job)" : "ระบบ (งานอัตโนมัติ)",
            var other when other.Contains('@', StringComparison.Ordinal) => english ? "A user no longer with this office" : "ผู้ใช้ที่ไม่มีบัญชีในหน่วยงานแล้ว",
            var other => other,
        };
    }

    public static AuditLine Describe(AuditEntry entry, AuditNames names, AuditLanguage language = AuditLanguage.Thai)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var kind = AuditKinds.For(entry.Entity);
        var fields = AuditChanges.Parse(entry.Changes);
        var person = PersonOf(entry, names, language);
        var itemName = kind.NameIn(fields) is { } recorded && !AuditValues.IsMarker(recorded) ? recorded : names.Item(entry.Entity, entry.EntityId);
        var story = new AuditStory(entry, person, fields, names, itemName, language);
        return new AuditLine(entry, person, kind.Sentence(story), kind.NounIn(language), ChangesOf(entry, kind, fields, names, language));
    }

    private static List<AuditChangeLine> ChangesOf(AuditEntry entry, AuditKind kind, IReadOnlyList<AuditField> fields, AuditNames names, AuditLanguage language)
    {
        var lines = new List<AuditChangeLine>();
        foreach (var field in fields)
        {
            if (kind.LabelOf(field.Name) is not { } label)
            {
                continue; // ids, stamps, hashes and file keys: bookkeeping, kept in the CSV export
            }

            var before = field.IsChange && entry.Action != AuditActions.Create ? AuditValues.Format(entry.Entity, field.Name, field.Before, names, language) : null;
            var after = entry.Action == AuditActions.Delete && field.IsChange ? null : AuditValues.Format(entry.Entity, field.Name, field.After, names, language);
            var empty = AuditValues.EmptyIn(language);
            if (before == empty && after is null)
            {
                continue;
            }

            if (after == empty && before is null)
            {
                continue; // a new item's empty field says nothing
            }

            lines.Add(new AuditChangeLine(label.In(language), before, after));
        }

        return lines;
    }
}
