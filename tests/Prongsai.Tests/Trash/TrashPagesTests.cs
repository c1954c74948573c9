using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Trash;

/// <summary>No one-click loss: the delete button leads to a confirmation page; the trash page restores.</summary>
public sealed class TrashPagesTests
{
    [Theory, Providers]
    public async Task Deleting_a_measure_asks_first_and_the_trash_page_restores_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var imported = await app.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(StaffActor.System("ผู้ทดสอบ", org.Id), new MemoryStream(SeedFixture.Bytes()), 2567)), org.Id);
        Assert.True(imported.Succeeded, imported.Errors.FirstOrDefault()?.Message);
        var measure = await app.QueryAsync(db => db.Measures.IgnoreQueryFilters().Where(m => m.OrganizationId == org.Id)
            .Include(m => m.Steps).OrderBy(m => m.SortOrder).FirstAsync());

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var plan = await admin.GetStringAsync($"/staff/{org.Slug}/measures/2567");
        var confirmUrl = $"/staff/{org.Slug}/measures/2567/measure/{measure.Id}/delete";
        Assert.Contains($"href=\"{confirmUrl}\"", plan, StringComparison.Ordinal);

        // GET names the measure and what will happen, and changes nothing.
        var confirm = await admin.GetAsync(confirmUrl);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var html = await confirm.Content.ReadAsStringAsync();
        Assert.Contains($"มาตรการที่ {measure.Number}", html, StringComparison.Ordinal);
        Assert.Contains($"ขั้นตอน {measure.Steps.Count} ขั้นตอน", html, StringComparison.Ordinal);
        Assert.Contains("ถังขยะ", html, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Measures.IgnoreQueryFilters().AnyAsync(m => m.Id == measure.Id)));

        // A DepartmentStaff member cannot even see the confirmation.
        var staff = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(confirmUrl)).StatusCode);

        var deleted = await admin.PostFormAsync(confirmUrl, confirmUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Measures.IgnoreQueryFilters().AnyAsync(m => m.Id == measure.Id)));

        var trashUrl = $"/staff/{org.Slug}/trash";
        var trashPage = await admin.GetStringAsync(trashUrl);
        Assert.Contains($"มาตรการ {measure.Number}", trashPage, StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));

        // The clerk sees the trash but may not restore a measure (only who may delete it).
        Assert.Contains("ไม่มีสิทธิ์กู้คืน", await staff.GetStringAsync(trashUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", [])).StatusCode);

        var restored = await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        // The trash page says where the measure is again, with a link that opens it.
        var measurePath = $"/staff/{org.Slug}/measures/2567/measure/{measure.Id}";
        Assert.Contains($"href=\"{measurePath}\"", await admin.GetStringAsync(trashUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(measurePath)).StatusCode);
        Assert.True(await app.QueryAsync(db => db.Measures.IgnoreQueryFilters().AnyAsync(m => m.Id == measure.Id)));
        Assert.Equal(measure.Steps.Count, await app.QueryAsync(db => db.MeasureSteps.IgnoreQueryFilters().CountAsync(s => s.MeasureId == measure.Id)));
    }
}

public sealed class StepDeletionPagesTests
{
    [Theory, Providers]
    public async Task Deleting_a_step_asks_first_and_sends_it_to_the_trash(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var imported = await app.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(StaffActor.System("ผู้ทดสอบ", org.Id), new MemoryStream(SeedFixture.Bytes()), 2567)), org.Id);
        Assert.True(imported.Succeeded);
        var measure = await app.QueryAsync(db => db.Measures.IgnoreQueryFilters().Where(m => m.OrganizationId == org.Id)
            .Include(m => m.Steps).OrderBy(m => m.SortOrder).FirstAsync());
        var step = measure.Steps.OrderBy(s => s.SortOrder).First();

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var measureUrl = $"/staff/{org.Slug}/measures/2567/measure/{measure.Id}";
        var confirmUrl = $"{measureUrl}/step/{step.Id}/delete";
        Assert.Contains($"href=\"{confirmUrl}\"", await admin.GetStringAsync(measureUrl), StringComparison.Ordinal);

        var confirm = await admin.GetStringAsync(confirmUrl);
        Assert.Contains($"ขั้นตอนที่ {step.SortOrder} ของมาตรการที่ {measure.Number}", confirm, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.MeasureSteps.IgnoreQueryFilters().AnyAsync(s => s.Id == step.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(confirmUrl, confirmUrl, [])).StatusCode);
        Assert.False(await app.QueryAsync(db => db.MeasureSteps.IgnoreQueryFilters().AnyAsync(s => s.Id == step.Id)));
        var item = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));
        Assert.Equal(Core.Measures.Editing.MeasureStepTrash.Key, item.Kind);
        Assert.Equal(step.Id, item.ItemId);
    }
}

public sealed class DepartmentDeletionPagesTests
{
    [Theory, Providers]
    public async Task Deleting_a_department_asks_first_and_the_question_changes_nothing(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var department = org.Departments[1];
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var list = await admin.GetStringAsync($"/staff/{org.Slug}/departments");
        var confirmUrl = $"/staff/{org.Slug}/departments/{department.Id}/delete";
        Assert.Contains($"href=\"{confirmUrl}\"", list, StringComparison.Ordinal);

        var confirm = await admin.GetStringAsync(confirmUrl);
        Assert.Contains(department.Name, confirm, StringComparison.Ordinal);
        Assert.Contains("ลบถาวร", confirm, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Departments.IgnoreQueryFilters().AnyAsync(d => d.Id == department.Id)));

        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync(confirmUrl)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(confirmUrl, confirmUrl, [])).StatusCode);
        Assert.False(await app.QueryAsync(db => db.Departments.IgnoreQueryFilters().AnyAsync(d => d.Id == department.Id)));
    }

    [Theory, Providers]
    public async Task A_department_that_records_name_is_retired_shown_apart_and_can_come_back(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var department = org.Departments[1];
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            db.Add(new Prongsai.Core.Satisfaction.SatisfactionResponse
            {
                DepartmentId = department.Id, Process = 5, Staff = 5, Facilities = 5, Quality = 5, ReceivedAt = DateTimeOffset.UtcNow, FiscalYear = 2570,
            });
            await db.SaveChangesAsync();
        }

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var confirmUrl = $"/staff/{org.Slug}/departments/{department.Id}/delete";
        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync(confirmUrl));
        Assert.Contains("ยืนยันการเลิกใช้ส่วนราชการ", confirm, StringComparison.Ordinal);
        Assert.Contains("มีข้อมูล 1 รายการที่ระบุส่วนราชการนี้", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("ลบถาวร", confirm, StringComparison.Ordinal);

        using (var retired = await admin.PostFormAsync(confirmUrl, confirmUrl, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        }

        // Listed apart, with a button to bring it back; gone from the public structure page and the survey form.
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync($"/staff/{org.Slug}/departments"));
        Assert.Contains("เลิกใช้ส่วนราชการแล้ว", list, StringComparison.Ordinal);
        var retiredSection = list[list.IndexOf("ส่วนราชการที่เลิกใช้", StringComparison.Ordinal)..];
        Assert.Contains(department.Name, retiredSection, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"rename-{department.Id}\"", list, StringComparison.Ordinal);
        var citizen = app.Client();
        Assert.DoesNotContain(department.Name, WebUtility.HtmlDecode(await citizen.GetStringAsync($"/{org.Slug}/satisfaction")), StringComparison.Ordinal);
        Assert.DoesNotContain(department.Name, WebUtility.HtmlDecode(await citizen.GetStringAsync($"/{org.Slug}/about/structure")), StringComparison.Ordinal);

        var listUrl = $"/staff/{org.Slug}/departments";
        using (var back = await admin.PostFormAsync(listUrl, $"{listUrl}?handler=Restore&id={department.Id}", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        Assert.Null(await app.QueryAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.Id == department.Id).Select(d => d.RetiredAt).SingleAsync()));
        Assert.Contains(department.Name, WebUtility.HtmlDecode(await citizen.GetStringAsync($"/{org.Slug}/satisfaction")), StringComparison.Ordinal);
    }
}
