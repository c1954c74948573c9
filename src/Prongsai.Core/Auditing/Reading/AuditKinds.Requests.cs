using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Requests;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    /// <summary>Questions and complaints from the public, and how the office handled them.</summary>
    private static IEnumerable<AuditKind> Requests =>
    [
        new TrackedRequestKind
        {
            NameFields = ["Subject"], MadeByPublic = true,
            // The subject of a confidential complaint is not read: the trail's readers may be the people it is about.
            Lookup = (db, organizationId, ids, cancellationToken) => db.Set<TrackedRequest>().AsNoTracking()
                .Where(r => r.OrganizationId == organizationId && ids.Contains(r.Id) && !r.Type!.Confidential)
                .Select(r => new AuditItemName(r.Id, r.Subject)).ToListAsync(cancellationToken),
        },
        new("RequestStep", "ขั้นตอนการดำเนินเรื่อง", "request step")
        {
            NameFields = [], Parent = new("RequestId", "TrackedRequest", "ของเรื่อง", "of the request"),
        },
        new("RequestMessage", "ข้อความในเรื่อง", "message on a request")
        {
            NameFields = [], MadeByPublic = true, Parent = new("RequestId", "TrackedRequest", "ของเรื่อง", "of the request"),
        },
        new("RequestAttachment", "ไฟล์แนบของเรื่อง", "request attachment")
        {
            NameFields = ["FileName"], MadeByPublic = true, Parent = new("RequestId", "TrackedRequest", "ของเรื่อง", "of the request"),
        },
        new("RequestType", "ประเภทเรื่องที่รับ", "request type"),
    ];

    /// <summary>A request: a citizen files it, officers handle it (and may take a published question off the website), a complaint officer may open who filed it.</summary>
    private sealed class TrackedRequestKind() : AuditKind("TrackedRequest", "เรื่องที่ประชาชนยื่น", "request from the public")
    {
        public override string Sentence(AuditStory story)
        {
            var name = Quoted(story.ItemName);
            return story.Entry.Action switch
            {
                AuditActions.Create when story.Entry.UserId is null => story.Say($"{story.Person} ยื่นเรื่อง{name}", $"{story.Person} filed the request{name}"),
                AuditActions.Create => story.Say($"{story.Person} บันทึกเรื่อง{name} ที่รับไว้", $"{story.Person} recorded the request{name}"),
                QaWithdrawals.Action => story.Say($"{story.Person} นำคำถาม{name} ออกจากเว็บไซต์", $"{story.Person} took the question{name} off the website"),
                _ => story.Say($"{story.Person} {story.Verb}เรื่อง{name}", $"{story.Person} {story.Verb} the request{name}"),
            };
        }
    }
}
