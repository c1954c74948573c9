namespace Prongsai.Core.Auditing.Reading;

/// <summary>The Thai words of the audit trail: what each action is called and what each field is called.</summary>
public static class AuditWords
{
    /// <summary>Every recorded action with its verb, in the order the filter lists them.</summary>
    public static IReadOnlyList<(string Action, string Verb, string Label)> Actions { get; } =
    [
        (AuditActions.Create, "เพิ่ม", "เพิ่ม"),
        (AuditActions.Update, "แก้ไข", "แก้ไข"),
        (AuditActions.Delete, "ลบ", "ลบ"),
        (AuditActions.Publish, "เผยแพร่", "เผยแพร่"),
        (Schedule, "ตั้งเวลาเผยแพร่", "ตั้งเวลาเผยแพร่"),
        (AuditActions.Unpublish, "ยกเลิกการเผยแพร่", "ยกเลิกการเผยแพร่"),
        (AuditActions.SignIn, "เข้าสู่ระบบ", "เข้าสู่ระบบ"),
        (AuditActions.SignInFailed, "เข้าสู่ระบบไม่สำเร็จ", "เข้าสู่ระบบไม่สำเร็จ"),
        (AuditActions.SignOut, "ออกจากระบบ", "ออกจากระบบ"),
        (AuditActions.PermissionChange, "เปลี่ยนบทบาทของ", "เปลี่ยนบทบาท/สิทธิ์"),
        (AuditActions.PasswordReset, "ตั้งรหัสผ่านใหม่ให้", "ตั้งรหัสผ่านใหม่"),
        (AuditActions.AccountCreateRefused, "สร้างบัญชีเจ้าหน้าที่ไม่สำเร็จ (อีเมลที่ใช้ไม่ได้)", "สร้างบัญชีไม่สำเร็จ"),
    ];

    /// <summary>Written by document scheduling; not among <see cref="AuditActions"/>.</summary>
    public const string Schedule = "schedule";

    /// <summary>The verb of an action; an action this table does not know is said plainly, not as its code.</summary>
    public static string Verb(string action) =>
        Actions.FirstOrDefault(a => a.Action == action).Verb ?? "ดำเนินการกับ";

    /// <summary>Field names as people call them. A field not listed here is bookkeeping and is not shown.</summary>
    public static IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Title"] = "ชื่อ",
        ["Name"] = "ชื่อ",
        ["DisplayName"] = "ชื่อที่แสดง",
        ["Text"] = "ข้อความ",
        ["Number"] = "ลำดับที่",
        ["Status"] = "สถานะ",
        ["Date"] = "วันที่ดำเนินการ",
        ["IsDone"] = "เสร็จแล้ว",
        ["DoneOn"] = "วันที่เสร็จ",
        ["PeriodText"] = "ระยะเวลาดำเนินการ",
        ["PeriodStart"] = "เริ่ม",
        ["PeriodEnd"] = "สิ้นสุด",
        ["Outcome"] = "ผลลัพธ์/ความสำเร็จ",
        ["Indicators"] = "ตัวชี้วัด ITA",
        ["AllDepartments"] = "ทุกส่วนราชการรับผิดชอบ",
        ["OtherResponsible"] = "ผู้รับผิดชอบอื่น",
        ["Introduction"] = "บทนำ",
        ["Summary"] = "สาระสำคัญ",
        ["BodyHtml"] = "เนื้อหา",
        ["FiscalYear"] = "ปีงบประมาณ",
        ["Version"] = "ฉบับที่",
        ["PublishAt"] = "กำหนดเผยแพร่",
        ["PublishedAt"] = "เผยแพร่เมื่อ",
        ["ApprovalRequestedAt"] = "ขออนุมัติเมื่อ",
        ["DepartmentId"] = "ส่วนราชการ",
        ["RetiredAt"] = "เลิกใช้เมื่อ",
        ["CategoryId"] = "หมวดเอกสาร",
        ["FileName"] = "ชื่อไฟล์",
        ["Url"] = "ลิงก์",
        ["EffectiveDate"] = "วันที่มีผล",
        ["Kind"] = "ชนิด",
        ["AuthorName"] = "ผู้บันทึก",
        ["SupersededAt"] = "ถูกแทนที่ด้วยฉบับแก้ไขเมื่อ",
        ["Role"] = "บทบาท",
        ["roles"] = "บทบาท",
        ["Key"] = "หน้า",
        ["Phone"] = "โทรศัพท์",
        ["Side"] = "ฝ่าย",
        ["MustChangePassword"] = "ต้องเปลี่ยนรหัสผ่าน",
        ["LockoutEnd"] = "ระงับการเข้าสู่ระบบถึง",
        ["lockedOut"] = "ถูกระงับการเข้าสู่ระบบชั่วคราว",
        ["Slug"] = "ชื่อย่อในลิงก์",
        ["Address"] = "ที่อยู่",
        ["Email"] = "อีเมล",
    };
}
