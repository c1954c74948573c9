using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.CorruptionRisks.RisksTestData;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// Risks on both databases: each field checked in Thai beside it, the years one may assess, the department (of this
/// organization, and one's own for a department head), the first risk starting the year's assessment, the score's bands,
/// the audit trail, and nothing of another organization's risks.
/// </summary>
public sealed class CorruptionRiskTests
{
    [Theory, Providers]
    public async Task The_first_risk_starts_the_years_assessment_and_the_next_joins_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        Assert.Null(await AssessmentAsync(host));

        var first = await AddAsync(host, team.Admin.Actor, Risk(null, process: "  การจัดซื้อจัดจ้าง  ", description: " แบ่งซื้อแบ่งจ้าง ",
            controls: null, measures: " ตรวจทานรายการซื้อซ้ำ ", period: null));
        var assessment = (await AssessmentAsync(host))!;
        Assert.Equal((host.OrganizationId, Year, RiskAssessmentStatus.Draft), (assessment.OrganizationId, assessment.FiscalYear, assessment.Status));
        Assert.Null(assessment.ApprovedAt);
        Assert.Null(assessment.ApprovedBy);

        var stored = await StoredAsync(host, first.Id);
        Assert.Equal((assessment.Id, host.OrganizationId, (int?)null), (stored.AssessmentId, stored.OrganizationId, stored.DepartmentId));
        Assert.Equal(("การจัดซื้อจัดจ้าง", "แบ่งซื้อแบ่งจ้าง", "ตรวจทานรายการซื้อซ้ำ", "", ""),
            (stored.Process, stored.Description, stored.Measures, stored.ExistingControls, stored.Period));
        Assert.Equal((RiskCategory.Permits, 3, 4, 12, RiskLevel.High, host.Clock.GetUtcNow()),
            (stored.Category, stored.Likelihood, stored.Impact, stored.Score, stored.Level, stored.UpdatedAt));

        // The second, by a department head for their own department, joins the same assessment.
        var second = await AddAsync(host, team.Head.Actor, Risk(team.Office, 2, 2));
        Assert.Equal(assessment.Id, (await StoredAsync(host, second.Id)).AssessmentId);
        Assert.Equal(1, await host.QueryAsync(db => db.Set<RiskAssessment>().CountAsync()));

        // The next fiscal year has an assessment of its own.
        var next = await AddAsync(host, team.Executive.Actor, Risk(team.Finance), Year + 1);
        Assert.NotEqual(assessment.Id, (await StoredAsync(host, next.Id)).AssessmentId);
        Assert.Equal([Year, Year + 1], await host.QueryAsync(db => db.Set<RiskAssessment>().OrderBy(a => a.FiscalYear).Select(a => a.FiscalYear).ToListAsync()));
    }

    [Theory, Providers]
    public async Task A_risk_is_scored_likelihood_times_impact_in_the_bands_of_the_matrix(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        // The edges of the bands: 3 low, 4 medium; 9 medium, 10 high; 16 high, 20 (17 is no product of the scale) very high.
        foreach (var (likelihood, impact, score, level) in new[]
        {
            (1, 1, 1, RiskLevel.Low), (1, 3, 3, RiskLevel.Low), (3, 1, 3, RiskLevel.Low), (2, 2, 4, RiskLevel.Medium), (1, 4, 4, RiskLevel.Medium),
            (3, 3, 9, RiskLevel.Medium), (2, 5, 10, RiskLevel.High), (5, 2, 10, RiskLevel.High), (4, 4, 16, RiskLevel.High),
            (4, 5, 20, RiskLevel.VeryHigh), (5, 5, 25, RiskLevel.VeryHigh),
        })
        {
            var risk = await StoredAsync(host, (await AddAsync(host, team.Admin.Actor, Risk(null, likelihood, impact))).Id);
            Assert.Equal((likelihood, impact, score, level), (risk.Likelihood, risk.Impact, risk.Score, risk.Level));
        }

        Assert.Equal(["ต่ำ", "ปานกลาง", "สูง", "สูงมาก"], Enum.GetValues<RiskLevel>().Select(RiskTexts.Level));
    }

    [Fact]
    public void Every_cell_of_the_five_by_five_matrix_falls_in_its_band()
    {
        for (var likelihood = 1; likelihood <= 5; likelihood++)
        {
            for (var impact = 1; impact <= 5; impact++)
            {
                var score = likelihood * impact;
                var expected = score <= 3 ? RiskLevel.Low : score <= 9 ? RiskLevel.Medium : score <= 16 ? RiskLevel.High : RiskLevel.VeryHigh;
                Assert.Equal(score, RiskRules.Score(likelihood, impact));
                Assert.Equal(expected, RiskRules.LevelOf(likelihood, impact));
            }
        }

        Assert.False(RiskRules.OnScale(0));
        Assert.False(RiskRules.OnScale(6));
        Assert.False(RiskRules.OnScale(null));
        Assert.True(RiskRules.OnScale(1) && RiskRules.OnScale(5));
    }

    [Theory, Providers]
    public async Task A_risk_needs_every_field_and_is_refused_in_Thai_beside_the_field(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var actor = team.Admin.Actor;

        async Task<string> RefusedAsync(RiskInput input, string field) =>
            Refused<ValidationError>(await TryAddAsync(host, actor, Year, input), field).Message;

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกกระบวนงานหรือภารกิจที่มีความเสี่ยง", await RefusedAsync(Risk(null, process: blank), "Process"));
            Assert.Equal("กรุณาบอกเหตุการณ์หรือพฤติการณ์ที่อาจเกิดการทุจริต", await RefusedAsync(Risk(null, description: blank), "Description"));
            Assert.Equal("กรุณาบอกมาตรการป้องกันหรือลดความเสี่ยง", await RefusedAsync(Risk(null, measures: blank), "Measures"));
        }

        Assert.Equal("กระบวนงานยาวได้ไม่เกิน 300 ตัวอักษร", await RefusedAsync(Risk(null, process: new string('ก', RiskRules.Process + 1)), "Process"));
        Assert.Equal("เหตุการณ์ความเสี่ยงยาวได้ไม่เกิน 1,000 ตัวอักษร",
            await RefusedAsync(Risk(null, description: new string('ข', RiskRules.Description + 1)), "Description"));
        Assert.Equal("การควบคุมที่มีอยู่ยาวได้ไม่เกิน 1,000 ตัวอักษร",
            await RefusedAsync(Risk(null, controls: new string('ค', RiskRules.Controls + 1)), "ExistingControls"));
        Assert.Equal("มาตรการยาวได้ไม่เกิน 1,500 ตัวอักษร", await RefusedAsync(Risk(null, measures: new string('ง', RiskRules.Measures + 1)), "Measures"));
        Assert.Equal("ระยะเวลาดำเนินการยาวได้ไม่เกิน 200 ตัวอักษร", await RefusedAsync(Risk(null, period: new string('จ', RiskRules.Period + 1)), "Period"));

        foreach (var category in new RiskCategory?[] { null, (RiskCategory)0, (RiskCategory)99 })
        {
            Assert.Equal("กรุณาเลือกประเภทความเสี่ยง", await RefusedAsync(Risk(null, category: category), "Category"));
        }

        foreach (var value in new int?[] { null, 0, 6, -1 })
        {
            Assert.Equal("กรุณาเลือกโอกาสที่จะเกิด ระดับ 1 ถึง 5", await RefusedAsync(Risk(null, likelihood: value), "Likelihood"));
            Assert.Equal("กรุณาเลือกผลกระทบ ระดับ 1 ถึง 5", await RefusedAsync(Risk(null, impact: value), "Impact"));
        }

        // The department: one of this organization's, whoever asks.
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        Assert.Equal("ไม่พบส่วนราชการที่เลือก", await RefusedAsync(Risk(other.DepartmentId), "DepartmentId"));
        Assert.Equal("ไม่พบส่วนราชการที่เลือก", await RefusedAsync(Risk(999_999), "DepartmentId"));
        Assert.Equal("ไม่พบส่วนราชการที่เลือก",
            Refused<ValidationError>(await TryAddAsync(host, team.Head.Actor, Year, Risk(other.DepartmentId)), "DepartmentId").Message);

        var everything = await TryAddAsync(host, actor, Year, new RiskInput(" ", null, null, 0, 9, null, "", 999_999, null));
        Assert.Equal(["Category", "DepartmentId", "Description", "Impact", "Likelihood", "Measures", "Process"],
            everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e =>
        {
            Assert.IsType<ValidationError>(e);
            Assert.Matches("[ก-๙]", e.Message);
        });

        // Nothing refused started the year's assessment.
        Assert.Null(await AssessmentAsync(host));
        Assert.Equal(0, await RiskCountAsync(host));

        // The longest texts fit; an edit is checked the same way.
        var longest = await AddAsync(host, actor, Risk(null, process: new string('ก', RiskRules.Process), description: new string('ข', RiskRules.Description),
            controls: new string('ค', RiskRules.Controls), measures: new string('ง', RiskRules.Measures), period: new string('จ', RiskRules.Period)));
        Assert.Equal(RiskRules.Measures, (await StoredAsync(host, longest.Id)).Measures.Length);
        Assert.Equal("กรุณาเลือกโอกาสที่จะเกิด ระดับ 1 ถึง 5",
            Refused<ValidationError>(await EditAsync(host, actor, longest.Id, Risk(null, likelihood: 7)), "Likelihood").Message);
        Assert.Equal("ไม่พบส่วนราชการที่เลือก",
            Refused<ValidationError>(await EditAsync(host, actor, longest.Id, Risk(other.DepartmentId)), "DepartmentId").Message);
        Assert.Equal((3, (int?)null), ((await StoredAsync(host, longest.Id)).Likelihood, (await StoredAsync(host, longest.Id)).DepartmentId));
    }

    [Theory, Providers]
    public async Task A_year_before_2550_or_after_the_next_fiscal_year_is_not_there_to_assess(DbProvider provider)
    {
        // 15 January 2024: fiscal year 2567; the next is 2568.
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        foreach (var year in new[] { RiskRules.FirstYear - 1, 2024, 0, Year + 2, 3000 })
        {
            Refused<NotFoundError>(await TryAddAsync(host, team.Admin.Actor, year, Risk(null)));
        }

        Assert.Equal(0, await host.QueryAsync(db => db.Set<RiskAssessment>().CountAsync()));
        foreach (var year in new[] { RiskRules.FirstYear, Year - 1, Year, Year + 1 })
        {
            await AddAsync(host, team.Admin.Actor, Risk(null), year);
        }

        Assert.Equal(4, await host.QueryAsync(db => db.Set<RiskAssessment>().CountAsync()));

        // On 1 October the next fiscal year begins, and the one after it opens.
        host.Clock.Now = new DateTimeOffset(2024, 10, 1, 0, 30, 0, TimeSpan.FromHours(7));
        await AddAsync(host, team.Admin.Actor, Risk(null), Year + 2);
        Refused<NotFoundError>(await TryAddAsync(host, team.Admin.Actor, Year + 3, Risk(null)));
    }

    [Theory, Providers]
    public async Task A_department_head_works_on_their_own_departments_risks_only_and_organization_wide_roles_on_all(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        // The head of สำนักปลัด adds a risk of สำนักปลัด; not one of กองคลัง, nor one of the whole office.
        var heads = await AddAsync(host, team.Head.Actor, Risk(team.Office));
        Assert.Equal(team.Office, (await StoredAsync(host, heads.Id)).DepartmentId);
        Assert.Equal("คุณบันทึกได้เฉพาะความเสี่ยงของส่วนราชการที่คุณสังกัด",
            Refused<ValidationError>(await TryAddAsync(host, team.Head.Actor, Year, Risk(team.Finance)), "DepartmentId").Message);
        Assert.Contains("ทั้งหน่วยงาน",
            Refused<ValidationError>(await TryAddAsync(host, team.Head.Actor, Year, Risk(null)), "DepartmentId").Message, StringComparison.Ordinal);

        // The OrgAdmin and the Executive file risks anywhere, the whole office included.
        var finances = await AddAsync(host, team.Admin.Actor, Risk(team.Finance, 2, 2));
        var whole = await AddAsync(host, team.Executive.Actor, Risk(null, 4, 4));
        var works = await AddAsync(host, team.Admin.Actor, Risk(team.Works));

        // The head edits their own, but not into another department, and neither edits nor removes another's or the office's.
        Succeeded(await EditAsync(host, team.Head.Actor, heads.Id, Risk(team.Office, 5, 5, process: "การรับชำระภาษี")));
        Assert.Equal(("การรับชำระภาษี", 25), ((await StoredAsync(host, heads.Id)).Process, (await StoredAsync(host, heads.Id)).Score));
        Refused<ValidationError>(await EditAsync(host, team.Head.Actor, heads.Id, Risk(team.Finance)), "DepartmentId");
        Refused<ValidationError>(await EditAsync(host, team.Head.Actor, heads.Id, Risk(null)), "DepartmentId");
        foreach (var risk in new[] { finances, whole, works })
        {
            Refused<ForbiddenError>(await EditAsync(host, team.Head.Actor, risk.Id, Risk(team.Office)));
            Refused<ForbiddenError>(await RemoveAsync(host, team.Head.Actor, risk.Id));
        }

        // The head of กองคลัง: theirs only.
        Succeeded(await EditAsync(host, team.FinanceHead.Actor, finances.Id, Risk(team.Finance, 1, 1)));
        Refused<ForbiddenError>(await EditAsync(host, team.FinanceHead.Actor, heads.Id, Risk(team.Finance)));
        Assert.Equal(team.Office, (await StoredAsync(host, heads.Id)).DepartmentId);

        // A clerk and the auditor write nothing, not even in their own department.
        foreach (var member in new[] { team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError>(await TryAddAsync(host, member.Actor, Year, Risk(team.Office)));
            Refused<ForbiddenError>(await EditAsync(host, member.Actor, heads.Id, Risk(team.Office)));
            Refused<ForbiddenError>(await RemoveAsync(host, member.Actor, heads.Id));
        }

        // The OrgAdmin moves a risk between departments and to the whole office, and removes any.
        Succeeded(await EditAsync(host, team.Admin.Actor, works.Id, Risk(null)));
        Assert.Null((await StoredAsync(host, works.Id)).DepartmentId);
        Succeeded(await EditAsync(host, team.Executive.Actor, whole.Id, Risk(team.Office)));
        Assert.Equal(team.Office, (await StoredAsync(host, whole.Id)).DepartmentId);

        // Moved into สำนักปลัด, the risk is now the head's to remove.
        Assert.Equal(whole.Id, Succeeded(await RemoveAsync(host, team.Head.Actor, whole.Id)).Id);
        Succeeded(await RemoveAsync(host, team.Admin.Actor, works.Id));
        Refused<NotFoundError>(await RemoveAsync(host, team.Admin.Actor, works.Id));
        Refused<NotFoundError>(await EditAsync(host, team.Admin.Actor, works.Id, Risk(null)));
        Assert.Equal(2, await RiskCountAsync(host));
    }

    [Theory, Providers]
    public async Task The_audit_trail_keeps_every_change_of_a_risk_the_approval_the_reopening_and_the_reports(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        var risk = await AddAsync(host, team.Head.Actor, Risk(team.Office, 2, 3, process: "การเบิกจ่ายเงิน"));
        Succeeded(await EditAsync(host, team.Head.Actor, risk.Id, Risk(team.Office, 4, 3, process: "การเบิกจ่ายเงิน")));
        var removed = await AddAsync(host, team.Admin.Actor, Risk(null, process: "การใช้รถส่วนกลาง"));
        Succeeded(await RemoveAsync(host, team.Admin.Actor, removed.Id));
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Succeeded(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.HalfYear, Done("เบิกจ่ายครบ ไม่พบความผิดปกติ")));
        Succeeded(await ReopenAsync(host, team.Admin.Actor, "เพิ่มความเสี่ยงด้านสินบน"));

        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(CorruptionRisk) || a.Entity == nameof(RiskAssessment) || a.Entity == nameof(RiskFollowUp))
            .OrderBy(a => a.Id).Select(a => new { a.Entity, a.EntityId, a.Action, a.Changes, a.OrganizationId }).ToListAsync());
        Assert.All(entries, e => Assert.Equal(host.OrganizationId, e.OrganizationId));
        var assessmentId = (await AssessmentAsync(host))!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(
            [
                (nameof(RiskAssessment), assessmentId, AuditActions.Create),
                (nameof(CorruptionRisk), Id(risk.Id), AuditActions.Create),
                (nameof(CorruptionRisk), Id(risk.Id), AuditActions.Update),
                (nameof(CorruptionRisk), Id(removed.Id), AuditActions.Create),
                (nameof(CorruptionRisk), Id(removed.Id), AuditActions.Delete),
                (nameof(RiskAssessment), assessmentId, AuditActions.Update),
                (nameof(RiskFollowUp), entries.Single(e => e.Entity == nameof(RiskFollowUp)).EntityId, AuditActions.Create),
                (nameof(RiskAssessment), assessmentId, AuditActions.Update),
            ],
            entries.Select(e => (e.Entity, e.EntityId, e.Action)));

        JsonElement Changes(int index) => JsonDocument.Parse(entries[index].Changes!).RootElement;
        Assert.Equal((2, 4), (Changes(2).GetProperty("Likelihood")[0].GetInt32(), Changes(2).GetProperty("Likelihood")[1].GetInt32()));
        Assert.False(Changes(2).TryGetProperty("Process", out _));
        Assert.Equal("การใช้รถส่วนกลาง", Changes(4).GetProperty("Process")[0].GetString());
        Assert.Equal(("Draft", "Approved"), (Changes(5).GetProperty("Status")[0].GetString(), Changes(5).GetProperty("Status")[1].GetString()));
        Assert.Equal(team.Executive.Name, Changes(5).GetProperty("ApprovedBy")[1].GetString());
        Assert.Equal("เบิกจ่ายครบ ไม่พบความผิดปกติ", Changes(6).GetProperty("Result")[1].GetString());
        Assert.Equal(("Approved", "Draft"), (Changes(7).GetProperty("Status")[0].GetString(), Changes(7).GetProperty("Status")[1].GetString()));
        Assert.Equal("เพิ่มความเสี่ยงด้านสินบน", Changes(7).GetProperty("ReopenReason")[1].GetString());

        // Refusals leave nothing behind.
        var count = entries.Count;
        Refused<ForbiddenError>(await EditAsync(host, team.Clerk.Actor, risk.Id, Risk(team.Office)));
        Refused<ConflictError>(await ReopenAsync(host, team.Admin.Actor, "อีกครั้ง"));
        Assert.Equal(count, await host.QueryAsync(db => db.AuditEntries.CountAsync(a =>
            a.Entity == nameof(CorruptionRisk) || a.Entity == nameof(RiskAssessment) || a.Entity == nameof(RiskFollowUp))));
    }

    [Theory, Providers]
    public async Task Another_organization_neither_sees_nor_touches_a_risk(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var draft = await AddAsync(host, team.Admin.Actor, Risk(team.Office), Year + 1);
        var approved = (await ApprovedAsync(host, team, Year, Risk(team.Finance), Risk(null)))[0];

        Task<T> TheirsAsync<T>(Func<IServiceProvider, Task<T>> work) => CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), work);
        var admin = other.Admin.Actor;
        var refused = new List<IReadOnlyList<Error>>
        {
            (await TheirsAsync(sp => sp.GetRequiredService<SaveCorruptionRisk>().EditAsync(admin, draft.Id, Risk(other.DepartmentId)))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<RemoveCorruptionRisk>().RunAsync(admin, draft.Id))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<RecordRiskFollowUp>().RunAsync(admin, approved.Id, FollowUpRound.HalfYear, Done()))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<ApproveRiskAssessment>().RunAsync(admin, Year + 1))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<ReopenRiskAssessment>().RunAsync(admin, Year, "ไม่ใช่ของเรา"))).Errors,
        };
        Assert.All(refused, errors => Assert.IsType<NotFoundError>(Assert.Single(errors)));

        var (year, published, years, found, waiting) = await TheirsAsync(async sp =>
        {
            var board = sp.GetRequiredService<RiskBoard>();
            return (await board.YearAsync(Year), await board.PublishedAsync(Year), await board.YearsAsync(),
                await board.FindAsync(admin, approved.Id), await board.WaitingForApprovalAsync());
        });
        Assert.Null(year.Assessment);
        Assert.Empty(year.Lines);
        Assert.Null(published);
        Assert.Empty(years);
        Assert.Null(found);
        Assert.Empty(waiting);

        // Ours is as it was.
        Assert.Equal(RiskAssessmentStatus.Draft, (await AssessmentAsync(host, Year + 1))!.Status);
        Assert.Equal(RiskAssessmentStatus.Approved, (await AssessmentAsync(host))!.Status);
        Assert.Equal(3, await RiskCountAsync(host));
        Assert.Empty(await FollowUpsAsync(host, approved.Id));

        // Their own first risk of the same year starts an assessment of their own (the unique index is per organization).
        var theirs = await TheirsAsync(sp => sp.GetRequiredService<SaveCorruptionRisk>().AddAsync(admin, Year, Risk(other.DepartmentId)));
        Succeeded(theirs);
        var theirAssessment = await host.QueryAsync(db => db.Set<RiskAssessment>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(a => a.OrganizationId == other.Id));
        Assert.Equal((Year, RiskAssessmentStatus.Draft), (theirAssessment.FiscalYear, theirAssessment.Status));
        Assert.Equal(2, (await host.UseAsync<RiskBoard, RiskYear>(b => b.YearAsync(Year))).Lines.Count);
        Assert.Null(await host.UseAsync<RiskBoard, RiskView?>(b => b.FindAsync(team.Admin.Actor, theirs.Value!.Id)));
        Refused<NotFoundError>(await EditAsync(host, team.Admin.Actor, theirs.Value!.Id, Risk(null)));
        Refused<NotFoundError>(await RemoveAsync(host, team.Admin.Actor, theirs.Value!.Id));
    }
}
