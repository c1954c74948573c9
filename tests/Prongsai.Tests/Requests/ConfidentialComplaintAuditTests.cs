using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>
/// A corruption complaint is seen by ComplaintOfficers alone; the audit trail, read by OrgAdmins and Auditors, records
/// who did what to it and when, but none of its words — while an ordinary complaint's trail keeps them.
/// </summary>
public sealed class ConfidentialComplaintAuditTests
{
    private const string Subject = "ปลัดเรียกรับเงินใต้โต๊ะ";
    private const string Details = "รายละเอียดที่ระบุตัวผู้แจ้งได้";
    private const string CitizenReply = "ผู้แจ้งเพิ่มหลักฐานการโอนเงิน";
    private const string InternalNote = "บันทึกภายในของผู้รับเรื่อง";
    private const string Answer = "ได้ตั้งกรรมการสอบข้อเท็จจริงแล้ว";

    [Theory, Providers]
    public async Task The_trail_records_who_changed_a_corruption_complaint_but_not_its_words(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var receiver = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(StaffActor.System(organizationId: host.OrganizationId),
            new CreateStaffRequest(host.OrganizationId, "officer@confidential.test", "ผู้รับเรื่องร้องเรียน", [OrgRole.ComplaintOfficer], [])));
        Assert.True(receiver.Succeeded);
        var corruption = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Corruption, Subject) with { Details = Details });
        var grievance = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Grievance, "ไฟถนนหมู่ 4 ดับ"));
        var officer = RequestsTestData.As(host, OrgRole.ComplaintOfficer, new HashSet<int>());

        Assert.True((await host.UseAsync<CitizenRequests, Result<int>>(c => c.ReplyAsync(corruption.TrackingCode, CitizenReply))).Succeeded);
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.MessageAsync(officer, corruption.Id, InternalNote, isInternal: true))).Succeeded);
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.StartAsync(officer, corruption.Id, "เริ่มตรวจสอบเรื่องปลัด"))).Succeeded);
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(officer, corruption.Id, Answer))).Succeeded);
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.MessageAsync(officer, grievance.Id, "นัดช่างไฟวันจันทร์", isInternal: true))).Succeeded);

        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        var stored = string.Join("\n", entries.Select(a => a.Changes ?? ""));
        foreach (var words in new[] { Subject, Details, CitizenReply, InternalNote, "เริ่มตรวจสอบเรื่องปลัด", Answer })
        {
            Assert.DoesNotContain(words, stored, StringComparison.Ordinal);
        }

        // Who did what, and when, is still there: the filing, the reply, the note, the steps, the answer and the notification.
        var aboutIt = entries.Where(a => a.Changes is { } c && c.Contains(AuditInterceptor.Withheld, StringComparison.Ordinal)).ToList();
        Assert.Contains(aboutIt, a => a.Entity == nameof(TrackedRequest) && a.Action == AuditActions.Create && a.EntityId == $"{corruption.Id}");
        Assert.Contains(aboutIt, a => a.Entity == nameof(TrackedRequest) && a.Action == AuditActions.Update && a.EntityId == $"{corruption.Id}");
        Assert.Contains(entries, a => a.Entity == nameof(TrackedRequest) && a.EntityId == $"{corruption.Id}" && a.Changes!.Contains("\"Status\"", StringComparison.Ordinal));
        Assert.Equal(2, aboutIt.Count(a => a.Entity == nameof(RequestMessage)));
        Assert.Contains(aboutIt, a => a.Entity == nameof(RequestStep));
        Assert.Contains(aboutIt, a => a.Entity == nameof(StaffNotification));

        // The ordinary complaint keeps its words in the trail; its requester's identity stays protected as before.
        Assert.Contains("ไฟถนนหมู่ 4 ดับ", stored, StringComparison.Ordinal);
        Assert.Contains("นัดช่างไฟวันจันทร์", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("สมศรี", stored, StringComparison.Ordinal);

        // What an OrgAdmin or an Auditor reads on the audit page.
        var lines = await host.UseAsync<ReadAuditTrail, IReadOnlyList<AuditLine>>(r => r.ReadAsync(host.OrganizationId, new AuditFilter(), 500));
        var read = string.Join("\n", lines.Select(l => l.Sentence + " " + string.Join(" ", l.Changes.Select(c => $"{c.Label} {c.Before} {c.After}"))));
        Assert.DoesNotContain(Subject, read, StringComparison.Ordinal);
        Assert.DoesNotContain(InternalNote, read, StringComparison.Ordinal);
        Assert.Contains("ไฟถนนหมู่ 4 ดับ", read, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Entries_written_before_keep_who_and_when_and_lose_the_words(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var corruption = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Corruption, Subject));
        var grievance = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Grievance, "ไฟถนนหมู่ 4 ดับ"));
        var officer = RequestsTestData.As(host, OrgRole.ComplaintOfficer, new HashSet<int>());
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.MessageAsync(officer, corruption.Id, "บันทึก", isInternal: true))).Succeeded);
        var noteId = await host.QueryAsync(db => db.Set<RequestMessage>().Where(m => m.RequestId == corruption.Id).Select(m => m.Id).SingleAsync());

        // What the trail held before it withheld these words.
        var written = new (string Entity, string Id, string Changes)[]
        {
            ("TrackedRequest", $"{corruption.Id}", Json(("Subject", null, Subject), ("Details", null, Details), ("Status", null, 1))),
            ("TrackedRequest", $"{corruption.Id}", Json(("Answer", "ร่างคำตอบ", Answer), ("Status", 3, 5))),
            ("RequestMessage", $"{noteId}", Json(("Text", null, InternalNote), ("Internal", null, true))),
            ("StaffNotification", "900", Json(("Text", null, $"เรื่องใหม่ #{corruption.Id}: {Subject}"), ("Path", null, $"requests/{corruption.Id}"))),
            ("TrackedRequest", $"{grievance.Id}", Json(("Subject", null, "ไฟถนนหมู่ 4 ดับ"))),
            ("StaffNotification", "901", Json(("Text", null, $"เรื่องใหม่ #{grievance.Id}: ไฟถนนหมู่ 4 ดับ"), ("Path", null, $"requests/{grievance.Id}"))),
        };
        var ids = new List<long>();
        foreach (var (entity, id, changes) in written)
        {
            ids.Add(await host.QueryAsync(async db =>
            {
                var entry = new AuditEntry { OrganizationId = host.OrganizationId, At = DateTimeOffset.UtcNow, UserName = "ก่อนหน้า", Entity = entity, EntityId = id, Action = AuditActions.Create, Changes = changes };
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync();
                return entry.Id;
            }));
        }

        await host.QueryAsync(db => db.RunUpAsync(provider == DbProvider.Sqlite
            ? new Prongsai.Data.Migrations.Sqlite.SealConfidentialComplaintWords()
            : new Prongsai.Data.Migrations.Postgres.SealConfidentialComplaintWords()));

        var after = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Changes!).ToListAsync());
        var fields = after.Select(c => JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(c)!).ToList();
        Assert.Equal([Nothing, AuditInterceptor.Withheld], Values(fields[0]["Subject"]));
        Assert.Equal([Nothing, AuditInterceptor.Withheld], Values(fields[0]["Details"]));
        Assert.Equal("1", fields[0]["Status"][1].GetRawText());
        Assert.Equal([AuditInterceptor.Withheld, AuditInterceptor.Withheld], Values(fields[1]["Answer"]));
        Assert.Equal("5", fields[1]["Status"][1].GetRawText());
        Assert.Equal([Nothing, AuditInterceptor.Withheld], Values(fields[2]["Text"]));
        Assert.Equal("true", fields[2]["Internal"][1].GetRawText());
        Assert.Equal([Nothing, AuditInterceptor.Withheld], Values(fields[3]["Text"]));
        Assert.Equal($"requests/{corruption.Id}", fields[3]["Path"][1].GetString());
        Assert.Equal([Nothing, "ไฟถนนหมู่ 4 ดับ"], Values(fields[4]["Subject"]));
        Assert.Equal([Nothing, $"เรื่องใหม่ #{grievance.Id}: ไฟถนนหมู่ 4 ดับ"], Values(fields[5]["Text"]));
        Assert.Equal(6, fields.Count);
    }

    private static string Json(params (string Field, object? Before, object? After)[] changes) =>
        JsonSerializer.Serialize(changes.ToDictionary(c => c.Field, c => new[] { c.Before, c.After }));

    private const string Nothing = "(null)";

    private static string[] Values(JsonElement[] pair) =>
        pair.Select(v => v.ValueKind == JsonValueKind.Null ? Nothing : v.GetString()!).ToArray();
}
