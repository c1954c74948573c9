using Microsoft.EntityFrameworkCore;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    private static IEnumerable<AuditKind> Staff =>
    [
        new("Department", "ส่วนราชการ", "department"),
        new StaffUserKind(),
        new StaffRoleKind(),
        new StaffDepartmentKind(),
        new NotificationKind
        {
            // A notification about a request may quote a confidential complaint: those are not read back.
            Lookup = (db, organizationId, ids, cancellationToken) => db.StaffNotifications.AsNoTracking()
                .Where(n => n.OrganizationId == organizationId && ids.Contains(n.Id)
                    && (n.Path == null || !n.Path.StartsWith(Prongsai.Core.Requests.ConfidentialRequestRows.NotificationPath)))
                .Select(n => new AuditItemName(n.Id, n.Text)).ToListAsync(cancellationToken),
        },
    ];

    private sealed class StaffUserKind() : AuditKind("StaffUser", "บัญชีเจ้าหน้าที่", "staff account")
    {
        public override string Sentence(AuditStory story)
        {
            var target = story.Names.Person(story.Entry.EntityId) ?? story.ItemName ?? story.Say("เจ้าหน้าที่", "a staff member");
            var self = story.Entry.UserId is not null && story.Entry.UserId == story.Entry.EntityId;
            return story.Entry.Action switch
            {
                AuditActions.SignIn or AuditActions.SignOut or AuditActions.AccountCreateRefused or AuditActions.PasswordChange => $"{story.Person} {story.Verb}",
                AuditActions.SignInFailed => self ? $"{story.Person} {story.Verb}"
                    : story.Say($"มีผู้{story.Verb}ด้วยบัญชีของ {target}", $"Someone failed to sign in with the account of {target}"),
                AuditActions.PermissionChange or AuditActions.PasswordReset or AuditActions.AccountClose or AuditActions.AccountReopen
                    => $"{story.Person} {story.Verb} {target}",
                AuditActions.Update when self => story.Say($"{story.Person} แก้ไขข้อมูลบัญชีของตนเอง", $"{story.Person} edited their own account"),
                _ => story.Say($"{story.Person} {story.Verb}{Noun}{Quoted(target)}", $"{story.Person} {story.Verb} the {NounEnglish}{Quoted(target)}"),
            };
        }
    }

    private sealed class StaffRoleKind() : AuditKind("StaffRoleAssignment", "บทบาทของเจ้าหน้าที่", "staff member's role")
    {
        public override string Sentence(AuditStory story)
        {
            var user = story.Names.Person(story.Field("UserId")) ?? story.Say("เจ้าหน้าที่", "a staff member");
            var role = Quoted(AuditValues.Role(story.Field("Role"), story.Language));
            return story.Entry.Action switch
            {
                AuditActions.Create => story.Say($"{story.Person} ให้บทบาท{role} แก่ {user}", $"{story.Person} gave the role{role} to {user}"),
                AuditActions.Delete => story.Say($"{story.Person} ถอนบทบาท{role} ของ {user}", $"{story.Person} took the role{role} from {user}"),
                _ => story.Say($"{story.Person} แก้ไขบทบาทของ {user}", $"{story.Person} edited the roles of {user}"),
            };
        }
    }

    private sealed class StaffDepartmentKind() : AuditKind("StaffDepartment", "สังกัดของเจ้าหน้าที่", "staff member's department")
    {
        public override string Sentence(AuditStory story)
        {
            var user = story.Names.Person(story.Field("UserId")) ?? story.Say("เจ้าหน้าที่", "a staff member");
            var department = story.Named("Department", "DepartmentId") is { Length: > 0 } named ? named : story.Say(" ส่วนราชการ", " a department");
            return story.Entry.Action switch
            {
                AuditActions.Create => story.Say($"{story.Person} ให้ {user} สังกัด{department}", $"{story.Person} placed {user} in{department}"),
                AuditActions.Delete => story.Say($"{story.Person} นำ {user} ออกจาก{department}", $"{story.Person} took {user} out of{department}"),
                _ => story.Say($"{story.Person} แก้ไขสังกัดของ {user}", $"{story.Person} edited the department of {user}"),
            };
        }
    }

    /// <summary>
    /// A notification is sent to a member and later marked read by them; it is named by its sentence, in English when it
    /// has one (notifications written before they had an English twin are named in Thai).
    /// </summary>
    private sealed class NotificationKind() : AuditKind("StaffNotification", "การแจ้งเตือน", "notification")
    {
        public override string Sentence(AuditStory story)
        {
            var text = story.English && story.Field("TextEnglish") is { Length: > 0 } english && !AuditValues.IsMarker(english) ? Quoted(english) : Quoted(story.ItemName);
            var member = story.Names.Person(story.Field("UserId"));
            return story.Entry.Action switch
            {
                AuditActions.Create when member is not null
                    => story.Say($"{story.Person} แจ้งเตือน {member}{text}", $"{story.Person} notified {member}{text}"),
                AuditActions.Update when !string.IsNullOrEmpty(story.Field("ReadAt"))
                    => story.Say($"{story.Person} อ่านการแจ้งเตือน{text}", $"{story.Person} read the notification{text}"),
                _ => story.Say($"{story.Person} {story.Verb}การแจ้งเตือน{text}", $"{story.Person} {story.Verb} the notification{text}"),
            };
        }
    }
}
