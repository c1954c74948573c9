using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Demo;
using Prongsai.Core.Features;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Satisfaction;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Satisfaction.SatisfactionTestData;

namespace Prongsai.Tests.Satisfaction;

/// <summary>
/// The survey's use cases on both databases: an answer needs a score from 1 to 5 on each aspect, counts in the Thai
/// fiscal year of its Bangkok day and keeps nothing about the person; a year's report is published by the head of the
/// office once the year is over and it has answers, and is offered as ITA evidence; the demo has a year of answers.
/// </summary>
public sealed class SatisfactionUseCaseTests
{
    [Theory, Providers]
    public async Task An_answer_counts_in_the_fiscal_year_of_its_Bangkok_day(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 9, 30));
        var office = await host.DepartmentIdAsync("สำนักปลัด");

        // 23:59 on 30 September in Bangkok is the last minute of fiscal year 2569; a minute later (still 30 September
        // in UTC) is 2570.
        At(host, new DateOnly(2026, 9, 30), 23, 59);
        var last = await SubmittedAsync(host, Scores(departmentId: office, suggestion: "  ที่จอดรถไม่พอ  "));
        At(host, new DateOnly(2026, 10, 1), 0, 0);
        var first = await SubmittedAsync(host, Scores(5, 5, 5, 5));

        Assert.Equal((2569, 2570), (last.FiscalYear, first.FiscalYear));
        var stored = await host.QueryAsync(db => db.Set<SatisfactionResponse>().AsNoTracking().SingleAsync(r => r.Id == last.Id));
        Assert.Equal((host.OrganizationId, office, 5, 4, 3, 4, "ที่จอดรถไม่พอ"),
            (stored.OrganizationId, stored.DepartmentId, stored.Process, stored.Staff, stored.Facilities, stored.Quality, stored.Suggestion));
        Assert.Null(first.Suggestion);
        Assert.False(stored.IsSample);
    }

    [Theory, Providers]
    public async Task A_refused_answer_names_each_field_in_Thai_and_stores_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 3));
        var other = await CircularsTestData.OtherOrganizationAsync(host);

        var refused = await SubmitAsync(host, Scores(process: null, staff: 0, facilities: 6, quality: 5,
            departmentId: other.DepartmentId, suggestion: new string('ก', SatisfactionRules.Suggestion + 1)));

        Assert.False(refused.Succeeded);
        Assert.All(refused.Errors, e => Assert.IsType<ValidationError>(e));
        Assert.Equal(
            [
                ("Process", "กรุณาให้คะแนนด้านขั้นตอนการให้บริการ (1 ถึง 5)"),
                ("Staff", "กรุณาให้คะแนนด้านเจ้าหน้าที่ผู้ให้บริการ (1 ถึง 5)"),
                ("Facilities", "กรุณาให้คะแนนด้านสิ่งอำนวยความสะดวก (1 ถึง 5)"),
                ("DepartmentId", "กรุณาเลือกส่วนราชการจากรายการ หรือเลือก \"ไม่ระบุ\""),
                ("Suggestion", "ข้อเสนอแนะยาวได้ไม่เกิน 1,000 ตัวอักษร"),
            ],
            refused.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(0, await AnswerCountAsync(host));

        // A website of no organization takes nothing.
        var nowhere = await CircularsTestData.InOrganizationAsync(host, null, sp =>
            sp.GetRequiredService<SubmitSatisfactionResponse>().RunAsync(Scores()));
        Assert.IsType<NotFoundError>(Assert.Single(nowhere.Errors));
        Assert.Equal(0, await AnswerCountAsync(host));
    }

    [Theory, Providers]
    public async Task The_report_is_published_by_the_head_of_the_office_once_the_year_is_over(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 5, 1));
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]);
        var executive = await CircularsTestData.MemberAsync(host, "นายกฤษดา นายก", [OrgRole.Executive]);
        var head = await CircularsTestData.MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], await host.DepartmentIdAsync("สำนักปลัด"));
        var auditor = await CircularsTestData.MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]);
        await SubmittedAsync(host, Scores());

        // Still fiscal year 2569: its answers may still change.
        var early = await PublishAsync(host, admin.Actor, 2569, "พอใจมาก");
        Assert.Equal("ปีงบประมาณ พ.ศ. 2569 ยังไม่สิ้นสุด เผยแพร่รายงานได้ตั้งแต่วันที่ 1 ตุลาคม 2569",
            Assert.IsType<ConflictError>(Assert.Single(early.Errors)).Message);

        At(host, new DateOnly(2026, 10, 1), 0, 5);
        foreach (var member in new[] { head, auditor })
        {
            Assert.IsType<ForbiddenError>(Assert.Single((await PublishAsync(host, member.Actor, 2569, "พอใจมาก")).Errors));
        }

        Assert.Equal("ยังไม่มีผู้ตอบแบบประเมินในปีงบประมาณ พ.ศ. 2568",
            Assert.IsType<ConflictError>(Assert.Single((await PublishAsync(host, admin.Actor, 2568, "ไม่มี")).Errors)).Message);
        foreach (var year in new[] { 2571, SatisfactionRules.FirstYear - 1 })
        {
            Assert.IsType<NotFoundError>(Assert.Single((await PublishAsync(host, admin.Actor, year, "ไม่มี")).Errors));
        }

        var empty = Assert.IsType<ValidationError>(Assert.Single((await PublishAsync(host, admin.Actor, 2569, "   ")).Errors));
        Assert.Equal(("Findings", "กรุณาสรุปสิ่งที่พบจากผลการประเมินและสิ่งที่หน่วยงานจะปรับปรุง"), (empty.Field, empty.Message));
        Assert.Null(await host.UseAsync<SatisfactionBoard, SatisfactionReport?>(b => b.ReportAsync(2569)));

        // Published, the website's content changes; published again by the mayor, it is corrected, not doubled.
        var stampBefore = await host.UseAsync<ContentVersion, long>(v => v.CurrentAsync(host.OrganizationId));
        var report = (await PublishAsync(host, admin.Actor, 2569, "  ด้านสิ่งอำนวยความสะดวกต่ำสุด จะเพิ่มที่จอดรถ  ")).Value!;
        Assert.Equal(("ด้านสิ่งอำนวยความสะดวกต่ำสุด จะเพิ่มที่จอดรถ", admin.Name, host.Clock.GetUtcNow()), (report.Findings, report.PublishedBy, report.PublishedAt));
        Assert.NotEqual(stampBefore, await host.UseAsync<ContentVersion, long>(v => v.CurrentAsync(host.OrganizationId)));

        // The correction keeps the first publication's date and author, which an assessor checks against the deadline.
        var firstPublished = report.PublishedAt;
        Assert.Null(report.CorrectedAt);
        At(host, new DateOnly(2026, 10, 20));
        var corrected = (await PublishAsync(host, executive.Actor, 2569, "แก้ไข: จะเพิ่มที่จอดรถและที่นั่งรอ")).Value!;
        Assert.Equal(report.Id, corrected.Id);
        var stored = await host.UseAsync<SatisfactionBoard, SatisfactionReport?>(b => b.ReportAsync(2569));
        Assert.Equal(("แก้ไข: จะเพิ่มที่จอดรถและที่นั่งรอ", admin.Name, firstPublished, executive.Name, (DateTimeOffset?)host.Clock.GetUtcNow()),
            (stored!.Findings, stored.PublishedBy, stored.PublishedAt, stored.CorrectedBy, stored.CorrectedAt));
        Assert.Equal([2569], await host.UseAsync<SatisfactionBoard, IReadOnlyList<int>>(b => b.PublishedYearsAsync()));
    }

    [Theory, Providers]
    public async Task The_board_lists_every_year_and_the_card_reminds_of_last_years_report(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 9, 1));
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]);
        var clerk = await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], await host.DepartmentIdAsync("สำนักปลัด"));
        await SubmittedAsync(host, Scores(suggestion: "ขอป้ายบอกทาง"));
        await SubmittedAsync(host, Scores(1, 1, 1, 1));
        At(host, new DateOnly(2026, 10, 2));
        await SubmittedAsync(host, Scores(5, 5, 5, 5, suggestion: "บริการดี"));
        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<SatisfactionCard>().Single().BuildAsync(member.Actor, CancellationToken.None));

        var years = await host.UseAsync<SatisfactionBoard, IReadOnlyList<SatisfactionYearRow>>(b => b.YearsAsync(2571));
        Assert.Equal([(2571, 0, false), (2570, 1, false), (2569, 2, false)], years.Select(y => (y.FiscalYear, y.Answers, y.ReportPublishedAt is not null)));
        var results = await host.UseAsync<SatisfactionBoard, SatisfactionResults>(b => b.ResultsAsync(2569));
        Assert.Equal((2, 3.0), (results.Answers, results.Aspects.Single(a => a.Aspect == SatisfactionAspect.Process).Mean));
        Assert.Equal(["ขอป้ายบอกทาง"], (await host.UseAsync<SatisfactionBoard, IReadOnlyList<SatisfactionSuggestion>>(b => b.SuggestionsAsync(2569))).Select(s => s.Text));

        // Fiscal year 2570 has begun: 2569's two answers wait for a report, for those who publish it only.
        Assert.Null(await CardAsync(clerk));
        var todo = Assert.Single((await CardAsync(admin))!.ToDos);
        Assert.Equal((2, "satisfaction/2569"), (todo.Count, todo.Path));
        Assert.Contains("2569", todo.Thai, StringComparison.Ordinal);

        Assert.True((await PublishAsync(host, admin.Actor, 2569, "ปรับปรุงป้ายบอกทาง")).Succeeded);
        Assert.Empty((await CardAsync(admin))!.ToDos);
    }

    [Theory, Providers]
    public async Task Published_reports_are_the_evidence_of_the_satisfaction_survey_item(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 9, 1));
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]);
        await SubmittedAsync(host, Scores());
        At(host, new DateOnly(2026, 1, 10));
        await SubmittedAsync(host, Scores());
        At(host, new DateOnly(2026, 11, 1));
        Assert.True((await PublishAsync(host, admin.Actor, 2568, "ผลดี")).Succeeded);
        Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? year) => host.RunAsync(sp =>
            sp.GetServices<IEvidenceSource>().Single(s => s.Key == "satisfaction").FindAsync(year, CancellationToken.None));

        // 2569 has answers and no report: nothing to offer for it.
        var only = Assert.Single(await FindAsync(null));
        Assert.Equal(("report", "2568", "รายงานผลการสำรวจความพึงพอใจการให้บริการ ปีงบประมาณ พ.ศ. 2568", $"/{host.Slug}/satisfaction/2568", (int?)2568),
            (only.ItemType, only.ItemId, only.Title, only.PublicPath, only.FiscalYear));
        Assert.Equal(["satisfaction-survey-report"], only.Tags);
        Assert.Equal(host.Clock.GetUtcNow(), only.PublishedAt);
        Assert.Single(await FindAsync(2568));
        Assert.Empty(await FindAsync(2569));
    }

    [Theory, Providers]
    public async Task The_demo_has_a_year_of_sample_answers_with_its_report_and_is_seeded_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 3));
        Task SeedAsync() => host.RunAsync(async sp =>
        {
            var organization = await sp.GetRequiredService<ProngsaiDbContext>().Organizations.SingleAsync(o => o.Id == host.OrganizationId);
            await sp.GetServices<IDemoContent>().OfType<SatisfactionDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
            return 0;
        });

        await SeedAsync();
        await SeedAsync();

        var answers = await host.QueryAsync(db => db.Set<SatisfactionResponse>().AsNoTracking().ToListAsync());
        Assert.Equal([(2569, 48), (2570, 6)], answers.GroupBy(a => a.FiscalYear).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.All(answers, a =>
        {
            Assert.True(a.IsSample);
            Assert.Equal(a.FiscalYear, Prongsai.Core.Calendar.FiscalYear.ForDate(Prongsai.Core.Calendar.BangkokTime.DateOf(a.ReceivedAt)).BeYear);
            Assert.True(a.ReceivedAt <= host.Clock.GetUtcNow());
            Assert.All(SatisfactionRules.Aspects, aspect => Assert.InRange(a.ScoreOf(aspect), 1, 5));
            Assert.True(a.Suggestion is null || a.Suggestion.StartsWith("ตัวอย่าง", StringComparison.Ordinal));
        });
        Assert.Contains(answers, a => a.Suggestion is not null);
        Assert.Contains(answers, a => a.DepartmentId is null);

        var report = await host.UseAsync<SatisfactionBoard, SatisfactionReport?>(b => b.ReportAsync(2569));
        Assert.True(report!.IsSample);
        Assert.StartsWith("ตัวอย่าง", report.Findings, StringComparison.Ordinal);

        // The figures look like a real survey's: mostly "มาก" and "มากที่สุด", each score counted.
        var results = await host.UseAsync<SatisfactionBoard, SatisfactionResults>(b => b.ResultsAsync(2569));
        Assert.InRange(results.Mean, 3.51, 4.75);
        Assert.All(results.Aspects, a => Assert.Equal(48, a.Counts.Sum()));

        // The office's own report replaces the sample: first published now, not a correction of the sample.
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]);
        var own = (await PublishAsync(host, admin.Actor, 2569, "ผลของหน่วยงานเอง")).Value!;
        Assert.Equal((false, host.Clock.GetUtcNow(), admin.Name, (DateTimeOffset?)null, (string?)null),
            (own.IsSample, own.PublishedAt, own.PublishedBy, own.CorrectedAt, own.CorrectedBy));
    }
}
