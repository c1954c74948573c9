using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>
/// A request's step has a note only when it says more than its status: the pages name the status in the reader's
/// language, and a stored Thai sentence repeating it ("Received" and then "รับเรื่องแล้ว") said it twice, once in
/// the wrong language on English pages. Steps stored before lose those sentences in a migration.
/// </summary>
public sealed partial class RequestStepNotesTests
{
    [GeneratedRegex("<ol class=\"steps\">(.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex StepList();

    [Theory, Providers]
    public async Task Steps_keep_a_note_only_when_it_says_more_than_the_status(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var officer = RequestsTestData.As(host, OrgRole.ComplaintOfficer, new HashSet<int>());
        var answered = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Grievance, "ไฟถนนหมู่ 4 ดับ"));
        var rejected = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Grievance, "ขอให้ย้ายเสาไฟ"));
        Assert.True((await Handle(host, h => h.ScreenAsync(officer, answered.Id, null))).Succeeded);
        Assert.True((await Handle(host, h => h.StartAsync(officer, answered.Id, "  นัดช่างไฟวันจันทร์ "))).Succeeded);
        Assert.True((await Handle(host, h => h.AnswerAsync(officer, answered.Id, "เปลี่ยนหลอดไฟแล้ว"))).Succeeded);
        Assert.True((await Handle(host, h => h.StartAsync(officer, rejected.Id, " "))).Succeeded);
        Assert.True((await Handle(host, h => h.RejectAsync(officer, rejected.Id, "ซ้ำกับเรื่องเลขที่ 12"))).Succeeded);

        var steps = await host.QueryAsync(db => db.Set<RequestStep>().AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.RequestId, s.Status, s.Note, s.ActorName }).ToListAsync());
        Assert.Equal(
        [
            (answered.Id, RequestStatus.Received, (string?)null, RequestStep.SystemActor),
            (rejected.Id, RequestStatus.Received, null, RequestStep.SystemActor),
            (answered.Id, RequestStatus.Screening, null, officer.UserName),
            (answered.Id, RequestStatus.InProgress, "นัดช่างไฟวันจันทร์", officer.UserName),
            (answered.Id, RequestStatus.Answered, null, officer.UserName),
            (rejected.Id, RequestStatus.InProgress, null, officer.UserName),
            (rejected.Id, RequestStatus.Rejected, "ซ้ำกับเรื่องเลขที่ 12", officer.UserName),
        ], steps.Select(s => (s.RequestId, s.Status, s.Note, s.ActorName)));
    }

    [Theory, Providers]
    public async Task Steps_stored_before_lose_the_sentences_that_repeat_their_status(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var request = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Grievance));
        (RequestStatus Status, string Note, string? After)[] written =
        [
            (RequestStatus.Received, "รับเรื่องแล้ว", null),
            (RequestStatus.Screening, "อยู่ระหว่างคัดกรองเรื่อง", null),
            (RequestStatus.Screening, "ตรวจเอกสารแนบ", "ตรวจเอกสารแนบ"),
            (RequestStatus.InProgress, "อยู่ระหว่างดำเนินการ", null),
            (RequestStatus.InProgress, "อยู่ระหว่างดำเนินการ ตรวจสถานที่วันพุธ", "อยู่ระหว่างดำเนินการ ตรวจสถานที่วันพุธ"),
            (RequestStatus.Forwarded, "ส่งต่อเรื่องไปยัง องค์การบริหารส่วนจังหวัด", "ส่งต่อเรื่องไปยัง องค์การบริหารส่วนจังหวัด"),
            (RequestStatus.Answered, "ตอบเรื่องแล้ว", null),
            (RequestStatus.Concluded, "รับเรื่องแล้ว", "รับเรื่องแล้ว"),
            (RequestStatus.Rejected, "ไม่รับเรื่อง: ซ้ำกับเรื่องเดิม", "ซ้ำกับเรื่องเดิม"),
            (RequestStatus.Rejected, "ไม่รับเรื่องเพราะอยู่นอกเขต", "ไม่รับเรื่องเพราะอยู่นอกเขต"),
        ];
        var ids = await host.QueryAsync(async db =>
        {
            var steps = written.Select(w => new RequestStep
            {
                OrganizationId = host.OrganizationId, RequestId = request.Id, At = DateTimeOffset.UtcNow, Status = w.Status, Note = w.Note, ActorName = "ก่อนหน้า",
            }).ToList();
            db.AddRange(steps);
            await db.SaveChangesAsync();
            return steps.Select(s => s.Id).ToList();
        });

        await host.QueryAsync(db => db.RunUpAsync(provider == DbProvider.Sqlite
            ? new Prongsai.Data.Migrations.Sqlite.DropStepNotesThatRepeatTheirStatus()
            : new Prongsai.Data.Migrations.Postgres.DropStepNotesThatRepeatTheirStatus()));

        var after = await host.QueryAsync(db => db.Set<RequestStep>().AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Note).ToListAsync());
        Assert.Equal(written.Select(w => w.After), after);
    }

    [Theory, Providers]
    public async Task English_pages_name_the_steps_in_English(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var filed = await citizen.PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", "ท่อระบายน้ำอุดตัน"), new("Form.Details", "น้ำท่วมขังหน้าบ้าน"),
            new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        var receipt = await filed.Content.ReadAsStringAsync();
        Assert.True(filed.StatusCode == HttpStatusCode.OK, receipt);
        var code = ReceiptHtml.TrackingCodeOf(receipt);

        var status = await citizen.GetStringAsync($"/{org.Slug}/track/{code}?lang=en-GB");
        var publicSteps = WebUtility.HtmlDecode(StepList().Match(status).Groups[1].Value);
        Assert.Contains("Received", publicSteps, StringComparison.Ordinal);
        Assert.DoesNotMatch(ThaiLetters(), publicSteps);

        int id;
        await using (var scope = app.Scope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<TrackedRequest>().IgnoreQueryFilters()
                .Where(r => r.OrganizationId == org.Id && r.Subject == "ท่อระบายน้ำอุดตัน").Select(r => r.Id).SingleAsync();
        }

        var staff = await app.SignedInAsync(org[OrgRole.ComplaintOfficer]);
        var english = WebUtility.HtmlDecode(StepList().Match(await staff.GetStringAsync($"/staff/{org.Slug}/requests/{id}?lang=en-GB")).Groups[1].Value);
        Assert.Contains("Received", english, StringComparison.Ordinal);
        Assert.Contains("System", english, StringComparison.Ordinal);
        Assert.DoesNotMatch(ThaiLetters(), english);

        var thai = WebUtility.HtmlDecode(StepList().Match(await staff.GetStringAsync($"/staff/{org.Slug}/requests/{id}?lang=th-TH")).Groups[1].Value);
        Assert.Contains("รับเรื่องแล้ว", thai, StringComparison.Ordinal);
        Assert.Contains(RequestStep.SystemActor, thai, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(thai, "รับเรื่องแล้ว"));

        // Assigned to a department, the request keeps its status: the citizen reads what happened, not "received" again.
        var page = $"/staff/{org.Slug}/requests/{id}";
        var assigned = await staff.PostFormAsync(page, $"{page}?handler=Assign",
            [new("departmentId", org.Departments[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var citizenSteps = WebUtility.HtmlDecode(StepList().Match(await citizen.GetStringAsync($"/{org.Slug}/track/{code}")).Groups[1].Value);
        Assert.Single(Regex.Matches(citizenSteps, "รับเรื่องแล้ว"));
        Assert.Contains("<strong>มอบหมายให้ กองคลัง</strong>", citizenSteps, StringComparison.Ordinal);
    }

    [GeneratedRegex("[\u0E00-\u0E7F]")]
    private static partial Regex ThaiLetters();

    private static Task<Result<TrackedRequest>> Handle(MeasuresTestHost host, Func<HandleRequest, Task<Result<TrackedRequest>>> action) =>
        host.UseAsync(action);
}
