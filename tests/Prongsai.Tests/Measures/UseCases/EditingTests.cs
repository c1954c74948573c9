using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Reports;
using Prongsai.Tests.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>Editing the plan and measures; department scope enforced in the use cases.</summary>
public sealed class EditingTests
{
    private static async Task<MeasuresTestHost> SeededAsync(DbProvider provider)
    {
        var host = await MeasuresTestHost.StartAsync(provider);
        var result = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(result.Succeeded);
        return host;
    }

    private static Task<Measure> MeasureAsync(MeasuresTestHost host, int position) =>
        host.QueryAsync(db => db.Measures.Include(m => m.Departments).Include(m => m.Steps).OrderBy(m => m.SortOrder).Skip(position).FirstAsync());

    private static MeasureInput InputFrom(Measure m, string title) =>
        new(m.Number, title, m.Steps.OrderBy(s => s.SortOrder).Select(s => new StepInput(s.Id, MeasureText.ForEditing(s.Text))).ToList(),
            ["ผลข้อหนึ่ง"], "ผลลัพธ์", MeasureText.ForEditing(m.PeriodText), m.AllDepartments,
            m.Departments.Select(d => d.DepartmentId).ToList(), null, [9, 10]);

    [Theory, Providers]
    public async Task Department_staff_cannot_edit_another_departments_measure(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var staff = MeasuresTestHost.DepartmentStaff(office);
        var finance = await MeasureAsync(host, 4); // กองคลัง
        var before = finance.Title;

        var edit = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(staff, finance.Id, InputFrom(finance, "แก้โดยสำนักปลัด")));
        var progress = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p =>
            p.AddAsync(staff, finance.Steps[0].Id, new ProgressEntryInput(null, "บันทึกแทนกองอื่น")));
        var done = await host.UseAsync<RecordProgress, Result<MeasureStep>>(p => p.SetDoneAsync(staff, finance.Steps[0].Id, true));

        Assert.Equal("forbidden", edit.Errors.Single().Code);
        Assert.Equal("forbidden", progress.Errors.Single().Code);
        Assert.Equal("forbidden", done.Errors.Single().Code);
        Assert.Equal(before, (await MeasureAsync(host, 4)).Title);
        Assert.Equal(0, await host.QueryAsync(db => db.ProgressEntries.CountAsync()));
    }

    [Theory, Providers]
    public async Task Department_staff_edit_their_own_and_all_department_measures_but_not_responsibility(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var staff = MeasuresTestHost.DepartmentStaff(office);
        var own = await MeasureAsync(host, 1); // สำนักปลัด
        var all = await MeasureAsync(host, 0); // ทุกส่วนราชการ

        var ownEdit = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(staff, own.Id, InputFrom(own, "ชื่อใหม่ของสำนักปลัด")));
        var allEdit = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(staff, all.Id, InputFrom(all, "ชื่อใหม่ของทุกส่วน")));
        var grab = InputFrom(own, "ย้ายส่วนราชการ") with { AllDepartments = true };
        var reassign = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(staff, own.Id, grab));
        var delete = await host.UseAsync<EditMeasures, Result<bool>>(e => e.DeleteMeasureAsync(staff, own.Id));

        Assert.True(ownEdit.Succeeded, string.Join(" ", ownEdit.Errors.Select(e => e.Message)));
        Assert.True(allEdit.Succeeded);
        Assert.Equal("forbidden", reassign.Errors.Single().Code);
        Assert.Equal("forbidden", delete.Errors.Single().Code);
        var report = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        Assert.Equal("ชื่อใหม่ของทุกส่วน", report.Measures[0].Title);
        Assert.Equal("ชื่อใหม่ของสำนักปลัด", report.Measures[1].Title);
        Assert.Equal([9, 10], report.Measures[1].Indicators);
        Assert.Equal(["ผลข้อหนึ่ง"], report.Measures[1].Results);
        Assert.Equal(5, report.Measures[1].Steps.Count);
    }

    [Theory, Providers]
    public async Task Steps_are_edited_reordered_and_removed_and_text_is_sanitized(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var m = await MeasureAsync(host, 2);
        var steps = m.Steps.OrderBy(s => s.SortOrder).ToList();
        var input = InputFrom(m, "<b>มาตรการ</b><script>alert(1)</script> R&D <ทดสอบ>") with
        {
            Steps =
            [
                new StepInput(steps[2].Id, "ขั้นตอนสาม (ย้ายขึ้น)"),
                new StepInput(steps[0].Id, MeasureText.ForEditing(steps[0].Text)),
                new StepInput(steps[1].Id, "ลบ", Delete: true),
                new StepInput(null, "<img src=x onerror=alert(2)>ขั้นตอนใหม่"),
                new StepInput(null, ""),
            ],
        };

        var result = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, m.Id, input));

        Assert.True(result.Succeeded);
        var report = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        var item = report.Measures[2];
        Assert.Equal("มาตรการ R&D", item.Title.Split(" <", StringSplitOptions.None)[0]);
        Assert.Equal(["ขั้นตอนสาม (ย้ายขึ้น)", report.Measures[2].Steps[1], "ขั้นตอนใหม่"], item.Steps);
        Assert.DoesNotContain("alert", MeasuresReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Invalid_input_is_a_list_of_thai_errors_not_an_exception(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var m = await MeasureAsync(host, 0);
        var input = new MeasureInput("", " ", [], [], null, new string('ก', 300), false, [999999], null, [0, 11]);

        var result = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, m.Id, input));

        Assert.False(result.Succeeded);
        Assert.Equal(["Number", "Title", "PeriodText", "Indicators", "DepartmentIds"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Matches("[ก-๙]", e.Message));
    }

    [Theory, Providers]
    public async Task Measures_move_up_and_down(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var second = await MeasureAsync(host, 1);

        await host.UseAsync<EditMeasures, Result<bool>>(e => e.MoveMeasureAsync(MeasuresTestHost.Admin, second.Id, -1));
        var report = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        Assert.Equal(["2", "1", "3", "3", "4"], report.Measures.Select(x => x.Number));

        var top = await host.UseAsync<EditMeasures, Result<bool>>(e => e.MoveMeasureAsync(MeasuresTestHost.Admin, second.Id, -1));
        Assert.False(top.Value);
    }

    [Theory, Providers]
    public async Task Progress_can_link_a_document_published_in_Prongsai_but_not_a_draft(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var m = await MeasureAsync(host, 4);
        var stepId = m.Steps.OrderBy(s => s.SortOrder).First().Id;
        var editor = Prongsai.Core.Organizations.StaffActor.System("ผู้ทดสอบ");
        var categoryId = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
            await Prongsai.Core.Publishing.DefaultCategories.EnsureAsync(db, host.OrganizationId);
            return await db.DocumentCategories.Select(c => c.Id).FirstAsync();
        });
        async Task<int> DocumentAsync(string title, bool publish) => await host.RunAsync(async sp =>
        {
            var saved = await sp.GetRequiredService<Prongsai.Core.Publishing.SaveDocument>().RunAsync(
                null, new Prongsai.Core.Publishing.DocumentInput(title, "", "", categoryId, null, 2567), [], [], editor);
            if (publish)
            {
                await sp.GetRequiredService<Prongsai.Core.Publishing.PublishDocument>().PublishNowAsync(saved.Value!.Id, editor);
            }

            return saved.Value!.Id;
        });
        var circular = await DocumentAsync("หนังสือเวียนแนวทางการใช้ทรัพย์สินของทางราชการ", publish: true);
        var draft = await DocumentAsync("ร่างที่ยังไม่เผยแพร่", publish: false);

        var linked = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(null, "แจ้งเวียนแล้ว", PublishedDocumentId: circular)));
        var refused = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(null, "ร่าง", PublishedDocumentId: draft)));

        Assert.True(linked.Succeeded, string.Join(" ", linked.Errors.Select(e => e.Message)));
        Assert.Equal("PublishedDocumentId", refused.Errors.Single().Field);
        var evidence = await host.QueryAsync(db => db.Evidence.SingleAsync());
        Assert.Equal(EvidenceKind.Published, evidence.Kind);
        Assert.Equal($"/{host.Slug}/documents/{circular}", evidence.Url);
        Assert.Equal("หนังสือเวียนแนวทางการใช้ทรัพย์สินของทางราชการ", evidence.Title);
    }

    [Theory, Providers]
    public async Task Progress_with_file_and_url_evidence_checks_the_bytes_and_marks_the_step_done(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var m = await MeasureAsync(host, 4);
        var stepId = m.Steps.OrderBy(s => s.SortOrder).First().Id;
        var pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

        var disguised = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(null, "แนบไฟล์", new EvidenceFile(new MemoryStream("MZ\x90\0 not a pdf"u8.ToArray()), "memo.pdf"))));
        var badUrl = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(null, "ลิงก์", Url: "javascript:alert(1)")));
        var titleWithoutFile = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(null, "ลืมเลือกไฟล์", EvidenceTitle: "รายงานการประชุม")));
        // FY2567 began on 1 October 2566: the same day a year earlier is the year mistyped; the quarter before is preparation.
        var wrongYear = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(new DateOnly(2022, 10, 1), "ปีผิด")));
        var preparation = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(new DateOnly(2023, 7, 1), "ประชุมจัดทำมาตรการ")));
        var good = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(new DateOnly(2024, 1, 10), "ประชุมชี้แจงแล้ว", new EvidenceFile(new MemoryStream(pdf), "../../บันทึกข้อความ.exe"),
                Url: "https://bangkha.go.th/news/1", MarkStepDone: true)));

        Assert.Equal("File", disguised.Errors.Single().Field);
        Assert.Equal("Url", badUrl.Errors.Single().Field);
        Assert.Equal(
            "วันที่ 1 ตุลาคม 2565 อยู่ก่อนปีงบประมาณ พ.ศ. 2567 ของแผนนี้ (เริ่ม 1 ตุลาคม 2566) เกิน 3 เดือน กรุณาตรวจสอบปี พ.ศ.",
            Assert.Single(wrongYear.Errors).Message);
        Assert.True(preparation.Succeeded, string.Join(" ", preparation.Errors.Select(e => e.Message)));
        Assert.Contains("ยังไม่ได้แนบไฟล์", Assert.Single(titleWithoutFile.Errors).Message, StringComparison.Ordinal);
        Assert.True(good.Succeeded, string.Join(" ", good.Errors.Select(e => e.Message)));
        var evidence = await host.QueryAsync(db => db.Evidence.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, evidence.Count);
        Assert.Equal("บันทึกข้อความ.pdf", evidence[0].FileName);
        Assert.Equal("application/pdf", evidence[0].ContentType);
        Assert.Equal(64, evidence[0].Sha256!.Length);
        Assert.Equal("https://bangkha.go.th/news/1", evidence[1].Url);
        var opened = await host.UseAsync<RecordProgress, (Evidence, Stream)?>(p => p.OpenEvidenceAsync(evidence[0].Id));
        using (var stream = opened!.Value.Item2)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }

        var report = (await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567)))!;
        Assert.Equal(33, report.Measures[4].PercentDone);
        Assert.Equal("onTrack", report.Measures[4].Status);
    }
}
