using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.Http;

/// <summary>
/// A measure's progress and definition pages, correcting an entry through the real app (author only; a second
/// correction of the same entry is a 409), the history with the struck-through original, and the missing-evidence list.
/// </summary>
public sealed partial class MeasuresHttpTests
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Theory, Providers]
    public async Task A_clerk_lands_on_progress_marks_done_records_and_corrects_an_entry_only_they_can_correct(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        var staff = await app.SignedInAsync(org[OrgRole.DepartmentStaff]); // สำนักปลัด
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var own = await CountAsync(app, org, db => db.Measures.OrderBy(m => m.SortOrder).Skip(1).Select(m => m.Id).FirstAsync());
        var finance = await CountAsync(app, org, db => db.Measures.OrderBy(m => m.SortOrder).Skip(4).Select(m => m.Id).FirstAsync());
        var steps = await CountAsync(app, org, db => db.MeasureSteps.Where(s => s.MeasureId == own).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync());
        var progressUrl = $"/staff/{org.Slug}/measures/2567/measure/{own}/progress";
        var definitionUrl = $"/staff/{org.Slug}/measures/2567/measure/{own}";

        // The plan links the clerk's own measure to its progress, another department's to its definition.
        var plan = await staff.GetStringAsync($"/staff/{org.Slug}/measures/2567");
        Assert.Contains($"href=\"{progressUrl}\"", plan, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/{org.Slug}/measures/2567/measure/{finance}\"", plan, StringComparison.Ordinal);

        // The progress page: tabs, each step linked, a "mark done" button; the definition tab is the other page.
        var progress = await staff.GetStringAsync(progressUrl);
        Assert.Contains($"<a href=\"{progressUrl}\" aria-current=\"page\">ความคืบหน้า</a>", progress, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{definitionUrl}\">รายละเอียดมาตรการ</a>", progress, StringComparison.Ordinal);
        Assert.All(steps, s => Assert.Contains($"href=\"/staff/{org.Slug}/measures/step/{Id(s)}\"", progress, StringComparison.Ordinal));
        Assert.Contains("ทำเครื่องหมายว่าเสร็จแล้ว", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", progress, StringComparison.Ordinal);
        var definition = await staff.GetStringAsync(definitionUrl);
        Assert.Contains($"<a href=\"{definitionUrl}\" aria-current=\"page\">รายละเอียดมาตรการ</a>", definition, StringComparison.Ordinal);
        Assert.Contains("name=\"Steps[0].Text\"", definition, StringComparison.Ordinal);

        var done = await staff.PostFormAsync(progressUrl, $"{progressUrl}/Done?stepId={Id(steps[0])}&done=true", []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.True(await CountAsync(app, org, db => db.MeasureSteps.Where(s => s.Id == steps[0]).Select(s => s.IsDone).FirstAsync()));
        Assert.Contains("ยังไม่มีหลักฐาน", await staff.GetStringAsync(progressUrl), StringComparison.Ordinal);
        // Marking a step of another department's measure is refused.
        var financeStep = await CountAsync(app, org, db => db.MeasureSteps.Where(s => s.MeasureId == finance).Select(s => s.Id).FirstAsync());
        var financeProgress = $"/staff/{org.Slug}/measures/2567/measure/{finance}/progress";
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostFormAsync(progressUrl, $"{financeProgress}/Done?stepId={Id(financeStep)}&done=true", [])).StatusCode);

        // The missing-evidence list names the done step, linked to it.
        var missing = await staff.GetStringAsync($"/staff/{org.Slug}/measures/2567/missing-evidence");
        Assert.Contains($"href=\"/staff/{org.Slug}/measures/step/{Id(steps[0])}#record\"", missing, StringComparison.Ordinal);

        // Record, then correct through the form that starts from the entry.
        var stepUrl = $"/staff/{org.Slug}/measures/step/{Id(steps[1])}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(stepUrl, stepUrl + "/Progress",
            [new("Date", "10/01/2567"), new("Text", "ประชุมชี้แจงผิดวัน"), new("Link", "https://bangkha.go.th/meeting")])).StatusCode);
        var entry = await CountAsync(app, org, db => db.ProgressEntries.SingleAsync());
        var correctUrl = $"/staff/{org.Slug}/measures/entry/{Id(entry.Id)}/correct";
        Assert.Contains(correctUrl, await staff.GetStringAsync(stepUrl), StringComparison.Ordinal);
        var form = await staff.GetStringAsync(correctUrl);
        Assert.Contains("value=\"10/01/2567\"", form, StringComparison.Ordinal);
        Assert.Contains("ประชุมชี้แจงผิดวัน</textarea>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"date\"", form, StringComparison.Ordinal);

        // Someone else — even the OrgAdmin — reads why not and is refused on POST.
        var adminView = await admin.GetAsync(correctUrl);
        Assert.Equal(HttpStatusCode.OK, adminView.StatusCode);
        Assert.Contains("แก้ไขได้เฉพาะผู้บันทึกเอง", await adminView.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var byAdmin = await admin.PostFormAsync(stepUrl, correctUrl, [new("Date", "12/01/2567"), new("Text", "ผู้ดูแลเขียนทับ"), new("Evidence", "Keep")]);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);

        var corrected = await staff.PostFormAsync(correctUrl, correctUrl, [new("Date", "12/01/2567"), new("Text", "ประชุมชี้แจงเจ้าหน้าที่"), new("Evidence", "Keep")]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var entries = await CountAsync(app, org, db => db.ProgressEntries.Include(p => p.Evidence).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal(new DateOnly(2024, 1, 12), entries[1].Date);
        Assert.Equal(entry.Id, entries[1].CorrectionOfId);
        Assert.Single(entries[1].Evidence);
        Assert.DoesNotContain(entries, p => p.Text.Contains("เขียนทับ", StringComparison.Ordinal));

        // The history: the correction, and below it the original struck through with when and by whom.
        var history = await staff.GetStringAsync(stepUrl);
        var name = $"DepartmentStaff {org.Slug}";
        Assert.Contains("<del><strong>10 มกราคม 2567</strong>", history, StringComparison.Ordinal);
        Assert.Contains("ประชุมชี้แจงผิดวัน</del>", history, StringComparison.Ordinal);
        Assert.Matches($"แก้ไขเมื่อ [^<]+ โดย {name}", history);
        Assert.True(history.IndexOf("ประชุมชี้แจงเจ้าหน้าที่", StringComparison.Ordinal) < history.IndexOf("ประชุมชี้แจงผิดวัน", StringComparison.Ordinal),
            "the correction comes before the original it replaced");

        // Correcting the replaced entry again: a Thai 409.
        var again = await staff.PostFormAsync(stepUrl, correctUrl, [new("Date", "12/01/2567"), new("Text", "แก้ซ้ำ"), new("Evidence", "Keep")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ถูกแก้ไขไปแล้ว", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(app, org, db => db.ProgressEntries.CountAsync()));

        // The audit trail says it as a sentence.
        var audit = await admin.GetStringAsync($"/staff/{org.Slug}/audit");
        Assert.Contains($"{name} แก้ไขบันทึกความก้าวหน้า &#x27;ประชุมชี้แจงเจ้าหน้าที่&#x27;", audit, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Clearing_a_step_on_the_definition_form_is_refused_in_thai_and_the_step_stays(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var measure = await CountAsync(app, org, db => db.Measures.Include(m => m.Steps).OrderBy(m => m.SortOrder).FirstAsync());
        var steps = measure.Steps.OrderBy(s => s.SortOrder).ToList();
        var url = $"/staff/{org.Slug}/measures/2567/measure/{Id(measure.Id)}";
        var fields = new List<KeyValuePair<string, string>> { new("Number", "1"), new("Title", "มาตรการ"), new("AllDepartments", "true") };
        for (var i = 0; i < steps.Count; i++)
        {
            fields.Add(new($"Steps[{Id(i)}].Id", Id(steps[i].Id)));
            fields.Add(new($"Steps[{Id(i)}].Text", i == 0 ? "" : "ขั้นตอน " + Id(i)));
        }

        var response = await admin.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ขั้นตอนที่ 1 ไม่มีข้อความ", html, StringComparison.Ordinal);
        // Beside the emptied step, which names it.
        Assert.Matches("<span id=\"Steps_0__Text-error\" class=\"field-error\">ขั้นตอนที่ 1 ไม่มีข้อความ[^<]*</span>\\s*<textarea id=\"step-0\"[^>]*aria-invalid=\"true\" aria-describedby=\"Steps_0__Text-error\"", html);
        Assert.Contains($"href=\"{url}/step/{Id(steps[0].Id)}/delete\"", html, StringComparison.Ordinal); // the way to delete it, kept
        Assert.Equal(steps.Count, await CountAsync(app, org, db => db.MeasureSteps.CountAsync(s => s.MeasureId == measure.Id)));
        Assert.Equal(steps[0].Text, await CountAsync(app, org, db => db.MeasureSteps.Where(s => s.Id == steps[0].Id).Select(s => s.Text).FirstAsync()));
    }

    [Theory, Providers]
    public async Task Who_reads_a_measure_without_editing_it_is_not_offered_links_to_delete_its_steps(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        // The fifth measure belongs to กองคลัง, not to the clerk's สำนักปลัด.
        var finance = await CountAsync(app, org, db => db.Measures.OrderBy(m => m.SortOrder).Skip(4).Select(m => m.Id).FirstAsync());
        var url = $"/staff/{org.Slug}/measures/2567/measure/{Id(finance)}";

        var adminPage = await (await app.SignedInAsync(org[OrgRole.OrgAdmin])).GetStringAsync(url);
        Assert.Contains("ลบขั้นตอนนี้…", adminPage, StringComparison.Ordinal);

        foreach (var role in new[] { OrgRole.Auditor, OrgRole.ComplaintOfficer, OrgRole.DepartmentStaff })
        {
            var html = await (await app.SignedInAsync(org[role])).GetStringAsync(url);
            Assert.Contains("แก้ไขไม่ได้", html, StringComparison.Ordinal);
            Assert.DoesNotContain("ลบขั้นตอนนี้…", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/delete\"", html, StringComparison.Ordinal);
        }
    }
}
