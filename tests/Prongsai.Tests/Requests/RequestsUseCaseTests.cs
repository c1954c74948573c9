using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>The request engine on both databases: visibility per role, identities, deadlines with a fixed clock, Q&amp;A publishing.</summary>
public sealed class RequestsUseCaseTests
{
    private static readonly OrgRole[] Roles =
        [OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer, OrgRole.Auditor];

    [Theory, Providers]
    public async Task Only_complaint_officers_see_identities_and_corruption_complaints_and_every_identity_view_is_audited(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var grievance = await RequestsTestData.FileAssignedAsync(host, RequestsTestData.Identified(RequestKind.Grievance));
        var corruption = (await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Corruption, "เจ้าหน้าที่เรียกรับเงิน"))).Id;
        var departments = (await host.QueryAsync(db => db.Departments.Select(d => d.Id).ToListAsync())).ToHashSet();

        foreach (var role in Roles)
        {
            var actor = RequestsTestData.As(host, role, departments);
            var identity = await host.UseAsync<HandleRequest, Result<RequesterIdentity>>(h => h.RevealIdentityAsync(actor, grievance));
            var queue = await host.UseAsync<RequestQueue, IReadOnlyList<QueueRow>>(q => q.ListAsync(actor, new QueueFilter()));
            var corruptionSeen = await host.UseAsync<HandleRequest, Result<RequesterIdentity>>(h => h.RevealIdentityAsync(actor, corruption));
            if (role == OrgRole.ComplaintOfficer)
            {
                Assert.True(identity.Succeeded);
                Assert.Equal("นางสมศรี ใจดี", identity.Value!.Name);
                Assert.Contains(queue, r => r.Id == corruption);
                Assert.True(corruptionSeen.Succeeded);
            }
            else
            {
                Assert.IsType<ForbiddenError>(Assert.Single(identity.Errors));
                Assert.DoesNotContain(queue, r => r.Id == corruption);
                Assert.Contains(queue, r => r.Id == grievance);
                Assert.IsType<NotFoundError>(Assert.Single(corruptionSeen.Errors));
            }
        }

        var (views, trail) = await host.QueryAsync(async db => (
            await db.AuditEntries.Where(a => a.Action == HandleRequest.ViewIdentityAction).Select(a => a.EntityId + "/" + a.UserName).ToListAsync(),
            string.Join("\n", await db.AuditEntries.Select(a => a.Changes ?? "").ToListAsync())));
        Assert.Equal(new[] { $"{corruption}/ผู้ทดสอบ ComplaintOfficer", $"{grievance}/ผู้ทดสอบ ComplaintOfficer" }.Order(StringComparer.Ordinal), views.Order(StringComparer.Ordinal));
        // The identity itself is never copied into the audit trail.
        Assert.DoesNotContain("สมศรี", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("somsri@example.test", trail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_complaint_for_officers_only_tells_the_org_admins_to_appoint_one_while_the_office_has_none(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var system = StaffActor.System(organizationId: host.OrganizationId);
        var admin = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(system,
            new CreateStaffRequest(host.OrganizationId, "admin@officerless.test", "ผู้ดูแลระบบ", [OrgRole.OrgAdmin], [])));
        var adminId = admin.Value!.User.Id;
        Task<List<string>> ToldAsync(string userId) =>
            host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == userId).Select(n => n.Text + "|" + n.Path).ToListAsync());

        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Corruption, "เจ้าหน้าที่เรียกรับเงิน"));
        await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Corruption));

        // Told once that complaints wait for an officer, sent to the staff list: not what they say, not a link to them.
        var told = Assert.Single(await ToldAsync(adminId));
        Assert.Equal(RequestNotifier.NoComplaintOfficer.Thai + "|staff", told);
        Assert.DoesNotContain("เรียกรับเงิน", told, StringComparison.Ordinal);

        // Once the office has an officer, the officer is told and the admins are not.
        var officer = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(system,
            new CreateStaffRequest(host.OrganizationId, "officer@officerless.test", "เจ้าหน้าที่รับเรื่อง", [OrgRole.ComplaintOfficer], [])));
        Assert.True(officer.Succeeded, string.Join(" ", officer.Errors.Select(e => e.Message)));
        var second = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Corruption, "เรื่องที่สอง"));
        Assert.Single(await ToldAsync(adminId), t => t.StartsWith(RequestNotifier.NoComplaintOfficer.Thai, StringComparison.Ordinal));
        Assert.Contains(await ToldAsync(officer.Value!.User.Id), t => t.EndsWith($"|requests/{second.Id}", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task An_anonymous_filing_stores_no_identity_and_sends_no_mail(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var filed = await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance) with { Name = "ชื่อที่พิมพ์ไว้", Contact = "typed@example.test" });
        Assert.True(filed.Anonymous);
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", filed.TrackingCode);
        var stored = await host.QueryAsync(db => db.Set<TrackedRequest>().SingleAsync(r => r.Id == filed.Id));
        Assert.Null(stored.RequesterName);
        Assert.Null(stored.RequesterContact);
        Assert.NotEqual(filed.TrackingCode.Replace("-", "", StringComparison.Ordinal), stored.TrackingCodeHash);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<Core.Notifications.OutboxMail>().CountAsync()));

        // The citizen finds it by the code typed loosely (lower case, spaces), replies, and a wrong code finds nothing.
        var loose = filed.TrackingCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal);
        var view = await host.UseAsync<CitizenRequests, CitizenView?>(c => c.FindAsync(loose));
        Assert.Equal(filed.Id, view!.Id);
        Assert.True((await host.UseAsync<CitizenRequests, Result<int>>(c => c.ReplyAsync(filed.TrackingCode, "เพิ่มเติม: หลุมลึกมาก"))).Succeeded);
        Assert.Null(await host.UseAsync<CitizenRequests, CitizenView?>(c => c.FindAsync("AAAA-AAAA-AAAA-AAAA")));
        Assert.Null(await host.UseAsync<CitizenRequests, CitizenView?>(c => c.FindAsync("<script>")));

        // An identified filing with an e-mail address gets its receipt by mail, in the same save.
        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question));
        var mail = await host.QueryAsync(db => db.Set<Core.Notifications.OutboxMail>().SingleAsync());
        Assert.Equal("somsri@example.test", mail.ToAddress);
        // The address is not verified: the receipt names the number, never what the sender typed.
        Assert.Matches(@"^.+ ได้รับเรื่องประเภท.+ เลขที่ #\d+ เมื่อ\d{1,2} [ก-๙]+ \d{4}แล้ว\n", mail.Body);
        Assert.DoesNotContain("ไฟฟ้าส่องสว่าง", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ไฟฟ้าส่องสว่าง", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("หากท่านไม่ได้ยื่นเรื่องนี้", mail.Body, StringComparison.Ordinal);

        // Nor does the mail of the answer.
        var identified = await host.QueryAsync(db => db.Set<TrackedRequest>().Where(r => r.RequesterContact == "somsri@example.test").Select(r => r.Id).SingleAsync());
        var admin = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(admin, identified, "ซ่อมแล้ว"))).Succeeded);
        var answered = await host.QueryAsync(db => db.Set<Core.Notifications.OutboxMail>().OrderBy(m => m.Id).LastAsync());
        Assert.Contains($"เรื่องเลขที่ #{identified} ได้รับคำตอบแล้ว", answered.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ไฟฟ้าส่องสว่าง", answered.Body, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_files_of_one_day_are_bounded_and_a_request_without_files_still_goes_through(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        // Earlier today the office took files up to a megabyte short of its day's bound; yesterday's do not count.
        var earlier = await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance, "ไฟล์เมื่อเช้า"));
        var yesterday = await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance, "ไฟล์เมื่อวาน"));
        await host.QueryAsync(async db =>
        {
            db.Add(new RequestAttachment { OrganizationId = host.OrganizationId, RequestId = earlier.Id, FileKey = "requests/a", FileName = "attachment-1.pdf",
                ContentType = "application/pdf", Size = RequestLimits.AttachmentBytesPerDay - (1024 * 1024), Sha256 = new string('0', 64) });
            db.Add(new RequestAttachment { OrganizationId = host.OrganizationId, RequestId = yesterday.Id, FileKey = "requests/b", FileName = "attachment-1.pdf",
                ContentType = "application/pdf", Size = RequestLimits.AttachmentBytesPerDay, Sha256 = new string('0', 64) });
            (await db.Set<TrackedRequest>().SingleAsync(r => r.Id == yesterday.Id)).ReceivedAt = host.Clock.GetUtcNow().AddDays(-1);
            return await db.SaveChangesAsync();
        });

        var small = TestImages.PngWithMetadata();
        var fits = await host.UseAsync<FileRequest, Result<FiledRequest>>(f => f.RunAsync(
            RequestsTestData.Anonymous(RequestKind.Grievance, "ภาพเล็ก"), [new UploadedFile("a.png", new MemoryStream(small))]));
        Assert.True(fits.Succeeded, string.Join(" ", fits.Errors.Select(e => e.Message)));

        var large = new byte[(1024 * 1024) + 100];
        PublishingFixture.MinimalPdf.CopyTo(large, 0);
        var refused = await host.UseAsync<FileRequest, Result<FiledRequest>>(f => f.RunAsync(
            RequestsTestData.Anonymous(RequestKind.Grievance, "ไฟล์เกินวัน"), [new UploadedFile("b.pdf", new MemoryStream(large))]));
        Assert.False(refused.Succeeded);
        Assert.Equal("Files", Assert.Single(refused.Errors).Field);
        Assert.Contains("ยื่นเรื่องโดยไม่แนบไฟล์", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<TrackedRequest>().CountAsync(r => r.Subject == "ไฟล์เกินวัน")));

        var withoutFiles = await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance, "ไฟล์เกินวัน"));
        Assert.True(withoutFiles.Id > 0);
    }

    [Theory, Providers]
    public async Task Invalid_filings_are_refused_in_Thai_beside_their_fields_and_store_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var result = await host.UseAsync<FileRequest, Result<FiledRequest>>(f => f.RunAsync(
            new FileRequestInput(RequestKind.Grievance, " ", new string('ก', RequestLimits.Details + 1), false, null, "12", false, false), []));
        Assert.False(result.Succeeded);
        Assert.Equal(["AcceptsPrivacyNotice", "Contact", "Details", "Name", "Subject"], result.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal).ToList());
        Assert.All(result.Errors, e => Assert.Matches("[ก-๙]", e.Message));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<TrackedRequest>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Late_and_very_late_follow_the_working_day_deadline_and_the_department_is_alerted_once_each(DbProvider provider)
    {
        // Received on Friday 27 Sep 2024; 30 Sep is a declared holiday; a question has 5 working days: due Mon 7 Oct.
        var clock = FixedClock.BangkokNoon(2024, 9, 27);
        await using var host = await MeasuresTestHost.StartAsync(provider, clock);
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            db.Add(new PublicHoliday { Date = new DateOnly(2024, 9, 30), Name = "วันหยุดพิเศษ", Source = "manual" });
            await db.SaveChangesAsync();
            return 0;
        });
        var firstDepartment = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var member = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(StaffActor.System(organizationId: host.OrganizationId),
            new CreateStaffRequest(host.OrganizationId, "clerk@late.test", "เจ้าหน้าที่กองทดสอบ", [OrgRole.DepartmentStaff], [firstDepartment])));
        Assert.True(member.Succeeded);
        var id = await RequestsTestData.FileAssignedAsync(host, RequestsTestData.Anonymous(RequestKind.Question));
        var request = await host.QueryAsync(db => db.Set<TrackedRequest>().SingleAsync(r => r.Id == id));
        Assert.Equal(new DateOnly(2024, 10, 7), request.DueOn);
        Assert.Equal(new DateOnly(2024, 10, 14), request.VeryLateOn);

        async Task<(bool Late, bool VeryLate, int Notes)> StateAsync(DateOnly day)
        {
            clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7));
            await host.RunAsync(async sp =>
            {
                var job = sp.GetRequiredService<LateRequestsJob>();
                var db = sp.GetRequiredService<ProngsaiDbContext>();
                if (await job.OrganizationsWithWork(db).AnyAsync())
                {
                    await job.RunAsync(CancellationToken.None);
                }

                return 0;
            });
            var stored = await host.QueryAsync(db => db.Set<TrackedRequest>().AsNoTracking().SingleAsync(r => r.Id == id));
            var flags = await host.UseAsync<RequestQueue, (bool, bool)>(q => Task.FromResult(q.Flags(stored)));
            var userId = member.Value!.User.Id;
            var notes = await host.QueryAsync(db => db.StaffNotifications.CountAsync(
                n => n.UserId == userId && n.Text.Contains("เกินกำหนด") && n.Path == $"requests/{id}"));
            return (flags.Item1, flags.Item2, notes);
        }

        Assert.Equal((false, false, 0), await StateAsync(new DateOnly(2024, 10, 7)));
        var late = await StateAsync(new DateOnly(2024, 10, 8));
        Assert.True(late.Late && !late.VeryLate && late.Notes > 0, $"{late}");
        Assert.Equal(late, await StateAsync(new DateOnly(2024, 10, 14))); // still only late: no second alert
        var veryLate = await StateAsync(new DateOnly(2024, 10, 15));
        Assert.True(veryLate.Late && veryLate.VeryLate && veryLate.Notes == late.Notes * 2, $"{veryLate}");
        Assert.Equal(veryLate, await StateAsync(new DateOnly(2024, 10, 20))); // nothing more
        var told = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == $"requests/{id}" && n.Text.Contains("เกินกำหนด"))
            .Select(n => n.Text).Distinct().ToListAsync());
        Assert.All(told, text => Assert.EndsWith("(กำหนด 7 ตุลาคม 2567)", text, StringComparison.Ordinal)); // the long date every notification uses
        Assert.Equal(2, told.Count);

        // Answered: no longer late.
        var admin = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(admin, id, "ตอบแล้ว"))).Succeeded);
        var closed = await StateAsync(new DateOnly(2024, 10, 21));
        Assert.False(closed.Late || closed.VeryLate);
    }

    [Theory, Providers]
    public async Task An_answered_question_is_published_masked_and_searchable_only_with_consent(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var admin = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        var consented = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอใบอนุญาตขุดดินโทร 081-234-5678") with
        {
            Details = "ติดต่อ somsri@example.test เลขบัตร 1-2345-67890-12-3",
        });
        var withheld = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอใบอนุญาตถมดิน") with { ConsentToPublish = false });
        foreach (var id in new[] { consented.Id, withheld.Id })
        {
            Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(admin, id, "ยื่นคำขอที่กองช่าง"))).Succeeded);
        }

        // Answer time per department and month (both unassigned, answered the same day).
        var perDepartment = await host.UseAsync<RequestQueue, IReadOnlyList<DepartmentMonthRow>>(q =>
            RequestStatistics.PerDepartmentAsync(q.Visible(admin), 2567));
        var row = Assert.Single(perDepartment);
        Assert.Equal((RequestKind.Question, (int?)null, 2, 2, 0.0), (row.Kind, row.DepartmentId, row.Received, row.Answered, row.AverageDaysToAnswer!.Value));

        var published = await host.QueryAsync(db => db.Set<TrackedRequest>().Where(r => r.Published).Select(r => r.Id).ToListAsync());
        Assert.Equal([consented.Id], published);
        var hits = await host.RunAsync(sp => sp.GetRequiredService<SearchIndex>().QueryAsync(host.OrganizationId, new SearchQuery("ใบอนุญาต")));
        var hit = Assert.Single(hits.Hits);
        Assert.Equal(QaIndexer.Url(host.Slug, consented.Id), hit.Url);
        Assert.DoesNotContain("081", hit.Title, StringComparison.Ordinal);
        var text = await host.QueryAsync(db => db.SearchEntries.Where(e => e.ItemType == QaIndexer.ItemType).Select(e => e.Text).SingleAsync());
        Assert.DoesNotContain("somsri", text, StringComparison.Ordinal);
        Assert.DoesNotContain("67890", text, StringComparison.Ordinal);
    }
}
