using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.CorruptionRisks.RisksTestData;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// Follow-up reports on both databases: only on an approved assessment, one per risk and round (a second corrects the
/// first, even at the same moment), each field checked in Thai, by the risk's department or an organization-wide role,
/// and a risk with a report is never removed.
/// </summary>
public sealed class RiskFollowUpTests
{
    [Theory, Providers]
    public async Task A_report_waits_for_the_approval_and_a_second_report_of_the_round_corrects_the_first(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risk = await AddAsync(host, team.Head.Actor, Risk(team.Office));

        Assert.Contains("อนุมัติ", Refused<ConflictError>(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.HalfYear, Done())).Message,
            StringComparison.Ordinal);
        Refused<ConflictError>(await ReportAsync(host, team.Admin.Actor, risk.Id, FollowUpRound.YearEnd, Done()));
        Assert.Empty(await FollowUpsAsync(host, risk.Id));

        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Task<long> StampAsync() => host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));
        var before = await StampAsync();
        host.Clock.Now = host.Clock.Now.AddDays(80);
        var first = Succeeded(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.HalfYear,
            Done("  เริ่มประกาศขั้นตอน  ", RiskProgress.InProgress, RiskOutcome.Watch)));
        var afterFirst = await StampAsync();
        Assert.True(afterFirst > before, $"{afterFirst} after {before}");
        var stored = Assert.Single(await FollowUpsAsync(host, risk.Id));
        Assert.Equal((first.Id, host.OrganizationId, FollowUpRound.HalfYear, RiskProgress.InProgress, RiskOutcome.Watch, "เริ่มประกาศขั้นตอน"),
            (stored.Id, stored.OrganizationId, stored.Round, stored.Progress, stored.Outcome, stored.Result));
        Assert.Equal((host.Clock.GetUtcNow(), team.Head.Id, team.Head.Name), (stored.RecordedAt, stored.RecordedByUserId, stored.RecordedBy));

        // The same round again, by the OrgAdmin: the same row, corrected.
        host.Clock.Now = host.Clock.Now.AddDays(1);
        var second = Succeeded(await ReportAsync(host, team.Admin.Actor, risk.Id, FollowUpRound.HalfYear, Done("ประกาศครบแล้ว")));
        Assert.Equal(first.Id, second.Id);
        stored = Assert.Single(await FollowUpsAsync(host, risk.Id));
        Assert.Equal((RiskProgress.Done, RiskOutcome.Controlled, "ประกาศครบแล้ว", host.Clock.GetUtcNow(), team.Admin.Name),
            (stored.Progress, stored.Outcome, stored.Result, stored.RecordedAt, stored.RecordedBy));
        Assert.True(await StampAsync() > afterFirst);

        // The year's report is a row of its own.
        Succeeded(await ReportAsync(host, team.Executive.Actor, risk.Id, FollowUpRound.YearEnd, Done("ครบปี ไม่มีเรื่องร้องเรียน", outcome: RiskOutcome.Occurred)));
        var both = await FollowUpsAsync(host, risk.Id);
        Assert.Equal([FollowUpRound.HalfYear, FollowUpRound.YearEnd], both.Select(f => f.Round));
        Assert.Equal(RiskOutcome.Occurred, both[1].Outcome);
        Refused<NotFoundError>(await ReportAsync(host, team.Admin.Actor, risk.Id + 1000, FollowUpRound.HalfYear, Done()));
    }

    [Theory, Providers]
    public async Task A_report_needs_its_round_progress_outcome_and_result_and_is_refused_in_Thai_beside_the_field(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risk = (await ApprovedAsync(host, team, Year, Risk(team.Office)))[0];

        async Task<string> RefusedAsync(FollowUpRound? round, FollowUpInput input, string field) =>
            Refused<ValidationError>(await ReportAsync(host, team.Head.Actor, risk.Id, round, input), field).Message;

        foreach (var round in new FollowUpRound?[] { null, (FollowUpRound)0, (FollowUpRound)3 })
        {
            Assert.Equal("กรุณาเลือกรอบการรายงาน", await RefusedAsync(round, Done(), "Round"));
        }

        foreach (var progress in new RiskProgress?[] { null, (RiskProgress)0, (RiskProgress)4 })
        {
            Assert.Equal("กรุณาเลือกสถานะการดำเนินการ", await RefusedAsync(FollowUpRound.HalfYear, Done(progress: progress), "Progress"));
        }

        foreach (var outcome in new RiskOutcome?[] { null, (RiskOutcome)0, (RiskOutcome)4 })
        {
            Assert.Equal("กรุณาเลือกผลการจัดการความเสี่ยง", await RefusedAsync(FollowUpRound.HalfYear, Done(outcome: outcome), "Outcome"));
        }

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกผลการดำเนินการ เว็บไซต์จะแสดงข้อความนี้", await RefusedAsync(FollowUpRound.HalfYear, Done(blank), "Result"));
        }

        Assert.Equal("ผลการดำเนินการยาวได้ไม่เกิน 1,500 ตัวอักษร",
            await RefusedAsync(FollowUpRound.YearEnd, Done(new string('ก', RiskRules.Result + 1)), "Result"));

        var everything = await ReportAsync(host, team.Head.Actor, risk.Id, null, new FollowUpInput(null, null, " "));
        Assert.Equal(["Outcome", "Progress", "Result", "Round"], everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e => Assert.IsType<ValidationError>(e));
        Assert.Empty(await FollowUpsAsync(host, risk.Id));

        Succeeded(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.YearEnd, Done(new string('ก', RiskRules.Result))));
        Assert.Equal(RiskRules.Result, Assert.Single(await FollowUpsAsync(host, risk.Id)).Result.Length);
    }

    [Theory, Providers]
    public async Task A_department_head_reports_on_their_departments_risks_only_and_clerks_and_the_auditor_on_none(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risks = await ApprovedAsync(host, team, Year, Risk(team.Office), Risk(team.Finance), Risk(null));
        var (office, finance, whole) = (risks[0], risks[1], risks[2]);

        Succeeded(await ReportAsync(host, team.Head.Actor, office.Id, FollowUpRound.HalfYear, Done()));
        Succeeded(await ReportAsync(host, team.FinanceHead.Actor, finance.Id, FollowUpRound.HalfYear, Done()));
        Assert.Contains("ส่วนราชการอื่น", Refused<ForbiddenError>(await ReportAsync(host, team.Head.Actor, finance.Id, FollowUpRound.YearEnd, Done())).Message,
            StringComparison.Ordinal);
        Refused<ForbiddenError>(await ReportAsync(host, team.Head.Actor, whole.Id, FollowUpRound.HalfYear, Done()));
        Refused<ForbiddenError>(await ReportAsync(host, team.FinanceHead.Actor, office.Id, FollowUpRound.YearEnd, Done()));
        Refused<ForbiddenError>(await ReportAsync(host, team.FinanceHead.Actor, whole.Id, FollowUpRound.HalfYear, Done()));
        foreach (var member in new[] { team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError>(await ReportAsync(host, member.Actor, office.Id, FollowUpRound.YearEnd, Done()));
        }

        Assert.Empty(await FollowUpsAsync(host, whole.Id));
        Assert.Single(await FollowUpsAsync(host, office.Id));
        Succeeded(await ReportAsync(host, team.Admin.Actor, whole.Id, FollowUpRound.HalfYear, Done()));
        Succeeded(await ReportAsync(host, team.Executive.Actor, office.Id, FollowUpRound.YearEnd, Done()));
        Assert.Equal(2, (await FollowUpsAsync(host, office.Id)).Count);
    }

    [Theory, Providers]
    public async Task A_risk_with_a_report_is_never_removed_one_without_is_once_the_year_is_reopened(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risks = await ApprovedAsync(host, team, Year, Risk(team.Office), Risk(team.Office, 1, 2));
        Succeeded(await ReportAsync(host, team.Head.Actor, risks[0].Id, FollowUpRound.YearEnd, Done()));
        Succeeded(await ReopenAsync(host, team.Executive.Actor, "ทบทวนความเสี่ยง"));

        foreach (var member in new[] { team.Head, team.Admin })
        {
            Assert.Equal("ความเสี่ยงนี้มีรายงานผลการดำเนินการแล้ว จึงลบไม่ได้ แก้ไขข้อความแทนได้",
                Refused<ConflictError>(await RemoveAsync(host, member.Actor, risks[0].Id)).Message);
        }

        Succeeded(await RemoveAsync(host, team.Head.Actor, risks[1].Id));
        Assert.Equal(1, await RiskCountAsync(host));
        Assert.Single(await FollowUpsAsync(host, risks[0].Id));
    }

    [Theory, Providers]
    public async Task Two_reports_of_the_same_round_at_the_same_moment_make_one_report_and_its_correction(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risks = await ApprovedAsync(host, team, Year, Enumerable.Range(0, 8).Select(_ => Risk(team.Office)).ToArray());
        foreach (var risk in risks)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<RiskFollowUp>> Reporting(Member member) => Task.Run(async () =>
            {
                await gate.Task;
                return await ReportAsync(host, member.Actor, risk.Id, FollowUpRound.HalfYear, Done("รายงานโดย " + member.Name));
            });
            var both = new[] { Reporting(team.Head), Reporting(team.Admin) };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.All(results, r => Succeeded(r));
            var stored = Assert.Single(await FollowUpsAsync(host, risk.Id));
            Assert.Contains(stored.Result, new[] { "รายงานโดย " + team.Head.Name, "รายงานโดย " + team.Admin.Name });
            Assert.Equal("รายงานโดย " + stored.RecordedBy, stored.Result);
        }
    }
}
