using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Consultations;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// Writing a consultation on both databases: dates as Thais type them, every field checked in Thai beside it, the
/// period in order and not longer than a year, department heads within their own departments, and what a published,
/// opened consultation has promised its readers kept when it is corrected.
/// </summary>
public sealed class SaveConsultationTests
{
    // The clock of every test: 20 November 2569 (2026), fiscal year 2570.
    private static readonly DateOnly December1 = new(2026, 12, 1);

    [Theory, Providers]
    public async Task A_consultation_is_saved_as_a_draft_with_its_dates_typed_in_the_Buddhist_era(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var stamp = await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));

        var added = await AddAsync(host, team.Admin.Actor,
            new ConsultationInput("  " + Title + "  ", "  " + Description + "  ", null, "1 ธ.ค. 2569", " 15/12/2569 "));

        var stored = await StoredAsync(host, added.Id);
        Assert.Equal((host.OrganizationId, Title, Description, (int?)null), (stored.OrganizationId, stored.Title, stored.Description, stored.DepartmentId));
        Assert.Equal((December1, new DateOnly(2026, 12, 15), 2570), (stored.OpensOn, stored.ClosesOn, stored.FiscalYear));
        Assert.Equal((ConsultationStatus.Draft, host.Clock.GetUtcNow(), host.Clock.GetUtcNow()), (stored.Status, stored.CreatedAt, stored.UpdatedAt));
        Assert.Null(stored.PublishedAt);
        Assert.Null(stored.Summary);
        Assert.False(stored.IsSample);
        Assert.Equal(ConsultationPhase.Draft, stored.PhaseOn(December1));

        // A draft is not on the website: the website's stamp stays.
        Assert.Equal(stamp, await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId)));

        // The other written forms: the slashes the other way round, the month's full name; one day is a period too.
        var oneDay = await AddAsync(host, team.Executive.Actor, new ConsultationInput(Title, Description, team.Finance, "1/12/2569", "1 ธันวาคม 2569"));
        Assert.Equal((December1, December1, (int?)team.Finance), ((await StoredAsync(host, oneDay.Id)).OpensOn, (await StoredAsync(host, oneDay.Id)).ClosesOn,
            (await StoredAsync(host, oneDay.Id)).DepartmentId));

        // A hearing already held in a village meeting is recorded afterwards, to publish its summary.
        var past = await AddAsync(host, team.Admin.Actor, Hearing(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2026, 3, 1), (await StoredAsync(host, past.Id)).OpensOn);

        // The longest period: 366 days counted with both ends.
        var year = await AddAsync(host, team.Admin.Actor, Hearing(December1, December1.AddDays(ConsultationRules.LongestDays - 1)));
        Assert.Equal(December1.AddDays(365), (await StoredAsync(host, year.Id)).ClosesOn);
    }

    [Theory, Providers]
    public async Task Every_wrong_field_is_refused_in_Thai_beside_it_and_nothing_is_saved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var actor = team.Admin.Actor;

        async Task<string> RefusedAsync(ConsultationInput input, string field) =>
            Refused<ValidationError>(await TryAddAsync(host, actor, input), field).Message;

        var everything = await TryAddAsync(host, actor, new ConsultationInput(" ", null, 999_999, "", "31/02/2569"));
        Assert.Equal(["ClosesOn", "DepartmentId", "Description", "OpensOn", "Title"], everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e =>
        {
            Assert.IsType<ValidationError>(e);
            Assert.Matches("[ก-๙]", e.Message);
        });
        var messages = everything.Errors.ToDictionary(e => e.Field!, e => e.Message);
        Assert.Equal("กรุณาบอกเรื่องที่รับฟังความคิดเห็น", messages["Title"]);
        Assert.Equal("กรุณาอธิบายสิ่งที่เสนอและสิ่งที่อยากทราบจากประชาชน", messages["Description"]);
        Assert.Equal("ไม่พบส่วนราชการที่เลือก", messages["DepartmentId"]);
        Assert.Contains("กรุณากรอกวันที่", messages["OpensOn"], StringComparison.Ordinal);

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกเรื่องที่รับฟังความคิดเห็น", await RefusedAsync(Hearing(December1, December1, title: blank), "Title"));
            Assert.Contains("กรุณากรอกวันที่", await RefusedAsync(new ConsultationInput(Title, Description, null, "1/12/2569", blank), "ClosesOn"),
                StringComparison.Ordinal);
        }

        Assert.Equal("เรื่องยาวได้ไม่เกิน 300 ตัวอักษร",
            await RefusedAsync(Hearing(December1, December1, title: new string('ก', ConsultationRules.Title + 1)), "Title"));
        Assert.Equal("รายละเอียดยาวได้ไม่เกิน 8,000 ตัวอักษร", await RefusedAsync(
            new ConsultationInput(Title, new string('ข', ConsultationRules.Description + 1), null, "1/12/2569", "2/12/2569"), "Description"));

        // A year of the Christian era is not a Buddhist-era year; a date that does not exist is not a date.
        Assert.Matches("[ก-๙]", await RefusedAsync(new ConsultationInput(Title, Description, null, "1/12/2026", "2/12/2569"), "OpensOn"));
        Assert.Matches("[ก-๙]", await RefusedAsync(new ConsultationInput(Title, Description, null, "1/12/2569", "31/11/2569"), "ClosesOn"));

        // The last day before the first, and a period longer than a year.
        Assert.Equal("วันสุดท้ายต้องไม่ก่อนวันเริ่มรับฟังความคิดเห็น", await RefusedAsync(Hearing(December1, December1.AddDays(-1)), "ClosesOn"));
        Assert.Equal("วันสุดท้ายต้องไม่ก่อนวันเริ่มรับฟังความคิดเห็น",
            await RefusedAsync(new ConsultationInput(Title, Description, null, "15 ธ.ค. 2569", "1/12/2569"), "ClosesOn"));
        Assert.Equal("รับฟังความคิดเห็นได้ไม่เกิน 366 วันต่อครั้ง",
            await RefusedAsync(Hearing(December1, December1.AddDays(ConsultationRules.LongestDays)), "ClosesOn"));

        Assert.Equal(0, await CountAsync(host));
    }

    [Theory, Providers]
    public async Task A_department_head_holds_consultations_of_their_own_department_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);

        // Their own department: yes.
        var own = await AddAsync(host, team.Head.Actor, Hearing(December1, December1.AddDays(14), team.Office));
        Assert.Equal(team.Office, (await StoredAsync(host, own.Id)).DepartmentId);

        // Another department's, or the whole office's: refused beside the department field, with the reason.
        Assert.Equal("คุณบันทึกได้เฉพาะการรับฟังความคิดเห็นของส่วนราชการที่คุณสังกัด",
            Refused<ValidationError>(await TryAddAsync(host, team.Head.Actor, Hearing(December1, December1, team.Finance)), "DepartmentId").Message);
        Assert.Contains("ทั้งหน่วยงาน",
            Refused<ValidationError>(await TryAddAsync(host, team.Head.Actor, Hearing(December1, December1)), "DepartmentId").Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(host));

        // Nor move their own to another department, nor touch another department's.
        Refused<ValidationError>(await EditAsync(host, team.Head.Actor, own.Id, Hearing(December1, December1, team.Finance)), "DepartmentId");
        Refused<ValidationError>(await EditAsync(host, team.Head.Actor, own.Id, Hearing(December1, December1)), "DepartmentId");
        var finances = await AddAsync(host, team.Executive.Actor, Hearing(December1, December1.AddDays(14), team.Finance));
        var wholeOffice = await AddAsync(host, team.Admin.Actor, Hearing(December1, December1.AddDays(14)));
        foreach (var theirs in new[] { finances.Id, wholeOffice.Id })
        {
            Assert.Contains("ส่วนราชการอื่น", Refused<ForbiddenError>(await EditAsync(host, team.Head.Actor, theirs, Hearing(December1, December1, team.Office))).Message,
                StringComparison.Ordinal);
            Refused<ForbiddenError>(await PublishAsync(host, team.Head.Actor, theirs));
            Refused<ForbiddenError>(await WithdrawAsync(host, team.Head.Actor, theirs, "ซ้ำกับเรื่องเดิม"));
        }

        Assert.Equal((team.Finance, ConsultationStatus.Draft), ((await StoredAsync(host, finances.Id)).DepartmentId, (await StoredAsync(host, finances.Id)).Status));

        // The head of finance runs the finance one; the office head corrects their own.
        Succeeded(await PublishAsync(host, team.FinanceHead.Actor, finances.Id));
        Succeeded(await EditAsync(host, team.Head.Actor, own.Id, Hearing(December1, December1.AddDays(20), team.Office, "ร่างข้อบัญญัติ เรื่อง การจัดการสิ่งปฏิกูล")));
        Assert.Equal("ร่างข้อบัญญัติ เรื่อง การจัดการสิ่งปฏิกูล", (await StoredAsync(host, own.Id)).Title);

        // Those without the permission write nothing; an unknown consultation is not found.
        foreach (var member in new[] { team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError>(await TryAddAsync(host, member.Actor, Hearing(December1, December1, team.Office)));
            Refused<ForbiddenError>(await EditAsync(host, member.Actor, own.Id, Hearing(December1, December1, team.Office)));
        }

        Refused<NotFoundError>(await EditAsync(host, team.Admin.Actor, own.Id + 1000, Hearing(December1, December1)));
        Assert.Equal(3, await CountAsync(host));
    }

    [Theory, Providers]
    public async Task Once_opened_the_first_day_stays_the_last_day_only_moves_later_and_after_the_summary_the_dates_are_fixed(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var actor = team.Admin.Actor;
        var closes = December1.AddDays(14);

        // A draft changes in every way.
        var draft = await AddAsync(host, actor, Hearing(December1, closes));
        Succeeded(await EditAsync(host, actor, draft.Id, Hearing(December1.AddDays(-20), December1.AddDays(-10))));
        Assert.Equal((December1.AddDays(-20), December1.AddDays(-10)), ((await StoredAsync(host, draft.Id)).OpensOn, (await StoredAsync(host, draft.Id)).ClosesOn));

        // Published but not yet open: nobody has been told "until" anything they could rely on yet.
        var consultation = await PublishedAsync(host, actor, Hearing(December1, closes));
        Succeeded(await EditAsync(host, actor, consultation.Id, Hearing(December1.AddDays(1), closes.AddDays(-3))));
        Succeeded(await EditAsync(host, actor, consultation.Id, Hearing(December1, closes)));

        // Open: the first day stays, the last day moves only later; the texts may still be corrected.
        Today(host, December1.AddDays(2));
        var stamp = await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));
        Assert.Equal("เริ่มรับฟังความคิดเห็นไปแล้ว เปลี่ยนวันเริ่มไม่ได้",
            Refused<ValidationError>(await EditAsync(host, actor, consultation.Id, Hearing(December1.AddDays(1), closes)), "OpensOn").Message);
        Assert.Equal("ประกาศวันสุดท้ายไปแล้ว เลื่อนให้เร็วขึ้นไม่ได้ ขยายเวลาได้อย่างเดียว",
            Refused<ValidationError>(await EditAsync(host, actor, consultation.Id, Hearing(December1, closes.AddDays(-1))), "ClosesOn").Message);
        var both = await EditAsync(host, actor, consultation.Id, Hearing(December1.AddDays(-1), closes.AddDays(-1)));
        Assert.Equal(["ClosesOn", "OpensOn"], both.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.Equal((December1, closes), ((await StoredAsync(host, consultation.Id)).OpensOn, (await StoredAsync(host, consultation.Id)).ClosesOn));

        Succeeded(await EditAsync(host, actor, consultation.Id, Hearing(December1, closes.AddDays(7), title: "ร่างแผนพัฒนาท้องถิ่น (ขยายเวลา)")));
        var extended = await StoredAsync(host, consultation.Id);
        Assert.Equal((December1, closes.AddDays(7), "ร่างแผนพัฒนาท้องถิ่น (ขยายเวลา)", ConsultationStatus.Published),
            (extended.OpensOn, extended.ClosesOn, extended.Title, extended.Status));
        Assert.Equal(host.Clock.GetUtcNow(), extended.UpdatedAt);
        Assert.True(await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId)) > stamp, "the website shows the new last day");

        // Summarized: the dates are history; the title may still be corrected.
        Today(host, closes.AddDays(10));
        Succeeded(await SummarizeAsync(host, actor, consultation.Id, "มีผู้แสดงความคิดเห็น 3 ราย เห็นด้วยทั้งหมด"));
        foreach (var (opensOn, closesOn) in new[] { (December1, closes.AddDays(8)), (December1.AddDays(-1), closes.AddDays(7)), (December1, closes) })
        {
            Assert.Equal("สรุปผลการรับฟังความคิดเห็นเผยแพร่แล้ว เปลี่ยนวันไม่ได้",
                Refused<ValidationError>(await EditAsync(host, actor, consultation.Id, Hearing(opensOn, closesOn)), "ClosesOn").Message);
        }

        Succeeded(await EditAsync(host, actor, consultation.Id, Hearing(December1, closes.AddDays(7), title: Title)));
        Assert.Equal(Title, (await StoredAsync(host, consultation.Id)).Title);

        // Withdrawn: nothing more to correct.
        Succeeded(await WithdrawAsync(host, actor, consultation.Id, "เผยแพร่ผิดเรื่อง"));
        Assert.Contains("ยกเลิกแล้ว", Refused<ConflictError>(await EditAsync(host, actor, consultation.Id, Hearing(December1, closes.AddDays(7)))).Message,
            StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_command_line_may_write_for_the_whole_office(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var system = StaffActor.System(organizationId: host.OrganizationId);

        var added = await AddAsync(host, system, Hearing(December1, December1.AddDays(14)));

        Assert.Null((await StoredAsync(host, added.Id)).DepartmentId);
        Assert.Equal("command-line", Succeeded(await PublishAsync(host, system, added.Id)).PublishedBy);
    }
}
