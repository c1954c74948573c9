using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>
/// Corrections of progress entries (author only, before a publication counted them, in one transaction), counting
/// only current entries, the step text that no longer deletes a step, and the "steps without evidence" to-do.
/// </summary>
public sealed class CorrectionTests
{
    private static async Task<MeasuresTestHost> SeededAsync(DbProvider provider)
    {
        var host = await MeasuresTestHost.StartAsync(provider);
        var result = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(result.Succeeded);
        return host;
    }

    /// <summary>The seed's measures in order: 0 all departments, 1 สำนักปลัด, 4 กองคลัง.</summary>
    private static Task<Measure> MeasureAsync(MeasuresTestHost host, int position) =>
        host.QueryAsync(db => db.Measures.Include(m => m.Departments).Include(m => m.Steps).OrderBy(m => m.SortOrder).Skip(position).FirstAsync());

    private static StaffActor Member(string userId, string name, OrgRole role, params int[] departments) =>
        new(userId, name, null, new HashSet<OrgRole> { role }, departments.ToHashSet());

    private static async Task<ProgressEntry> RecordAsync(MeasuresTestHost host, StaffActor actor, int stepId, string text, string? url = null)
    {
        var added = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p =>
            p.AddAsync(actor, stepId, new ProgressEntryInput(new DateOnly(2024, 1, 10), text, Url: url)));
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
        return added.Value!;
    }

    private static Task<DashboardCardView?> CardAsync(MeasuresTestHost host, StaffActor actor) =>
        host.RunAsync(sp => sp.GetServices<IDashboardCard>().OfType<MeasuresCard>().Single().BuildAsync(actor, CancellationToken.None));

    private static Task<Result<ProgressEntry>> CorrectAsync(MeasuresTestHost host, StaffActor actor, int entryId, ProgressCorrectionInput input) =>
        host.UseAsync<CorrectProgress, Result<ProgressEntry>>(c => c.CorrectAsync(actor, entryId, input));

    [Theory, Providers]
    public async Task The_author_corrects_an_entry_the_original_is_kept_superseded_and_progress_counts_once(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var somsri = Member("somsri", "สมศรี ใจดี", OrgRole.DepartmentStaff, office);
        var measure = await MeasureAsync(host, 1);
        var stepId = measure.Steps.OrderBy(s => s.SortOrder).First().Id;
        var original = await RecordAsync(host, somsri, stepId, "ประชุมชี้แจงวันที่ผิด", "https://bangkha.go.th/news/1");

        var corrected = await CorrectAsync(host, somsri, original.Id,
            new ProgressCorrectionInput(new DateOnly(2024, 1, 12), "ประชุมชี้แจงเจ้าหน้าที่ทุกกอง"));

        Assert.True(corrected.Succeeded, string.Join(" ", corrected.Errors.Select(e => e.Message)));
        var entries = await host.QueryAsync(db => db.ProgressEntries.Include(p => p.Evidence).Where(p => p.StepId == stepId).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.NotNull(entries[0].SupersededAt);
        Assert.Equal("ประชุมชี้แจงวันที่ผิด", entries[0].Text); // the words first written stay
        Assert.True(entries[1].IsCurrent);
        Assert.Equal(original.Id, entries[1].CorrectionOfId);
        Assert.Equal(new DateOnly(2024, 1, 12), entries[1].Date);
        Assert.Equal("somsri", entries[1].AuthorId);
        // The evidence came along (same link), and the original keeps its own.
        Assert.Equal("https://bangkha.go.th/news/1", Assert.Single(entries[1].Evidence).Url);
        Assert.Single(entries[0].Evidence);
        Assert.Single(entries, p => p.IsCurrent);

        // Counted once: one current entry, no step missing evidence, the measure on track.
        Assert.Empty(await host.UseAsync<MissingEvidence, IReadOnlyList<StepMissingEvidence>>(m => m.ForAsync(somsri, 2567)));
        var report = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        Assert.Equal("onTrack", report.Measures[1].Status);

        // The audit trail tells it as a correction, in Thai.
        var trail = await host.UseAsync<ReadAuditTrail, IReadOnlyList<AuditLine>>(r => r.ReadAsync(host.OrganizationId, new AuditFilter(Kind: "ProgressEntry"), 20));
        Assert.Contains(trail, l => l.Sentence.Contains("แก้ไขบันทึกความก้าวหน้า 'ประชุมชี้แจงเจ้าหน้าที่ทุกกอง'", StringComparison.Ordinal)
            && l.Sentence.Contains("ฉบับแก้ไข", StringComparison.Ordinal));
        Assert.Contains(trail, l => l.Sentence.Contains("แก้ไขบันทึกความก้าวหน้า 'ประชุมชี้แจงวันที่ผิด': บันทึกเดิมนี้ถูกแทนที่ด้วยฉบับแก้ไข", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Replacing_the_evidence_keeps_only_what_the_correction_gives(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var somsri = Member("somsri", "สมศรี ใจดี", OrgRole.DepartmentStaff, office);
        var stepId = (await MeasureAsync(host, 1)).Steps.OrderBy(s => s.SortOrder).First().Id;
        var original = await RecordAsync(host, somsri, stepId, "แนบลิงก์ผิด", "https://example.org/wrong");

        var corrected = await CorrectAsync(host, somsri, original.Id,
            new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "แนบลิงก์ที่ถูกต้อง", CorrectionEvidence.Replace, Url: "https://bangkha.go.th/right"));

        Assert.True(corrected.Succeeded, string.Join(" ", corrected.Errors.Select(e => e.Message)));
        var evidence = await host.QueryAsync(db => db.Evidence.Where(e => e.ProgressEntryId == corrected.Value!.Id).ToListAsync());
        Assert.Equal("https://bangkha.go.th/right", Assert.Single(evidence).Url);
    }

    [Theory, Providers]
    public async Task Nobody_but_the_author_corrects_not_even_an_OrgAdmin_and_nothing_changes(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var somsri = Member("somsri", "สมศรี ใจดี", OrgRole.DepartmentStaff, office);
        var stepId = (await MeasureAsync(host, 1)).Steps.OrderBy(s => s.SortOrder).First().Id;
        var original = await RecordAsync(host, somsri, stepId, "ถ้อยคำของสมศรี");
        var others = new[]
        {
            Member("admin", "ผู้ดูแลระบบ", OrgRole.OrgAdmin),
            Member("exec", "ผู้บริหาร", OrgRole.Executive),
            Member("somchai", "สมชาย เพื่อนร่วมกอง", OrgRole.DepartmentStaff, office),
            Member("auditor", "ผู้ตรวจสอบ", OrgRole.Auditor),
        };

        foreach (var other in others)
        {
            var refused = await CorrectAsync(host, other, original.Id, new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "เขียนทับ"));
            var error = Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));
            Assert.Matches("[ก-๙]", error.Message);
        }

        var entry = await host.QueryAsync(db => db.ProgressEntries.SingleAsync());
        Assert.True(entry.IsCurrent);
        Assert.Equal("ถ้อยคำของสมศรี", entry.Text);
    }

    [Theory, Providers]
    public async Task An_entry_already_corrected_or_counted_in_a_published_version_is_refused_with_a_thai_conflict(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var somsri = Member("somsri", "สมศรี ใจดี", OrgRole.DepartmentStaff, office);
        var stepId = (await MeasureAsync(host, 1)).Steps.OrderBy(s => s.SortOrder).First().Id;
        var original = await RecordAsync(host, somsri, stepId, "ฉบับแรก");
        Assert.True((await CorrectAsync(host, somsri, original.Id, new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "ฉบับที่สอง"))).Succeeded);

        var again = await CorrectAsync(host, somsri, original.Id, new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "ฉบับที่สาม"));

        var conflict = Assert.IsType<ConflictError>(Assert.Single(again.Errors));
        Assert.Contains("ถูกแก้ไขไปแล้ว", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.ProgressEntries.CountAsync(p => p.SupersededAt == null)));

        // Published afterwards: the current entry was counted in version 1 and is frozen; a later entry is not.
        var current = await host.QueryAsync(db => db.ProgressEntries.SingleAsync(p => p.SupersededAt == null));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var published = await host.UseAsync<PublishMeasuresReport, Result<MeasureReportVersion>>(p => p.ApproveAndPublishAsync(MeasuresTestHost.Executive, 2567));
        Assert.True(published.Succeeded);
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var later = await RecordAsync(host, somsri, stepId, "บันทึกหลังเผยแพร่");

        var frozen = await CorrectAsync(host, somsri, current.Id, new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "แก้หลังเผยแพร่"));
        var laterCorrected = await CorrectAsync(host, somsri, later.Id, new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "บันทึกหลังเผยแพร่ (แก้คำผิด)"));

        Assert.Contains("ฉบับที่ 1", Assert.IsType<ConflictError>(Assert.Single(frozen.Errors)).Message, StringComparison.Ordinal);
        Assert.True(laterCorrected.Succeeded, string.Join(" ", laterCorrected.Errors.Select(e => e.Message)));
    }

    [Theory, Providers]
    public async Task A_refused_correction_input_leaves_the_original_current(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var somsri = Member("somsri", "สมศรี ใจดี", OrgRole.DepartmentStaff, office);
        var stepId = (await MeasureAsync(host, 1)).Steps.OrderBy(s => s.SortOrder).First().Id;
        var original = await RecordAsync(host, somsri, stepId, "ฉบับแรก");

        var blank = await CorrectAsync(host, somsri, original.Id, new ProgressCorrectionInput(new DateOnly(2024, 1, 10), " "));

        Assert.Equal("Text", Assert.IsType<ValidationError>(Assert.Single(blank.Errors)).Field);
        var entry = await host.QueryAsync(db => db.ProgressEntries.SingleAsync());
        Assert.True(entry.IsCurrent);
    }

    [Theory, Providers]
    public async Task Status_and_percent_ignore_superseded_entries(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var stepId = (await MeasureAsync(host, 1)).Steps.OrderBy(s => s.SortOrder).First().Id;
        var entry = await RecordAsync(host, MeasuresTestHost.Admin, stepId, "บันทึกที่ถูกแทนที่");
        var started = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        Assert.Equal(MeasureStatus.OnTrack, started.Measures[1].Status);

        // An entry replaced (its correction since removed with a step restore, say) no longer counts as progress.
        await host.QueryAsync(async db =>
        {
            var row = await db.ProgressEntries.SingleAsync(p => p.Id == entry.Id);
            row.SupersededAt = host.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

        var report = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        Assert.Equal(MeasureStatus.NotStarted, report.Measures[1].Status);
        Assert.Equal(0, report.Measures[1].PercentDone);
        var dashboard = (await host.UseAsync<MeasuresDashboard, PlanDashboard?>(d => d.ForFiscalYearAsync(MeasuresTestHost.Admin, 2567)))!;
        Assert.Equal(MeasureStatus.NotStarted, dashboard.Measures[1].Progress.Status);
    }

    [Theory, Providers]
    public async Task Clearing_a_steps_text_is_refused_and_deletes_nothing(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var measure = await MeasureAsync(host, 1);
        var steps = measure.Steps.OrderBy(s => s.SortOrder).ToList();
        await RecordAsync(host, MeasuresTestHost.Admin, steps[1].Id, "ความคืบหน้าที่ต้องไม่หาย");
        var input = new MeasureInput(measure.Number, MeasureText.ForEditing(measure.Title),
            steps.Select((s, i) => new StepInput(s.Id, i == 1 ? "   " : MeasureText.ForEditing(s.Text))).ToList(),
            ["ผล"], "", MeasureText.ForEditing(measure.PeriodText), measure.AllDepartments,
            measure.Departments.Select(d => d.DepartmentId).ToList(), null, []);

        var result = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, measure.Id, input));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Steps[1].Text", error.Field);
        Assert.Contains("ลบขั้นตอนนี้…", error.Message, StringComparison.Ordinal);
        Assert.Equal(steps.Count, await host.QueryAsync(db => db.MeasureSteps.CountAsync(s => s.MeasureId == measure.Id)));
        Assert.Equal(1, await host.QueryAsync(db => db.ProgressEntries.CountAsync(p => p.StepId == steps[1].Id)));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<Prongsai.Core.Trash.TrashItem>().CountAsync()));

        // A step the form did not send at all stays too (after the others).
        var omitted = input with { Steps = steps.Skip(1).Select(s => new StepInput(s.Id, MeasureText.ForEditing(s.Text))).ToList() };
        var saved = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, measure.Id, omitted));
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        var order = await host.QueryAsync(db => db.MeasureSteps.Where(s => s.MeasureId == measure.Id).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync());
        Assert.Equal(steps.Skip(1).Select(s => s.Id).Append(steps[0].Id), order);
    }

    [Theory, Providers]
    public async Task Steps_without_evidence_are_listed_for_department_staff_of_their_department_only(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var officeStaff = Member("somsri", "สมศรี ใจดี", OrgRole.DepartmentStaff, office);
        var financeStaff = Member("somchai", "สมชาย กองคลัง", OrgRole.DepartmentStaff, finance);
        var own = (await MeasureAsync(host, 1)).Steps.OrderBy(s => s.SortOrder).ToList();
        var financeSteps = (await MeasureAsync(host, 4)).Steps.OrderBy(s => s.SortOrder).ToList();
        Assert.Empty(await host.UseAsync<MissingEvidence, IReadOnlyList<StepMissingEvidence>>(m => m.ForAsync(officeStaff, 2567)));

        // สำนักปลัด: step 1 done without anything; step 2 progress without evidence; step 3 progress with evidence;
        // step 4 evidence only on an entry since corrected without it. กองคลัง: one step with progress, no evidence.
        Assert.True((await host.UseAsync<RecordProgress, Result<MeasureStep>>(p => p.SetDoneAsync(officeStaff, own[0].Id, true))).Succeeded);
        await RecordAsync(host, officeStaff, own[1].Id, "ประชุมแล้ว ยังไม่แนบหลักฐาน");
        await RecordAsync(host, officeStaff, own[2].Id, "ประชุมแล้ว มีรายงาน", "https://bangkha.go.th/report");
        var withLink = await RecordAsync(host, officeStaff, own[3].Id, "แนบลิงก์ผิด", "https://example.org/wrong");
        Assert.True((await CorrectAsync(host, officeStaff, withLink.Id,
            new ProgressCorrectionInput(new DateOnly(2024, 1, 10), "ลิงก์ผิด นำออกแล้ว", CorrectionEvidence.Replace))).Succeeded);
        await RecordAsync(host, financeStaff, financeSteps[0].Id, "กองคลังดำเนินการแล้ว");

        var forOffice = await host.UseAsync<MissingEvidence, IReadOnlyList<StepMissingEvidence>>(m => m.ForAsync(officeStaff, 2567));
        var forFinance = await host.UseAsync<MissingEvidence, IReadOnlyList<StepMissingEvidence>>(m => m.ForAsync(financeStaff, 2567));
        var forExecutive = await host.UseAsync<MissingEvidence, IReadOnlyList<StepMissingEvidence>>(m => m.ForAsync(MeasuresTestHost.Executive, 2567));

        Assert.Equal([own[0].Id, own[1].Id, own[3].Id], forOffice.Select(s => s.StepId));
        Assert.Equal([financeSteps[0].Id], forFinance.Select(s => s.StepId));
        Assert.Equal([own[0].Id, own[1].Id, own[3].Id, financeSteps[0].Id], forExecutive.Select(s => s.StepId));

        // On the dashboard: one to-do with the count (a list of them), once; one step links straight to it.
        var officeCard = (await CardAsync(host, officeStaff))!;
        var todo = Assert.Single(officeCard.ToDos, t => t.Thai == "ขั้นตอนที่ยังไม่มีหลักฐาน");
        Assert.Equal(3, todo.Count);
        Assert.Equal("measures/2567/missing-evidence", todo.Path);
        Assert.Equal(officeCard.ToDos.Count, officeCard.ToDos.Select(t => t.Thai).Distinct().Count());
        var financeCard = (await CardAsync(host, financeStaff))!;
        Assert.Equal($"measures/step/{financeSteps[0].Id}", Assert.Single(financeCard.ToDos, t => t.Thai == "ขั้นตอนที่ยังไม่มีหลักฐาน").Path);
        var auditorCard = await CardAsync(host, Member("auditor", "ผู้ตรวจสอบ", OrgRole.Auditor));
        Assert.DoesNotContain(auditorCard?.ToDos ?? [], t => t.Thai == "ขั้นตอนที่ยังไม่มีหลักฐาน");
    }
}
