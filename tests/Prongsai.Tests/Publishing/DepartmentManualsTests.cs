using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Ita;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// Which departments published a work manual or service guide for a fiscal year: the check of measures like Bang Kha's
/// first one ("every department, at least one manual a year"), on both databases and on the page.
/// </summary>
public sealed class DepartmentManualsTests
{
    private static async Task<int> ManualAsync(MeasuresTestHost host, string category, int? departmentId, int fiscalYear, string title, bool publish = true)
    {
        return await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, host.OrganizationId);
            var categoryId = await db.DocumentCategories.Where(c => c.Slug == category).Select(c => c.Id).SingleAsync();
            var saved = await sp.GetRequiredService<SaveDocument>().RunAsync(
                null, new DocumentInput(title, "สรุป", "ขั้นตอนและระยะเวลา", categoryId, departmentId, fiscalYear), [], [], ItaTestData.System(host));
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
            if (publish)
            {
                Assert.True((await sp.GetRequiredService<PublishDocument>().PublishNowAsync(saved.Value!.Id, ItaTestData.System(host))).Succeeded);
            }

            return saved.Value!.Id;
        });
    }

    [Theory, Providers]
    public async Task Each_department_shows_this_years_manual_an_older_one_to_review_or_none(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 3));
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var work = await ManualAsync(host, DefaultCategories.WorkManuals, office, 2570, "คู่มือการรับเรื่องร้องเรียน");
        var oldGuide = await ManualAsync(host, DefaultCategories.ServiceManuals, finance, 2568, "คู่มือการชำระภาษีที่ดิน");
        await ManualAsync(host, DefaultCategories.WorkManuals, finance, 2570, "ร่างคู่มือการเบิกจ่าย", publish: false);
        await ManualAsync(host, DefaultCategories.ServiceManuals, null, 2570, "คู่มือการขออนุญาตก่อสร้าง");
        await ManualAsync(host, DefaultCategories.ServiceManuals, office, 2571, "คู่มือของปีหน้า");
        await ManualAsync(host, "news", finance, 2570, "ข่าวไม่ใช่คู่มือ");

        var year = await host.UseAsync<DepartmentManuals, DepartmentManualsYear>(m => m.ReadAsync(2570));
        var byName = year.Departments.ToDictionary(d => d.Department);
        Assert.Equal((ManualState.ThisYear, work, 2570), (byName["สำนักปลัด"].Work.State, byName["สำนักปลัด"].Work.LatestId, byName["สำนักปลัด"].Work.LatestYear));
        Assert.Equal(ManualState.None, byName["สำนักปลัด"].Service.State); // next year's guide does not count for this one
        Assert.Equal((ManualState.Earlier, oldGuide, 2568), (byName["กองคลัง"].Service.State, byName["กองคลัง"].Service.LatestId, byName["กองคลัง"].Service.LatestYear));
        Assert.Equal(ManualState.None, byName["กองคลัง"].Work.State); // a draft is not published
        Assert.Equal((true, false), (byName["สำนักปลัด"].HasManualThisYear, byName["กองคลัง"].HasManualThisYear));
        Assert.Equal((1, 1), (year.WithManual, year.WithoutDepartment));

        Assert.Equal(ManualState.ThisYear, (await host.UseAsync<DepartmentManuals, DepartmentManualsYear>(m => m.ReadAsync(2571)))
            .Departments.Single(d => d.DepartmentId == office).Service.State);

        // The documents card counts the departments without a manual of this year: all of them for the office, one's own for a department.
        Task<DashboardCardView?> CardAsync(StaffActor actor) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<DocumentsCard>().Single().BuildAsync(actor, CancellationToken.None));
        var departments = await host.QueryAsync(db => db.Departments.CountAsync());
        var todo = Assert.Single((await CardAsync(ItaTestData.System(host)))!.ToDos, t => t.Path == "documents/manuals");
        Assert.Equal((departments - 1, "ส่วนราชการที่ยังไม่มีคู่มือของปีงบประมาณ 2570"), (todo.Count, todo.Thai));
        var officeHead = new StaffActor("head", "หัวหน้าสำนักปลัด", host.OrganizationId, new HashSet<OrgRole> { OrgRole.DepartmentHead }, new HashSet<int> { office });
        Assert.DoesNotContain((await CardAsync(officeHead))!.ToDos, t => t.Path == "documents/manuals");
        var financeHead = officeHead with { DepartmentIds = new HashSet<int> { finance } };
        Assert.Equal(1, Assert.Single((await CardAsync(financeHead))!.ToDos, t => t.Path == "documents/manuals").Count);

        // A retired department is no longer asked for a manual.
        Assert.True((await host.UseAsync<ManageDepartments, Prongsai.Core.Common.Result<DepartmentRemoval>>(m => m.DeleteAsync(MeasuresTestHost.Admin, finance))).Succeeded);
        Assert.DoesNotContain((await host.UseAsync<DepartmentManuals, DepartmentManualsYear>(m => m.ReadAsync(2570))).Departments, d => d.DepartmentId == finance);
    }

    [Theory, Providers]
    public async Task Every_member_reads_the_page_and_publishers_get_a_link_that_starts_the_missing_manual(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var page = $"/staff/{org.Slug}/documents/manuals";
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains($"มีคู่มือของปีนี้แล้ว 0 จาก {org.Departments.Count} ส่วนราชการ", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}\"", await admin.GetStringAsync($"/staff/{org.Slug}/documents"), StringComparison.Ordinal);

        var categoryId = await app.QueryAsync(db => db.DocumentCategories.IgnoreQueryFilters()
            .Where(c => c.OrganizationId == org.Id && c.Slug == DefaultCategories.WorkManuals).Select(c => c.Id).SingleAsync());
        var department = org.Departments[1];
        var add = $"/staff/{org.Slug}/documents/edit?category={categoryId}&department={department.Id}&year=";
        Assert.Contains(add, html, StringComparison.Ordinal);

        // The link opens the editor with the category, the department and the year chosen.
        var start = add.Replace("&year=", "&year=2570", StringComparison.Ordinal);
        var editor = await admin.GetStringAsync(start);
        Assert.Matches($"<option value=\"{categoryId}\" selected", editor);
        Assert.Matches($"<option value=\"{department.Id}\" selected", editor);
        Assert.Contains("value=\"2570\"", editor, StringComparison.Ordinal);
        var typedYear = await admin.GetStringAsync(add.Replace("&year=", "&year=99999", StringComparison.Ordinal));
        Assert.DoesNotContain("value=\"99999\"", typedYear, StringComparison.Ordinal); // ignored, as saving would refuse it

        // The Auditor reads it without the links; a year out of range is not a page.
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var read = WebUtility.HtmlDecode(await auditor.GetStringAsync(page));
        Assert.Contains("คู่มือของแต่ละส่วนราชการ", read, StringComparison.Ordinal);
        Assert.DoesNotContain("/documents/edit?", read, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(page + "?year=2400")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(page + "?year=9999")).StatusCode);
    }
}
