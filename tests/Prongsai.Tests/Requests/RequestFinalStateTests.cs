using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>
/// Concluding and rejecting are final, and an answered request is only answered again or concluded: the use cases hold
/// those rules themselves, not only the page that hides the buttons (a page drawn before a colleague closed the request
/// still posts them).
/// </summary>
public sealed class RequestFinalStateTests
{
    [Theory, Providers]
    public async Task A_concluded_request_takes_nothing_but_an_internal_note(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var id = await RequestsTestData.FileAssignedAsync(host, RequestsTestData.Identified(RequestKind.Grievance));
        var admin = await AdminAsync(host);
        Succeeds(await Act(host, h => h.ConcludeAsync(admin, id, "ซ่อมไฟเรียบร้อยแล้ว")));
        var before = await StateAsync(host, id);

        foreach (var refused in Everything(admin, id))
        {
            Assert.IsType<ConflictError>(Assert.Single((await Act(host, refused)).Errors));
        }

        Assert.Equal(before, await StateAsync(host, id));
        Assert.Equal(RequestStatus.Concluded, before.Status);
        Succeeds(await Act(host, h => h.MessageAsync(admin, id, "ผู้ร้องโทรมาขอบคุณ", isInternal: true)));
    }

    [Theory, Providers]
    public async Task A_rejected_request_stays_rejected(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var id = await RequestsTestData.FileAssignedAsync(host, RequestsTestData.Identified(RequestKind.Grievance));
        var admin = await AdminAsync(host);
        Succeeds(await Act(host, h => h.RejectAsync(admin, id, "ไม่อยู่ในอำนาจหน้าที่ของหน่วยงาน")));
        var before = await StateAsync(host, id);

        foreach (var refused in Everything(admin, id))
        {
            Assert.IsType<ConflictError>(Assert.Single((await Act(host, refused)).Errors));
        }

        Assert.Equal(before, await StateAsync(host, id));
        Assert.Equal(RequestStatus.Rejected, before.Status);
    }

    [Theory, Providers]
    public async Task An_answered_request_is_answered_again_or_concluded_and_not_sent_back_through_the_queue(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var id = await RequestsTestData.FileAssignedAsync(host, RequestsTestData.Identified(RequestKind.Grievance));
        var admin = await AdminAsync(host);
        Succeeds(await Act(host, h => h.AnswerAsync(admin, id, "จะซ่อมภายในสัปดาห์นี้")));
        var before = await StateAsync(host, id);

        foreach (var refused in new Func<HandleRequest, Task<Result<TrackedRequest>>>[]
        {
            h => h.StartAsync(admin, id, null),
            h => h.ForwardAsync(admin, id, "การไฟฟ้าส่วนภูมิภาค", null),
            h => h.AssignAsync(admin, id, null, null),
            h => h.RejectAsync(admin, id, "ไม่รับ"),
        })
        {
            Assert.IsType<ConflictError>(Assert.Single((await Act(host, refused)).Errors));
        }

        Assert.Equal(before, await StateAsync(host, id));
        Succeeds(await Act(host, h => h.MessageAsync(admin, id, "ช่างจะเข้าไปวันพรุ่งนี้", isInternal: false)));
        Succeeds(await Act(host, h => h.AnswerAsync(admin, id, "ซ่อมเสร็จแล้วเมื่อวันนี้")));
        Succeeds(await Act(host, h => h.ConcludeAsync(admin, id, "ซ่อมไฟเรียบร้อยแล้ว")));
        Assert.Equal(RequestStatus.Concluded, (await StateAsync(host, id)).Status);
    }

    /// <summary>Every action that changes what the citizen reads or where the request stands.</summary>
    private static IEnumerable<Func<HandleRequest, Task<Result<TrackedRequest>>>> Everything(StaffActor actor, int id) =>
    [
        h => h.ScreenAsync(actor, id, null),
        h => h.AssignAsync(actor, id, null, null),
        h => h.StartAsync(actor, id, "ดำเนินการต่อ"),
        h => h.ForwardAsync(actor, id, "การไฟฟ้าส่วนภูมิภาค", null),
        h => h.AnswerAsync(actor, id, "คำตอบใหม่"),
        h => h.ConcludeAsync(actor, id, "ผลใหม่"),
        h => h.RejectAsync(actor, id, "เหตุผลใหม่"),
        h => h.MessageAsync(actor, id, "ข้อความถึงผู้ร้อง", isInternal: false),
    ];

    private static async Task<StaffActor> AdminAsync(MeasuresTestHost host)
    {
        var departments = (await host.QueryAsync(db => db.Departments.Select(d => d.Id).ToListAsync())).ToHashSet();
        return RequestsTestData.As(host, OrgRole.OrgAdmin, departments);
    }

    private static Task<Result<TrackedRequest>> Act(MeasuresTestHost host, Func<HandleRequest, Task<Result<TrackedRequest>>> action) =>
        host.UseAsync<HandleRequest, Result<TrackedRequest>>(action);

    private static void Succeeds(Result<TrackedRequest> result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));

    private static Task<RequestState> StateAsync(MeasuresTestHost host, int id) =>
        host.QueryAsync(async db =>
        {
            var request = await db.Set<TrackedRequest>().AsNoTracking().SingleAsync(r => r.Id == id);
            return new RequestState(request.Status, request.Answer, request.Outcome, request.ForwardedTo, request.DepartmentId,
                await db.Set<RequestStep>().CountAsync(s => s.RequestId == id),
                await db.Set<RequestMessage>().CountAsync(m => m.RequestId == id));
        });

    private sealed record RequestState(RequestStatus Status, string? Answer, string? Outcome, string? ForwardedTo, int? DepartmentId, int Steps, int Messages);
}
