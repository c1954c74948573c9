using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.CorruptionRisks.RisksTestData;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// The head's approval on both databases: of a year with risks, once, by the OrgAdmin or the Executive; it tells the
/// working group, puts the assessment on the website and fixes its risks. Reopening, with a reason, undoes that and keeps
/// the reports. An approval and an edit, or two first risks of a year, at the same moment take turns.
/// </summary>
public sealed class RiskApprovalTests
{
    private static Task<long> StampAsync(MeasuresTestHost host) => host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));

    [Theory, Providers]
    public async Task The_head_approves_a_year_with_risks_once_and_the_working_group_but_not_the_approver_is_told(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        // No assessment yet: nothing to approve. An assessment whose risks were all taken out: nothing either.
        Refused<NotFoundError>(await ApproveAsync(host, team.Executive.Actor));
        var lone = await AddAsync(host, team.Admin.Actor, Risk(null));
        Succeeded(await RemoveAsync(host, team.Admin.Actor, lone.Id));
        Assert.Contains("ยังไม่มีความเสี่ยง", Refused<ValidationError>(await ApproveAsync(host, team.Executive.Actor)).Message, StringComparison.Ordinal);
        Assert.Equal(RiskAssessmentStatus.Draft, (await AssessmentAsync(host))!.Status);

        var risk = await AddAsync(host, team.Head.Actor, Risk(team.Office));
        await AddAsync(host, team.Admin.Actor, Risk(null, 5, 5));

        // Department heads, clerks and the auditor do not approve.
        foreach (var member in new[] { team.Head, team.FinanceHead, team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError>(await ApproveAsync(host, member.Actor));
        }

        Assert.Equal(RiskAssessmentStatus.Draft, (await AssessmentAsync(host))!.Status);
        Assert.Empty(await NotifiedAsync(host));

        var before = await StampAsync(host);
        host.Clock.Now = host.Clock.Now.AddMinutes(5);
        var approved = Succeeded(await ApproveAsync(host, team.Executive.Actor));
        var stored = (await AssessmentAsync(host))!;
        Assert.Equal(approved.Id, stored.Id);
        Assert.Equal((RiskAssessmentStatus.Approved, host.Clock.GetUtcNow(), team.Executive.Id, team.Executive.Name),
            (stored.Status, stored.ApprovedAt!.Value, stored.ApprovedByUserId, stored.ApprovedBy));
        Assert.Null(stored.ReopenReason);
        var after = await StampAsync(host);
        Assert.True(after > before, $"{after} after {before}");

        // The working group (the OrgAdmin and both department heads) is told; the approver, the clerk and the auditor are not.
        Assert.Equal(new[] { team.Admin.Id, team.Head.Id, team.FinanceHead.Id }.Order(StringComparer.Ordinal),
            (await NotifiedAsync(host)).Order(StringComparer.Ordinal));
        var text = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == team.Head.Id).Select(n => n.Text).SingleAsync());
        Assert.Equal("ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2567 ได้รับอนุมัติและเผยแพร่แล้ว รายงานผลการดำเนินการตามมาตรการได้", text);

        // Approved once: a second approval, by either, is a conflict that changes nothing and tells nobody.
        Assert.Contains("อนุมัติไปแล้ว", Refused<ConflictError>(await ApproveAsync(host, team.Admin.Actor)).Message, StringComparison.Ordinal);
        Refused<ConflictError>(await ApproveAsync(host, team.Executive.Actor));
        Assert.Equal(team.Executive.Name, (await AssessmentAsync(host))!.ApprovedBy);
        Assert.Equal(3, (await NotifiedAsync(host)).Count);
        Assert.Equal(after, await StampAsync(host));

        // Approved, the risks are fixed: no one adds, edits or removes one, the OrgAdmin included.
        foreach (var member in new[] { team.Admin, team.Executive, team.Head })
        {
            Assert.Contains("ให้ผู้บริหารเปิดแก้ไขก่อน", Refused<ConflictError>(await TryAddAsync(host, member.Actor, Year, Risk(team.Office))).Message,
                StringComparison.Ordinal);
            Refused<ConflictError>(await EditAsync(host, member.Actor, risk.Id, Risk(team.Office, 1, 1)));
            Refused<ConflictError>(await RemoveAsync(host, member.Actor, risk.Id));
        }

        Assert.Equal(2, await RiskCountAsync(host));
        Assert.Equal(12, (await StoredAsync(host, risk.Id)).Score);

        // The command line approves too (organization-wide rights); the next year is a draft of its own.
        await AddAsync(host, team.Admin.Actor, Risk(null), Year + 1);
        Succeeded(await ApproveAsync(host, Core.Organizations.StaffActor.System("ผู้ดูแลระบบ", host.OrganizationId), Year + 1));
        Assert.Equal(RiskAssessmentStatus.Approved, (await AssessmentAsync(host, Year + 1))!.Status);
    }

    [Theory, Providers]
    public async Task Reopening_needs_a_reason_takes_the_year_off_the_website_and_lets_the_risks_change_again_keeping_the_reports(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        Refused<NotFoundError>(await ReopenAsync(host, team.Executive.Actor, "แก้ไข"));
        var risk = await AddAsync(host, team.Head.Actor, Risk(team.Office));

        // Only an approved assessment is reopened.
        Assert.Contains("ยังไม่ได้อนุมัติ", Refused<ConflictError>(await ReopenAsync(host, team.Executive.Actor, "แก้ไข")).Message, StringComparison.Ordinal);
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Succeeded(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.HalfYear, Done()));

        foreach (var member in new[] { team.Head, team.FinanceHead, team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError>(await ReopenAsync(host, member.Actor, "แก้ไข"));
        }

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกเหตุผลที่ต้องแก้ไขผลการประเมินที่อนุมัติแล้ว", Refused<ValidationError>(await ReopenAsync(host, team.Executive.Actor, blank), "Reason").Message);
        }

        Assert.Equal("เหตุผลยาวได้ไม่เกิน 1,000 ตัวอักษร",
            Refused<ValidationError>(await ReopenAsync(host, team.Executive.Actor, new string('ก', RiskRules.Reason + 1)), "Reason").Message);
        Assert.Equal(RiskAssessmentStatus.Approved, (await AssessmentAsync(host))!.Status);
        Assert.NotNull(await host.UseAsync<RiskBoard, RiskYear?>(b => b.PublishedAsync(Year)));

        var before = await StampAsync(host);
        var longest = "  " + new string('ก', RiskRules.Reason - 10) + "เพิ่มสินบน" + "  ";
        Succeeded(await ReopenAsync(host, team.Admin.Actor, longest));
        var stored = (await AssessmentAsync(host))!;
        Assert.Equal((RiskAssessmentStatus.Draft, longest.Trim()), (stored.Status, stored.ReopenReason));
        Assert.Null(stored.ApprovedAt);
        Assert.Null(stored.ApprovedBy);
        Assert.Null(stored.ApprovedByUserId);
        var after = await StampAsync(host);
        Assert.True(after > before, $"{after} after {before}");
        Assert.Null(await host.UseAsync<RiskBoard, RiskYear?>(b => b.PublishedAsync(Year)));
        Assert.Empty(await host.UseAsync<RiskBoard, IReadOnlyList<(int, DateTimeOffset?)>>(b => b.PublishedYearsAsync()));

        // Reopened: a second reopening is a conflict; the risks change again; the report stays, and keeps its risk in.
        Refused<ConflictError>(await ReopenAsync(host, team.Executive.Actor, "อีกครั้ง"));
        Succeeded(await EditAsync(host, team.Head.Actor, risk.Id, Risk(team.Office, 5, 4)));
        var added = await AddAsync(host, team.Admin.Actor, Risk(null, process: "การรับสินบน", category: RiskCategory.Bribery));
        Assert.Equal(20, (await StoredAsync(host, risk.Id)).Score);
        Assert.Single(await FollowUpsAsync(host, risk.Id));
        Assert.Contains("มีรายงานผล", Refused<ConflictError>(await RemoveAsync(host, team.Admin.Actor, risk.Id)).Message, StringComparison.Ordinal);
        Succeeded(await RemoveAsync(host, team.Admin.Actor, added.Id));

        // A report waits for the next approval; which clears the reason.
        Refused<ConflictError>(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.YearEnd, Done()));
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        stored = (await AssessmentAsync(host))!;
        Assert.Equal(RiskAssessmentStatus.Approved, stored.Status);
        Assert.Null(stored.ReopenReason);
        Assert.Single(await FollowUpsAsync(host, risk.Id));
        Assert.True(await StampAsync(host) > after);
    }

    [Theory, Providers]
    public async Task An_approval_and_an_edit_at_the_same_moment_take_turns_never_an_edit_after_the_approval(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risk = await AddAsync(host, team.Head.Actor, Risk(team.Office, 1, 1));
        var riskKey = risk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (edited, refused) = (0, 0);
        for (var round = 0; round < 10; round++)
        {
            var process = $"กระบวนงานรอบที่ {round}";
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var approving = Task.Run(async () =>
            {
                await gate.Task;
                return await ApproveAsync(host, team.Executive.Actor);
            });
            var editing = Task.Run(async () =>
            {
                await gate.Task;
                return await EditAsync(host, team.Head.Actor, risk.Id, Risk(team.Office, 2, 2, process: process));
            });
            gate.SetResult();
            var (approval, edit) = (await approving, await editing);

            // The approval always lands; the edit either lands before it or is refused, and the audit trail says which came first.
            Succeeded(approval);
            var stored = await StoredAsync(host, risk.Id);
            var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
                .Where(a => (a.Entity == nameof(CorruptionRisk) && a.EntityId == riskKey) || a.Entity == nameof(RiskAssessment))
                .OrderByDescending(a => a.Id).Take(2).Select(a => a.Entity).ToListAsync());
            if (edit.Succeeded)
            {
                edited++;
                Assert.Equal(process, stored.Process);
                Assert.Equal([nameof(RiskAssessment), nameof(CorruptionRisk)], audit);
            }
            else
            {
                refused++;
                Refused<ConflictError>(edit);
                Assert.NotEqual(process, stored.Process);
                Assert.Equal(nameof(RiskAssessment), audit[0]);
            }

            Succeeded(await ReopenAsync(host, team.Executive.Actor, "รอบถัดไป"));
            Succeeded(await EditAsync(host, team.Head.Actor, risk.Id, Risk(team.Office, 1, 1, process: "เริ่มรอบใหม่")));
        }

        Assert.Equal(10, edited + refused);
    }

    [Theory, Providers]
    public async Task Two_first_risks_of_a_year_at_the_same_moment_are_both_saved_in_one_assessment(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        for (var round = 0; round < 8; round++)
        {
            var year = RiskRules.FirstYear + round;
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<CorruptionRisk>> Adding(Member member, int? department) => Task.Run(async () =>
            {
                await gate.Task;
                return await TryAddAsync(host, member.Actor, year, Risk(department, process: "เพิ่มโดย " + member.Name));
            });
            var both = new[] { Adding(team.Head, team.Office), Adding(team.FinanceHead, team.Finance) };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.All(results, r => Succeeded(r));
            var assessments = await host.QueryAsync(db => db.Set<RiskAssessment>().AsNoTracking().Where(a => a.FiscalYear == year).ToListAsync());
            var assessment = Assert.Single(assessments);
            Assert.Equal(RiskAssessmentStatus.Draft, assessment.Status);
            Assert.Equal(2, await host.QueryAsync(db => db.Set<CorruptionRisk>().CountAsync(r => r.AssessmentId == assessment.Id)));
            Assert.All(results, r => Assert.Equal(assessment.Id, r.Value!.AssessmentId));

            // The audit trail says the assessment was created once, with its id.
            var created = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
                .Where(a => a.Entity == nameof(RiskAssessment) && a.Action == Core.Auditing.AuditActions.Create).Select(a => a.EntityId).ToListAsync());
            Assert.Equal(round + 1, created.Count);
            Assert.Contains(assessment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), created);
        }

        Assert.Equal(8, await host.QueryAsync(db => db.Set<RiskAssessment>().CountAsync()));
        Assert.Equal(16, await RiskCountAsync(host));
    }
}
