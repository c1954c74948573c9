namespace Prongsai.Core.Auditing.Reading;

/// <summary>
/// Every kind of item the audit trail records, as people speak of it. A kind missing here still reads as a
/// sentence (<see cref="Fallback"/>), never as a type name.
/// </summary>
public static class AuditKinds
{
    public static IReadOnlyList<AuditKind> All { get; } =
    [
        new PlanKind(),
        new("Measure", "มาตรการ"),
        new("MeasureStep", "ขั้นตอน") { Parent = new("MeasureId", "Measure", "ในมาตรการ") },
        new("MeasureResult", "ผลการดำเนินการ") { Parent = new("MeasureId", "Measure", "ของมาตรการ") },
        new ProgressEntryKind { Parent = new("StepId", "MeasureStep", "ของขั้นตอน") },
        new("Evidence", "หลักฐาน") { NameFields = ["Title", "FileName", "Url"] },
        new MeasureDepartmentKind(),
        new ReportVersionKind(),
        new("Document", "เอกสาร"),
        new("Attachment", "ไฟล์แนบ") { NameFields = ["FileName"], Parent = new("DocumentId", "Document", "ของเอกสาร") },
        new("DocumentVersion", "ฉบับบันทึกของเอกสาร") { Parent = new("DocumentId", "Document", "ของเอกสาร") },
        new("DocumentCategory", "หมวดเอกสาร"),
        new("Department", "ส่วนราชการ"),
        new StaffUserKind(),
        new StaffRoleKind(),
        new StaffDepartmentKind(),
        new("StaffNotification", "การแจ้งเตือน") { NameFields = ["Text"] },
        new("Executive", "รายชื่อผู้บริหาร") { NameFields = ["Name"] },
        new("OrganizationPage", "หน้าข้อมูลหน่วยงาน"),
        new("Organization", "ข้อมูลหน่วยงาน"),
        new("OrganizationHost", "ชื่อเว็บไซต์ของหน่วยงาน") { NameFields = ["Host"] },
        new("CountedService", "บริการที่นับสถิติ"),
        new("ServiceMonthCount", "จำนวนการให้บริการรายเดือน") { NameFields = [], Parent = new("ServiceId", "CountedService", "ของบริการ") },
        new("LedgerEntry", "รายการในทะเบียนการเผยแพร่") { NameFields = [] },
        new("ItaChecklist", "แบบตรวจ ITA") { NameFields = [] },
        new("ItaChecklistItem", "ข้อในแบบตรวจ ITA") { NameFields = [] },
        new("ItaEvidence", "หลักฐาน ITA") { NameFields = ["Title", "Url"] },
    ];

    /// <summary>For entries of a kind not listed: a plain sentence without the internal name.</summary>
    public static AuditKind Fallback { get; } = new("", "ข้อมูลอื่นของระบบ") { NameFields = ["Title", "Name"] };

    private static readonly Dictionary<string, AuditKind> ByEntity = All.ToDictionary(k => k.Entity, StringComparer.Ordinal);

    public static AuditKind For(string entity) => ByEntity.GetValueOrDefault(entity) ?? Fallback;

    public static bool IsKnown(string? entity) => entity is not null && ByEntity.ContainsKey(entity);

    /// <summary>A plan is known by its fiscal year ("แผนมาตรการ ปีงบประมาณ 2567"), not by its long report title.</summary>
    private sealed class PlanKind() : AuditKind("MeasurePlan", "แผนมาตรการ")
    {
        public override string? NameIn(IReadOnlyList<AuditField> fields) =>
            AuditChanges.Text(fields, "FiscalYear") is { } year ? $"ปีงบประมาณ {year}" : null;

        public override string Sentence(AuditStory story) =>
            $"{story.Person} {story.Verb}{Noun}{(story.ItemName is null ? "" : " " + story.ItemName)}";
    }

    /// <summary>
    /// A correction is a new entry that replaces an earlier one: its creation reads as the author correcting their
    /// entry, and the replaced entry's update as what happened to the words first written.
    /// </summary>
    private sealed class ProgressEntryKind() : AuditKind("ProgressEntry", "บันทึกความก้าวหน้า")
    {
        public override string Sentence(AuditStory story)
        {
            var corrects = story.Entry.Action == AuditActions.Create && !string.IsNullOrEmpty(story.Field("CorrectionOfId"));
            if (corrects)
            {
                var step = Quoted(story.Names.Item("MeasureStep", story.Field("StepId")));
                return $"{story.Person} แก้ไขบันทึกความก้าวหน้า{Quoted(story.ItemName)}{(step.Length == 0 ? "" : " ของขั้นตอน" + step)} (ฉบับแก้ไข แทนบันทึกเดิม)";
            }

            var replaced = story.Entry.Action == AuditActions.Update && !string.IsNullOrEmpty(story.Field("SupersededAt"));
            return replaced
                ? $"{story.Person} แก้ไขบันทึกความก้าวหน้า{Quoted(story.ItemName)}: บันทึกเดิมนี้ถูกแทนที่ด้วยฉบับแก้ไข (ยังเก็บไว้ในประวัติ)"
                : base.Sentence(story);
        }
    }

    private sealed class ReportVersionKind() : AuditKind("MeasureReportVersion", "รายงานมาตรการ")
    {
        public override string Sentence(AuditStory story)
        {
            var fiscalYear = story.Field("FiscalYear");
            var version = story.Field("Version");
            var what = fiscalYear is null ? Noun : $"{Noun} ปีงบประมาณ {fiscalYear}";
            what += version is null ? "" : $" ฉบับที่ {version}";
            return story.Entry.Action == AuditActions.Publish
                ? $"{story.Person} อนุมัติและเผยแพร่{what}"
                : $"{story.Person} {story.Verb}{what}";
        }
    }

    private sealed class StaffUserKind() : AuditKind("StaffUser", "บัญชีเจ้าหน้าที่")
    {
        public override string Sentence(AuditStory story)
        {
            var target = story.Names.Person(story.Entry.EntityId) ?? story.ItemName ?? "เจ้าหน้าที่";
            var self = story.Entry.UserId is not null && story.Entry.UserId == story.Entry.EntityId;
            return story.Entry.Action switch
            {
                AuditActions.SignIn or AuditActions.SignOut or AuditActions.AccountCreateRefused => $"{story.Person} {story.Verb}",
                AuditActions.SignInFailed => self ? $"{story.Person} {story.Verb}" : $"มีผู้{story.Verb}ด้วยบัญชีของ {target}",
                AuditActions.PermissionChange or AuditActions.PasswordReset => $"{story.Person} {story.Verb} {target}",
                AuditActions.Update when self => $"{story.Person} แก้ไขข้อมูลบัญชีของตนเอง",
                _ => $"{story.Person} {story.Verb}{Noun}{Quoted(target)}",
            };
        }
    }

    private sealed class StaffRoleKind() : AuditKind("StaffRoleAssignment", "บทบาทของเจ้าหน้าที่")
    {
        public override string Sentence(AuditStory story)
        {
            var user = story.Names.Person(story.Field("UserId")) ?? "เจ้าหน้าที่";
            var role = AuditValues.Role(story.Field("Role"));
            return story.Entry.Action switch
            {
                AuditActions.Create => $"{story.Person} ให้บทบาท{Quoted(role)} แก่ {user}",
                AuditActions.Delete => $"{story.Person} ถอนบทบาท{Quoted(role)} ของ {user}",
                _ => $"{story.Person} แก้ไขบทบาทของ {user}",
            };
        }
    }

    private sealed class StaffDepartmentKind() : AuditKind("StaffDepartment", "สังกัดของเจ้าหน้าที่")
    {
        public override string Sentence(AuditStory story)
        {
            var user = story.Names.Person(story.Field("UserId")) ?? "เจ้าหน้าที่";
            var department = story.Names.Item("Department", story.Field("DepartmentId"));
            return story.Entry.Action switch
            {
                AuditActions.Create => $"{story.Person} ให้ {user} สังกัด{Quoted(department)}",
                AuditActions.Delete => $"{story.Person} นำ {user} ออกจาก{Quoted(department)}",
                _ => $"{story.Person} แก้ไขสังกัดของ {user}",
            };
        }
    }

    private sealed class MeasureDepartmentKind() : AuditKind("MeasureDepartment", "ส่วนราชการผู้รับผิดชอบ")
    {
        public override string Sentence(AuditStory story)
        {
            var department = Quoted(story.Names.Item("Department", story.Field("DepartmentId"))) is { Length: > 0 } d ? d : " ส่วนราชการ";
            var measure = Quoted(story.Names.Item("Measure", story.Field("MeasureId")));
            return story.Entry.Action switch
            {
                AuditActions.Create => $"{story.Person} ให้{department} รับผิดชอบมาตรการ{measure}",
                AuditActions.Delete => $"{story.Person} นำ{department} ออกจากผู้รับผิดชอบมาตรการ{measure}",
                _ => $"{story.Person} แก้ไขผู้รับผิดชอบมาตรการ{measure}",
            };
        }
    }

    /// <summary>Kind choices for the filter, in Thai order of their nouns.</summary>
    public static IReadOnlyList<AuditKind> ForFilter() =>
        All.OrderBy(k => k.Noun, Calendar.ThaiCollation.Comparer).ToList();

}
