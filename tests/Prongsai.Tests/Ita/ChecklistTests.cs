using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>The checklist: suggestions through the catalog mapping, confirmation, readiness, approval, department scope, reminders.</summary>
public sealed class ChecklistTests
{
    [Theory, Providers]
    public async Task Suggestions_follow_the_catalog_mapping_and_never_count_as_ready(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var manual = await ItaTestData.PublishAsync(host, "service-manuals", 2567, "คู่มือการให้บริการประชาชน");
        await ItaTestData.PublishAsync(host, "service-manuals", 2565, "คู่มือปีเก่า");
        await ItaTestData.SaveAboutPageAsync(host, "structure", "โครงสร้างองค์กร");

        var run = await ItaTestData.OpenAsync(host, 2567);

        Assert.Equal(43, run.ItemsAdded);
        // The manual, its category page of the year, the structure page, and the year's complaint statistics (a year
        // without complaints is still a report).
        Assert.Equal(4, run.Suggested);
        var service = await ItaTestData.ItemAsync(host, 2567, "service-manual");
        Assert.All(service.Evidence, e => Assert.Equal(ItaEvidenceState.Suggested, e.State));
        Assert.Equal($"/{host.Slug}/documents/{manual}", service.Evidence.Single(e => e.Kind == ItaEvidenceKind.Document).Url);
        Assert.Equal($"/{host.Slug}/documents?category=service-manuals&year=2567", service.Evidence.Single(e => e.Kind == ItaEvidenceKind.CategoryPage).Url);
        var structure = await ItaTestData.ItemAsync(host, 2567, "structure");
        Assert.Equal($"/{host.Slug}/about/structure", Assert.Single(structure.Evidence).Url);

        var view = await host.UseAsync<ChecklistReader, ChecklistView?>(r => r.GetAsync(2567));
        Assert.Equal(0, view!.Overall.Done);
        var ready = await host.UseAsync<EditEvidence, Result<ItaChecklistItem>>(e => e.SetStatusAsync(ItaTestData.System(host), service.Id, ItaItemStatus.Ready, null));
        Assert.Equal("Status", Assert.IsType<ValidationError>(Assert.Single(ready.Errors)).Field);

        // A second refresh suggests nothing twice, and a rejected suggestion never comes back.
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.DecideAsync(ItaTestData.System(host), Assert.Single(structure.Evidence).Id, confirm: false)));
        var again = await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.SuggestAsync(ItaTestData.System(host), 2567));
        Assert.Equal(0, again.Value!.Suggested);
    }

    [Theory, Providers]
    public async Task Confirmed_evidence_makes_an_item_ready_then_approved_and_readiness_counts_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.PublishAsync(host, "service-manuals", 2567, "คู่มือการให้บริการประชาชน");
        await ItaTestData.OpenAsync(host, 2567);
        var admin = ItaTestData.System(host);
        var service = await ItaTestData.ItemAsync(host, 2567, "service-manual");

        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.DecideAsync(admin, service.Evidence.Single(x => x.Kind == ItaEvidenceKind.Document).Id, confirm: true)));
        Assert.Equal(ItaItemStatus.InProgress, (await ItaTestData.ItemAsync(host, 2567, "service-manual")).Status);
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaChecklistItem>>(e => e.SetStatusAsync(admin, service.Id, ItaItemStatus.Ready, "ดูหัวข้อคู่มือการให้บริการ")));
        var approved = await host.UseAsync<ApproveItems, Result<ItaChecklistItem>>(a => a.ApproveAsync(MeasuresTestHost.Executive, service.Id));
        ItaTestData.Succeeded(approved);
        Assert.Equal("ผู้บริหารทดสอบ", approved.Value!.ApprovedBy);
        Assert.NotNull(approved.Value.ApprovedAt);

        var view = await host.UseAsync<ChecklistReader, ChecklistView?>(r => r.GetAsync(2567));
        Assert.Equal(1, view!.Overall.Done);
        Assert.Equal(43, view.Overall.Total);
        Assert.Equal(2, view.Overall.Percent);
        var sub = Assert.Single(view.BySubIndicator, s => s.Code == "9.2");
        Assert.Equal((1, 8), (sub.Done, sub.Total));
        Assert.Equal(42, view.Missing.Count());

        // Every change is in the audit trail.
        Assert.True(await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(ItaChecklistItem) && a.Action == "update")) >= 2);
    }

    [Theory, Providers]
    public async Task Department_roles_edit_only_their_departments_items(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.OpenAsync(host, 2568);
        var office = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var other = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).Skip(1).FirstAsync());
        var mine = await ItaTestData.ItemAsync(host, 2568, "structure");
        var theirs = await ItaTestData.ItemAsync(host, 2568, "contact");
        var unassigned = await ItaTestData.ItemAsync(host, 2568, "news");
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(ItaTestData.System(host), mine.Id, office)));
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(ItaTestData.System(host), theirs.Id, other)));
        var staff = MeasuresTestHost.DepartmentStaff(office);
        var link = new ExternalEvidenceInput("https://example.go.th/a", "หลักฐาน");

        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(staff, mine.Id, link)));
        Assert.IsType<ForbiddenError>(Assert.Single((await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(staff, theirs.Id, link))).Errors));
        Assert.IsType<ForbiddenError>(Assert.Single((await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(staff, unassigned.Id, link))).Errors));
        Assert.IsType<ForbiddenError>(Assert.Single((await host.UseAsync<ApproveItems, Result<ItaChecklistItem>>(a => a.ApproveAsync(staff, mine.Id))).Errors));
        var assign = await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(staff, theirs.Id, office));
        Assert.IsType<ForbiddenError>(Assert.Single(assign.Errors));

        var bad = await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(staff, mine.Id, new ExternalEvidenceInput("javascript:alert(1)", null)));
        Assert.Equal("Url", Assert.IsType<ValidationError>(Assert.Single(bad.Errors)).Field);
        Assert.Equal(1, await host.QueryAsync(db => db.Set<ItaEvidence>().CountAsync()));
    }

    [Theory, Providers]
    public async Task The_reminder_job_notifies_each_responsible_departments_members_once_a_week(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.OpenAsync(host, 2567);
        var office = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var created = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(ItaTestData.System(host),
            new CreateStaffRequest(host.OrganizationId, "clerk@ita.test", "เจ้าหน้าที่ธุรการ", [OrgRole.DepartmentStaff], [office])));
        ItaTestData.Succeeded(created);
        var item = await ItaTestData.ItemAsync(host, 2567, "structure");
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(ItaTestData.System(host), item.Id, office)));
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklist>>(m => m.SetDueDateAsync(ItaTestData.System(host), 2567, new DateOnly(2024, 4, 30))));

        Assert.Contains(host.OrganizationId, await host.QueryAsync(db => host.UseAsync<ItaRemindersJob, List<int>>(j => j.OrganizationsWithWork(db).ToListAsync())));
        await host.UseAsync<ItaRemindersJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        await host.UseAsync<ItaRemindersJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });

        var notes = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == created.Value!.User.Id).ToListAsync());
        var note = Assert.Single(notes);
        Assert.Contains("O1", note.Text, StringComparison.Ordinal);

        var card = await host.RunAsync(sp => sp.GetServices<IDashboardCard>().OfType<ItaCard>().Single().BuildAsync(ItaTestData.System(host), CancellationToken.None));
        Assert.Contains("0 จาก 43", card!.Text!.Thai, StringComparison.Ordinal);
        Assert.Contains("0 of 43 items ready", card.Text.English, StringComparison.Ordinal);
    }
}
