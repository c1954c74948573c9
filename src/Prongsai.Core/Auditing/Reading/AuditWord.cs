namespace Prongsai.Core.Auditing.Reading;

/// <summary>The language the trail is read in. The CSV export is always Thai: it is the record.</summary>
public enum AuditLanguage
{
    Thai,
    English,
}

/// <summary>One word or phrase of the trail in Thai and in English.</summary>
public sealed record AuditWord(string Thai, string English)
{
    public string In(AuditLanguage language) => language == AuditLanguage.English ? English : Thai;
}

/// <summary>A recorded action: its code, the verb the sentence uses, and its name in the filter.</summary>
public sealed record AuditAction(string Action, AuditWord Verb, AuditWord Label);
