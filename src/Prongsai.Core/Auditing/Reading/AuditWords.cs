namespace Prongsai.Core.Auditing.Reading;

/// <summary>The words of the audit trail: what each action is called and what each field is called, in Thai and English.</summary>
public static class AuditWords
{
    /// <summary>Written by document scheduling; not among <see cref="AuditActions"/>.</summary>
    public const string Schedule = "schedule";

    /// <summary>Written when an item comes back from the trash (<see cref="Trash.TrashBin"/>).</summary>
    public const string Restore = Trash.TrashBin.RestoreAction;

    /// <summary>Written when a complaint officer opens a requester's name and contact (<see cref="Requests.HandleRequest"/>).</summary>
    public const string ViewIdentity = Requests.HandleRequest.ViewIdentityAction;

    /// <summary>Every recorded action with its verb, in the order the filter lists them.</summary>
    public static IReadOnlyList<AuditAction> Actions { get; } =
    [
        Action(AuditActions.Create, "เพิ่ม", "added"),
        Action(AuditActions.Update, "แก้ไข", "edited"),
        Action(AuditActions.Delete, "ลบ", "deleted"),
        Action(Restore, "กู้คืน", "restored", "กู้คืนจากถังขยะ", "Restored from the trash"),
        Action(AuditActions.Publish, "เผยแพร่", "published"),
        Action(Schedule, "ตั้งเวลาเผยแพร่", "scheduled the publication of", "ตั้งเวลาเผยแพร่", "Scheduled publication"),
        Action(AuditActions.Unpublish, "ยกเลิกการเผยแพร่", "unpublished"),
        Action(ViewIdentity, "เปิดดูชื่อและช่องทางติดต่อของผู้ยื่น", "viewed the name and contact of the requester of",
            "เปิดดูตัวตนผู้ร้องเรียน", "Viewed a requester's identity"),
        Action(AuditActions.SignIn, "เข้าสู่ระบบ", "signed in"),
        Action(AuditActions.SignInFailed, "เข้าสู่ระบบไม่สำเร็จ", "failed to sign in"),
        Action(AuditActions.SignOut, "ออกจากระบบ", "signed out"),
        Action(AuditActions.PermissionChange, "เปลี่ยนบทบาทของ", "changed the roles of", "เปลี่ยนบทบาท/สิทธิ์", "Changed roles"),
        Action(AuditActions.PasswordReset, "ตั้งรหัสผ่านใหม่ให้", "set a new password for", "ตั้งรหัสผ่านใหม่", "Set a new password"),
        Action(AuditActions.PasswordChange, "เปลี่ยนรหัสผ่านของตนเอง", "changed their own password", "เปลี่ยนรหัสผ่าน", "Changed a password"),
        Action(AuditActions.AccountClose, "ปิดบัญชีของ", "closed the account of", "ปิดบัญชีเจ้าหน้าที่", "Closed an account"),
        Action(AuditActions.AccountReopen, "เปิดใช้บัญชีอีกครั้งให้", "reopened the account of", "เปิดใช้บัญชีอีกครั้ง", "Reopened an account"),
        Action(AuditActions.AccountCreateRefused, "สร้างบัญชีเจ้าหน้าที่ไม่สำเร็จ (อีเมลที่ใช้ไม่ได้)", "could not create a staff account (an e-mail that cannot be used)",
            "สร้างบัญชีไม่สำเร็จ", "Account not created"),
    ];

    /// <summary>An action whose filter label is its verb (in English, the verb capitalised).</summary>
    private static AuditAction Action(string action, string thai, string english) =>
        new(action, new(thai, english), new(thai, char.ToUpperInvariant(english[0]) + english[1..]));

    private static AuditAction Action(string action, string thai, string english, string labelThai, string labelEnglish) =>
        new(action, new(thai, english), new(labelThai, labelEnglish));

    private static readonly AuditWord UnknownVerb = new("ดำเนินการกับ", "acted on");

    /// <summary>The verb of an action; an action this table does not know is said plainly, not as its code.</summary>
    public static string Verb(string action, AuditLanguage language = AuditLanguage.Thai) =>
        (Actions.FirstOrDefault(a => a.Action == action)?.Verb ?? UnknownVerb).In(language);

    /// <summary>
    /// Field names as people call them, for every kind. A kind may call a field otherwise (<see cref="AuditKind.Labels"/>).
    /// A field neither here nor in <see cref="Bookkeeping"/> fails <c>AuditKindCoverageTests</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, AuditWord> FieldLabels { get; } = AuditFieldLabels.All;

    /// <summary>
    /// Fields that are the system's bookkeeping, not what anyone typed or decided: ids, keys, hashes, stamps, who and when
    /// (the entry itself says who acted and when). They are kept in the CSV export and not shown as changes.
    /// </summary>
    public static IReadOnlySet<string> Bookkeeping { get; } = AuditFieldLabels.Bookkeeping;
}
