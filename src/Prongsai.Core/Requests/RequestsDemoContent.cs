using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>
/// The demo organization's answered sample questions (published) and sample complaints spread over fiscal year 2567
/// for the statistics — every one marked as a sample (ตัวอย่าง), so nobody takes them for a real citizen's request.
/// </summary>
public sealed class RequestsDemoContent(ProngsaiDbContext db, CurrentOrganization current, RequestTypes types, QaIndexer indexer) : IDemoContent
{
    private static readonly (string Question, string Answer, string Department)[] Questions =
    [
        ("ขอใบอนุญาตก่อสร้างบ้านต้องใช้เอกสารอะไรบ้าง",
            "ใช้สำเนาโฉนดที่ดิน แบบแปลนบ้าน สำเนาบัตรประชาชนและทะเบียนบ้านของเจ้าของ ยื่นได้ที่กองช่างในวันและเวลาราชการ ใช้เวลาพิจารณาไม่เกิน 45 วัน", "กองช่าง"),
        ("ชำระภาษีที่ดินและสิ่งปลูกสร้างได้ถึงเมื่อไร",
            "ชำระได้ภายในเดือนเมษายนของทุกปีที่กองคลัง หรือโอนผ่านธนาคารตามใบแจ้งประเมินภาษี หากชำระล่าช้าจะมีเบี้ยปรับและเงินเพิ่มตามกฎหมาย", "กองคลัง"),
        ("ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุได้ที่ไหน",
            "ผู้ที่จะอายุครบ 60 ปีในปีงบประมาณถัดไป ลงทะเบียนได้ที่สำนักปลัดตั้งแต่เดือนตุลาคมถึงกันยายน นำบัตรประชาชนและสมุดบัญชีเงินฝากมาด้วย", "สำนักปลัด"),
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<TrackedRequest>().AnyAsync(cancellationToken))
        {
            return;
        }

        var question = await types.EnsureAsync(organization.Id, RequestKind.Question, cancellationToken);
        var grievance = await types.EnsureAsync(organization.Id, RequestKind.Grievance, cancellationToken);
        var corruption = await types.EnsureAsync(organization.Id, RequestKind.Corruption, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);

        var published = new List<TrackedRequest>();
        var day = 0;
        foreach (var (text, answer, department) in Questions)
        {
            var received = new DateTimeOffset(2024, 2, 5 + day * 7, 9, 30, 0, TimeSpan.FromHours(7)).ToUniversalTime();
            var request = Sample(question, "ตัวอย่าง: " + text, text, received, departments.GetValueOrDefault(department));
            request.ConsentToPublish = true;
            request.Published = true;
            request.Answer = answer;
            request.AnsweredAt = received.AddDays(2);
            Close(request, RequestStatus.Answered, request.AnsweredAt.Value, note: null);
            published.Add(request);
            day++;
        }

        // Complaint statistics for FY2567: a few a month, most closed in time.
        string[] grievances = ["ไฟฟ้าส่องสว่างดับ", "ถนนชำรุดเป็นหลุม", "น้ำประปาไม่ไหล", "ขยะตกค้าง", "เสียงดังจากสถานประกอบการ"];
        for (var i = 0; i < 14; i++)
        {
            var received = new DateTimeOffset(2023, 10, 3, 10, 0, 0, TimeSpan.FromHours(7)).AddDays(i * 23).ToUniversalTime();
            var confidential = i % 5 == 4;
            var subject = confidential ? "ตัวอย่าง: ร้องเรียนการทุจริตการจัดซื้อจัดจ้าง" : "ตัวอย่าง: " + grievances[i % grievances.Length];
            var request = Sample(confidential ? corruption : grievance, subject, subject, received, confidential ? null : departments.GetValueOrDefault("กองช่าง"));
            if (i < 12)
            {
                Close(request, RequestStatus.Concluded, received.AddDays(confidential ? 25 : 6 + (i % 4) * 3), "ดำเนินการแก้ไขแล้ว (ตัวอย่าง)");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var request in published)
        {
            await indexer.IndexAsync(organization.Slug, request, cancellationToken);
        }
    }

    private TrackedRequest Sample(RequestType type, string subject, string details, DateTimeOffset received, int? departmentId)
    {
        var date = BangkokTime.DateOf(received);
        var request = new TrackedRequest
        {
            Type = type,
            TrackingCodeHash = TrackingCodes.Hash(TrackingCodes.New()),
            Subject = subject,
            Details = details,
            ReceivedAt = received,
            DueOn = date.AddDays(type.DeadlineWorkingDays * 7 / 5),
            VeryLateOn = date.AddDays(type.DeadlineWorkingDays * 14 / 5),
            DepartmentId = departmentId == 0 ? null : departmentId,
            IsAnonymous = true,
            IsSample = true,
        };
        request.Steps.Add(new RequestStep { At = received, Status = RequestStatus.Received, ActorName = RequestStep.SystemActor });
        db.Add(request);
        return request;
    }

    /// <summary>Ends a sample as an officer would: the note says more than the status (an answer's step has none).</summary>
    private static void Close(TrackedRequest request, RequestStatus status, DateTimeOffset at, string? note)
    {
        request.Status = status;
        request.ClosedAt = at;
        request.Outcome = status == RequestStatus.Concluded ? note : null;
        request.Steps.Add(new RequestStep { At = at, Status = status, ActorName = Prongsai.Core.Demo.DemoSeeder.ActorName, Note = note });
    }
}
