using System.Text;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.CorruptionRisks.RisksTestData;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// What the assessment shows on both databases: a year with its matrix, the website's approved years, what each member
/// may do with a risk, the departments they may file under, what waits for approval, which reports are due on which day,
/// the download, the dashboard card and the ITA evidence.
/// </summary>
public sealed class RiskBoardTests
{
    private static Task<RiskYear> YearAsync(MeasuresTestHost host, int year = Year) => host.UseAsync<RiskBoard, RiskYear>(b => b.YearAsync(year));

    private static Task<RiskYear?> PublishedAsync(MeasuresTestHost host, int year = Year) => host.UseAsync<RiskBoard, RiskYear?>(b => b.PublishedAsync(year));

    private static Task<RiskView?> FindAsync(MeasuresTestHost host, StaffActor actor, int riskId) =>
        host.UseAsync<RiskBoard, RiskView?>(b => b.FindAsync(actor, riskId));

    private static Task<IReadOnlyList<(int, FollowUpRound, int)>> DueAsync(MeasuresTestHost host, Member member) =>
        host.UseAsync<RiskBoard, IReadOnlyList<(int, FollowUpRound, int)>>(b => b.FollowUpsDueAsync(member.Actor));

    [Theory, Providers]
    public async Task A_year_lists_its_risks_with_their_matrix_and_is_on_the_website_once_approved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        var empty = await YearAsync(host);
        Assert.Equal((Year, (RiskAssessment?)null, false), (empty.FiscalYear, empty.Assessment, empty.Approved));
        Assert.Empty(empty.Lines);
        Assert.Equal(0, empty.Matrix().Cast<int>().Sum());
        Assert.Null(await PublishedAsync(host));

        var office = await AddAsync(host, team.Head.Actor, Risk(team.Office, 3, 4));
        var whole = await AddAsync(host, team.Admin.Actor, Risk(null, 3, 4));
        var finance = await AddAsync(host, team.Admin.Actor, Risk(team.Finance, 1, 1));
        var worst = await AddAsync(host, team.Executive.Actor, Risk(team.Works, 5, 5));

        // A draft: the back office sees it, the website does not.
        var draft = await YearAsync(host);
        Assert.Equal(RiskAssessmentStatus.Draft, draft.Assessment!.Status);
        Assert.False(draft.Approved);
        Assert.Equal([office.Id, whole.Id, finance.Id, worst.Id], draft.Lines.Select(l => l.Risk.Id));
        Assert.Equal(["สำนักปลัด", null, "กองคลัง", "กองช่าง"], draft.Lines.Select(l => l.DepartmentName));
        var cells = draft.Matrix();
        Assert.Equal((2, 1, 1), (cells[2, 3], cells[0, 0], cells[4, 4]));
        Assert.Equal(4, cells.Cast<int>().Sum());
        Assert.Null(await PublishedAsync(host));
        Assert.Empty(await host.UseAsync<RiskBoard, IReadOnlyList<(int, DateTimeOffset?)>>(b => b.PublishedYearsAsync()));
        Assert.False(draft.Reported(FollowUpRound.HalfYear));

        await AddAsync(host, team.Admin.Actor, Risk(null), Year - 1);
        Assert.Equal([(Year, RiskAssessmentStatus.Draft), (Year - 1, RiskAssessmentStatus.Draft)],
            await host.UseAsync<RiskBoard, IReadOnlyList<(int, RiskAssessmentStatus)>>(b => b.YearsAsync()));

        // Approved: on the website, with its reports as they come.
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        var published = (await PublishedAsync(host))!;
        Assert.True(published.Approved);
        Assert.Equal(4, published.Lines.Count);
        Assert.Null(await PublishedAsync(host, Year - 1));
        Assert.Equal([(Year, (DateTimeOffset?)host.Clock.GetUtcNow())],
            await host.UseAsync<RiskBoard, IReadOnlyList<(int, DateTimeOffset?)>>(b => b.PublishedYearsAsync()));
        Succeeded(await ReportAsync(host, team.Admin.Actor, finance.Id, FollowUpRound.HalfYear, Done()));
        published = (await PublishedAsync(host))!;
        Assert.True(published.Reported(FollowUpRound.HalfYear));
        Assert.False(published.Reported(FollowUpRound.YearEnd));
        var line = published.Lines.Single(l => l.Risk.Id == finance.Id);
        Assert.Equal("ประกาศขั้นตอนแล้ว ไม่มีเรื่องร้องเรียน", line.HalfYear!.Result);
        Assert.Same(line.HalfYear, line.FollowUp(FollowUpRound.HalfYear));
        Assert.Null(line.YearEnd);
    }

    [Theory, Providers]
    public async Task Each_member_may_edit_a_draft_and_report_on_an_approved_risk_of_their_own_departments_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var office = await AddAsync(host, team.Head.Actor, Risk(team.Office));
        var finance = await AddAsync(host, team.Admin.Actor, Risk(team.Finance));
        var whole = await AddAsync(host, team.Admin.Actor, Risk(null));

        async Task<(bool, bool)?> MayAsync(Member member, int riskId) =>
            await FindAsync(host, member.Actor, riskId) is { } view ? (view.MayEdit, view.MayRecord) : null;

        // A draft: whoever may work on the risk may edit it; nobody reports yet; the clerk and the auditor read it.
        foreach (var (member, mayOffice, mayFinance, mayWhole) in new[]
        {
            (team.Admin, true, true, true), (team.Executive, true, true, true), (team.Head, true, false, false),
            (team.FinanceHead, false, true, false), (team.Clerk, false, false, false), (team.Auditor, false, false, false),
        })
        {
            Assert.Equal((mayOffice, false), await MayAsync(member, office.Id));
            Assert.Equal((mayFinance, false), await MayAsync(member, finance.Id));
            Assert.Equal((mayWhole, false), await MayAsync(member, whole.Id));
        }

        var view = (await FindAsync(host, team.Auditor.Actor, office.Id))!;
        Assert.Equal(("สำนักปลัด", RiskAssessmentStatus.Draft), (view.Line.DepartmentName, view.Assessment.Status));
        Assert.Null((await FindAsync(host, team.Auditor.Actor, whole.Id))!.Line.DepartmentName);
        Assert.Null(await FindAsync(host, StaffActor.Anonymous, office.Id));
        Assert.Null(await FindAsync(host, team.Admin.Actor, whole.Id + 1000));

        // Approved: nobody edits; the same members report.
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Assert.Equal((false, true), await MayAsync(team.Head, office.Id));
        Assert.Equal((false, false), await MayAsync(team.Head, finance.Id));
        Assert.Equal((false, false), await MayAsync(team.Head, whole.Id));
        Assert.Equal((false, true), await MayAsync(team.Admin, whole.Id));
        Assert.Equal((false, true), await MayAsync(team.FinanceHead, finance.Id));
        Assert.Equal((false, false), await MayAsync(team.Clerk, office.Id));
        Assert.Equal((false, false), await MayAsync(team.Auditor, office.Id));

        // The departments each may file risks under: all and the whole office first for organization-wide roles.
        Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync(Member member) =>
            host.UseAsync<RiskBoard, IReadOnlyList<DepartmentChoice>>(b => b.DepartmentsAsync(member.Actor));
        var all = await DepartmentsAsync(team.Admin);
        Assert.Equal(new DepartmentChoice(null, RiskBoard.WholeOffice), all[0]);
        Assert.Equal(["ทั้งหน่วยงาน", "สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"], all.Select(d => d.Name));
        Assert.Equal(all, await DepartmentsAsync(team.Executive));
        Assert.Equal([new DepartmentChoice(team.Office, "สำนักปลัด")], await DepartmentsAsync(team.Head));
        Assert.Equal([new DepartmentChoice(team.Finance, "กองคลัง")], await DepartmentsAsync(team.FinanceHead));
        Assert.Empty(await DepartmentsAsync(team.Clerk));
        Assert.Empty(await DepartmentsAsync(team.Auditor));
    }

    [Theory, Providers]
    public async Task Drafts_of_this_year_and_the_next_with_risks_wait_for_approval(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        Task<IReadOnlyList<int>> WaitingAsync() => host.UseAsync<RiskBoard, IReadOnlyList<int>>(b => b.WaitingForApprovalAsync());

        Assert.Empty(await WaitingAsync());
        await AddAsync(host, team.Admin.Actor, Risk(null), Year - 1);
        var next = await AddAsync(host, team.Admin.Actor, Risk(null), Year + 1);
        Assert.Equal([Year + 1], await WaitingAsync());
        await AddAsync(host, team.Head.Actor, Risk(team.Office));
        Assert.Equal([Year, Year + 1], await WaitingAsync());

        // Approved, or emptied, a year no longer waits.
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Assert.Equal([Year + 1], await WaitingAsync());
        Succeeded(await RemoveAsync(host, team.Admin.Actor, next.Id));
        Assert.Empty(await WaitingAsync());
        Assert.False(await host.UseAsync<RiskBoard, bool>(b => b.StartedAsync(Year + 1)));
        Assert.True(await host.UseAsync<RiskBoard, bool>(b => b.StartedAsync(Year)));
    }

    [Theory, Providers]
    public async Task The_half_year_report_is_due_after_31_March_and_the_years_after_30_September_each_member_counting_their_own(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var past = await ApprovedAsync(host, team, Year - 1, Risk(team.Office), Risk(team.Finance), Risk(null));
        var current = await ApprovedAsync(host, team, Year, Risk(team.Office), Risk(team.Office), Risk(team.Finance), Risk(null));
        await AddAsync(host, team.Admin.Actor, Risk(team.Office), Year + 1);

        // 15 January 2567 (CE 2024): last year's report is due; this year's half year is not yet.
        Assert.Equal([(Year - 1, FollowUpRound.YearEnd, 3)], await DueAsync(host, team.Admin));
        Assert.Equal([(Year - 1, FollowUpRound.YearEnd, 3)], await DueAsync(host, team.Executive));
        Assert.Equal([(Year - 1, FollowUpRound.YearEnd, 1)], await DueAsync(host, team.Head));
        Assert.Equal([(Year - 1, FollowUpRound.YearEnd, 1)], await DueAsync(host, team.FinanceHead));
        Succeeded(await ReportAsync(host, team.Head.Actor, past[0].Id, FollowUpRound.YearEnd, Done()));
        Succeeded(await ReportAsync(host, team.Admin.Actor, past[2].Id, FollowUpRound.HalfYear, Done()));
        Assert.Empty(await DueAsync(host, team.Head));
        Assert.Equal([(Year - 1, FollowUpRound.YearEnd, 2)], await DueAsync(host, team.Admin));

        // The last day of March: still not due. The first of April: due.
        host.Clock.Now = new DateTimeOffset(2024, 3, 31, 23, 59, 0, TimeSpan.FromHours(7));
        Assert.Equal([(Year - 1, FollowUpRound.YearEnd, 2)], await DueAsync(host, team.Admin));
        host.Clock.Now = new DateTimeOffset(2024, 4, 1, 0, 1, 0, TimeSpan.FromHours(7));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 4), (Year - 1, FollowUpRound.YearEnd, 2)], await DueAsync(host, team.Admin));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 2)], await DueAsync(host, team.Head));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 1), (Year - 1, FollowUpRound.YearEnd, 1)], await DueAsync(host, team.FinanceHead));

        // A year-end report does not stand for the half year's.
        Succeeded(await ReportAsync(host, team.Head.Actor, current[0].Id, FollowUpRound.YearEnd, Done()));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 2)], await DueAsync(host, team.Head));
        Succeeded(await ReportAsync(host, team.Head.Actor, current[0].Id, FollowUpRound.HalfYear, Done()));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 1)], await DueAsync(host, team.Head));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 3), (Year - 1, FollowUpRound.YearEnd, 2)], await DueAsync(host, team.Admin));

        // The last day of the fiscal year: this year's report is not due yet. The first of October: the new year's half
        // year is months away, last year's (2567) report is due; 2566's is no longer asked for.
        host.Clock.Now = new DateTimeOffset(2024, 9, 30, 23, 59, 0, TimeSpan.FromHours(7));
        Assert.Equal([(Year, FollowUpRound.HalfYear, 3), (Year - 1, FollowUpRound.YearEnd, 2)], await DueAsync(host, team.Admin));
        host.Clock.Now = new DateTimeOffset(2024, 10, 1, 0, 1, 0, TimeSpan.FromHours(7));
        Assert.Equal([(Year, FollowUpRound.YearEnd, 3)], await DueAsync(host, team.Admin));
        Assert.Equal([(Year, FollowUpRound.YearEnd, 1)], await DueAsync(host, team.Head));
        Assert.Equal([(Year, FollowUpRound.YearEnd, 1)], await DueAsync(host, team.FinanceHead));

        // A reopened year asks for nothing until approved again.
        Succeeded(await ReopenAsync(host, team.Executive.Actor, "ทบทวน"));
        Assert.Empty(await DueAsync(host, team.Admin));
    }

    [Theory, Providers]
    public async Task The_download_is_a_CSV_with_the_forms_Thai_header_the_whole_office_by_name_and_both_reports(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var risks = await ApprovedAsync(host, team, Year,
            Risk(null, 2, 5, process: "การจัดซื้อจัดจ้าง", category: RiskCategory.BudgetAndResources, description: "แบ่งซื้อ, แบ่งจ้าง \"ต่ำกว่าเกณฑ์\"",
                controls: null, measures: "=ตรวจทานรายการซื้อซ้ำ", period: "ต.ค. 2566 – ก.ย. 2567"),
            Risk(team.Office, 4, 4, category: RiskCategory.Bribery, period: null));
        Succeeded(await ReportAsync(host, team.Admin.Actor, risks[0].Id, FollowUpRound.HalfYear, Done("ตรวจทานครบ", RiskProgress.InProgress, RiskOutcome.Watch)));
        Succeeded(await ReportAsync(host, team.Head.Actor, risks[1].Id, FollowUpRound.HalfYear, Done("ครึ่งปี", RiskProgress.NotStarted, RiskOutcome.Occurred)));
        Succeeded(await ReportAsync(host, team.Head.Actor, risks[1].Id, FollowUpRound.YearEnd, Done("ครบปี")));

        var year = (await PublishedAsync(host))!;
        var (header, rows) = RiskBoard.Table(year);
        Assert.Equal(18, header.Count);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));

        var csv = RiskBoard.Csv(year);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var records = CsvFiles.ReadAll(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)).Where(r => r.Count > 1).ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(
            ["ลำดับ", "กระบวนงาน/ภารกิจ", "ประเภทความเสี่ยง", "เหตุการณ์ความเสี่ยง", "โอกาส (1-5)", "ผลกระทบ (1-5)", "คะแนน", "ระดับความเสี่ยง",
                "การควบคุมที่มีอยู่", "มาตรการป้องกันความเสี่ยง", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
                "สถานะ รอบ 6 เดือน", "ผล รอบ 6 เดือน", "ผลการดำเนินการ รอบ 6 เดือน",
                "สถานะ รอบ 12 เดือน", "ผล รอบ 12 เดือน", "ผลการดำเนินการ รอบ 12 เดือน"],
            records[0]);
        Assert.Equal(
            ["1", "การจัดซื้อจัดจ้าง", "การใช้จ่ายงบประมาณและการบริหารทรัพยากรภาครัฐ", "แบ่งซื้อ, แบ่งจ้าง \"ต่ำกว่าเกณฑ์\"", "2", "5", "10", "สูง",
                "", "=ตรวจทานรายการซื้อซ้ำ", "ทั้งหน่วยงาน", "ต.ค. 2566 – ก.ย. 2567",
                "อยู่ระหว่างดำเนินการ", "เหลือง: ยังควบคุมได้ไม่ครบ เฝ้าระวังต่อ", "ตรวจทานครบ", "", "", ""],
            records[1]);
        Assert.Equal(
            ["2", "การออกใบอนุญาตก่อสร้างอาคาร", "การให้หรือรับสินบน", "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต", "4", "4", "16", "สูง",
                "มีคู่มือการให้บริการ", "ประกาศขั้นตอนและระยะเวลาบนเว็บไซต์ และเปิดช่องทางร้องเรียนตรงถึงนายก", "สำนักปลัด", "",
                "ยังไม่ได้ดำเนินการ", "แดง: เกิดเหตุหรือควบคุมไม่ได้", "ครึ่งปี", "ดำเนินการแล้ว", "เขียว: ควบคุมได้ ไม่เกิดเหตุ", "ครบปี"],
            records[2]);

        // A formula-like cell is written guarded, so a spreadsheet opens it as text.
        Assert.DoesNotContain(",=ตรวจทาน", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_card_asks_for_the_years_assessment_its_approval_and_the_reports_due_each_member_their_own(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<RisksCard>().Single().BuildAsync(member.Actor, CancellationToken.None));
        async Task<IReadOnlyList<(string, int, string)>> ToDosAsync(Member member) =>
            (await CardAsync(member))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)).ToList();

        var card = (await CardAsync(team.Clerk))!;
        Assert.Equal((12, "risks", "การประเมินความเสี่ยงการทุจริต"), (card.Order, card.Path, card.Thai));
        Assert.Empty(card.ToDos);

        // Nothing yet this year: those who lead the working group are asked to start.
        var start = ("ยังไม่ได้ประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2567", 1, "risks?year=2567");
        Assert.Equal([start], await ToDosAsync(team.Admin));
        Assert.Equal([start], await ToDosAsync(team.Executive));
        foreach (var member in new[] { team.Head, team.FinanceHead, team.Clerk, team.Auditor })
        {
            Assert.Empty(await ToDosAsync(member));
        }

        // Started by a department head: it waits for the approvers, the next year's draft after this one's.
        var risk = await AddAsync(host, team.Head.Actor, Risk(team.Office));
        Assert.Equal([("ผลการประเมินความเสี่ยงการทุจริตรออนุมัติ", 1, "risks?year=2567")], await ToDosAsync(team.Admin));
        await AddAsync(host, team.Admin.Actor, Risk(null), Year + 1);
        Assert.Equal([("ผลการประเมินความเสี่ยงการทุจริตรออนุมัติ", 2, "risks?year=2567")], await ToDosAsync(team.Executive));
        Assert.Empty(await ToDosAsync(team.Head));

        // Approved; on 1 April the half year's report is due, for the head their own department's risk.
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        await AddAsync(host, team.Admin.Actor, Risk(team.Finance), Year - 1);
        Assert.Equal([("ผลการประเมินความเสี่ยงการทุจริตรออนุมัติ", 1, "risks?year=2568")], await ToDosAsync(team.Admin));
        host.Clock.Now = new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var halfYear = ("ความเสี่ยงที่ยังไม่รายงานผลรอบ 6 เดือน (ต.ค. – มี.ค.) ปีงบประมาณ 2567", 1, "risks?year=2567");
        Assert.Equal([("ผลการประเมินความเสี่ยงการทุจริตรออนุมัติ", 1, "risks?year=2568"), halfYear], await ToDosAsync(team.Admin));
        Assert.Equal([halfYear], await ToDosAsync(team.Head));
        foreach (var member in new[] { team.FinanceHead, team.Clerk, team.Auditor })
        {
            Assert.Empty(await ToDosAsync(member));
        }

        Succeeded(await ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.HalfYear, Done()));
        Assert.Empty(await ToDosAsync(team.Head));

        // On 1 October (fiscal year 2568) the year's report of 2567 is due, and 2568, approved now, has its assessment.
        Succeeded(await ApproveAsync(host, team.Executive.Actor, Year + 1));
        host.Clock.Now = new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var yearEnd = ("ความเสี่ยงที่ยังไม่รายงานผลรอบ 12 เดือน (ต.ค. – ก.ย.) ปีงบประมาณ 2567", 1, "risks?year=2567");
        Assert.Equal([yearEnd], await ToDosAsync(team.Admin));
        Assert.Equal([yearEnd], await ToDosAsync(team.Head));
        Assert.Equal("Risks without a year-end report, fiscal year 2567", (await CardAsync(team.Head))!.ToDos[0].English);
    }

    [Theory, Providers]
    public async Task The_evidence_is_the_website_page_of_each_approved_year_of_this_organization(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        await ApprovedAsync(host, team, Year - 1, Risk(null));
        host.Clock.Now = host.Clock.Now.AddDays(1);
        await ApprovedAsync(host, team, Year, Risk(null));
        var approvedAt = host.Clock.GetUtcNow();
        await AddAsync(host, team.Admin.Actor, Risk(null), Year + 1);

        // Theirs: an approved 2565 and 2567 of their own.
        foreach (var year in new[] { Year - 2, Year })
        {
            Succeeded(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
                sp.GetRequiredService<SaveCorruptionRisk>().AddAsync(other.Admin.Actor, year, Risk(other.DepartmentId))));
            Succeeded(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
                sp.GetRequiredService<ApproveRiskAssessment>().RunAsync(other.Admin.Actor, year)));
        }

        Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? year) => host.RunAsync(sp =>
            sp.GetServices<IEvidenceSource>().OfType<RisksEvidenceSource>().Single().FindAsync(year, CancellationToken.None));

        var all = await FindAsync(null);
        Assert.Equal([$"/{host.Slug}/risks/2567", $"/{host.Slug}/risks/2566"], all.Select(c => c.PublicPath));
        var latest = all[0];
        Assert.Equal(("corruption-risks", "assessment", "2567", "การประเมินความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. 2567", (int?)2567, (DateTimeOffset?)approvedAt),
            (latest.SourceKey, latest.ItemType, latest.ItemId, latest.Title, latest.FiscalYear, latest.PublishedAt));
        Assert.Equal(["corruption-risks"], latest.Tags);
        Assert.Equal([$"/{host.Slug}/risks/2566"], (await FindAsync(Year - 1)).Select(c => c.PublicPath));
        Assert.Empty(await FindAsync(Year + 1));
        Assert.Empty(await FindAsync(Year - 2));

        var theirs = await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetServices<IEvidenceSource>().OfType<RisksEvidenceSource>().Single().FindAsync(null, CancellationToken.None));
        Assert.Equal([$"/{other.Slug}/risks/2567", $"/{other.Slug}/risks/2565"], theirs.Select(c => c.PublicPath));

        // Reopened, a year is no longer evidence.
        Succeeded(await ReopenAsync(host, team.Executive.Actor, "ทบทวน"));
        Assert.Equal([$"/{host.Slug}/risks/2566"], (await FindAsync(null)).Select(c => c.PublicPath));
    }
}
