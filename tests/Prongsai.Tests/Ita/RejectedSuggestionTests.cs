using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>
/// Rejecting a suggestion is one click, so it can be undone: the rejected suggestion is listed on its item and comes
/// back for a decision, to who may edit that item's evidence, with the change in the audit trail.
/// </summary>
public sealed class RejectedSuggestionTests
{
    private static Task<Result<ItaEvidence>> DecideAsync(MeasuresTestHost host, StaffActor actor, int evidenceId, bool confirm) =>
        host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.DecideAsync(actor, evidenceId, confirm));

    private static Task<Result<ItaEvidence>> UndoAsync(MeasuresTestHost host, StaffActor actor, int evidenceId) =>
        host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.UndoRejectAsync(actor, evidenceId));

    private static async Task<ChecklistRow> RowAsync(MeasuresTestHost host, string key) =>
        (await host.UseAsync<ChecklistReader, ChecklistView?>(r => r.GetAsync(2567)))!.Rows.Single(r => r.Item.Key == key);

    [Theory, Providers]
    public async Task A_rejected_suggestion_is_listed_and_brought_back_for_a_decision_by_its_department_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.SaveAboutPageAsync(host, "structure", "โครงสร้างองค์กร");
        await ItaTestData.OpenAsync(host, 2567);
        var office = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var other = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).Skip(1).FirstAsync());
        var structure = await ItaTestData.ItemAsync(host, 2567, "structure");
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(ItaTestData.System(host), structure.Id, office)));
        var suggestion = Assert.Single(structure.Evidence);
        var staff = MeasuresTestHost.DepartmentStaff(office);

        ItaTestData.Succeeded(await DecideAsync(host, staff, suggestion.Id, confirm: false));
        var row = await RowAsync(host, "structure");
        Assert.Empty(row.Suggested);
        var rejected = Assert.Single(row.Rejected);
        Assert.Equal((suggestion.Id, "เจ้าหน้าที่ทดสอบ"), (rejected.Id, rejected.DecidedBy));

        // Another department's clerk and the auditor may not bring it back; nothing changes.
        Assert.IsType<ForbiddenError>(Assert.Single((await UndoAsync(host, MeasuresTestHost.DepartmentStaff(other), suggestion.Id)).Errors));
        var auditor = new StaffActor("auditor", "ผู้ตรวจสอบ", null, new HashSet<OrgRole> { OrgRole.Auditor }, new HashSet<int>());
        Assert.IsType<ForbiddenError>(Assert.Single((await UndoAsync(host, auditor, suggestion.Id)).Errors));
        Assert.Single((await RowAsync(host, "structure")).Rejected);

        var back = await UndoAsync(host, staff, suggestion.Id);
        ItaTestData.Succeeded(back);
        row = await RowAsync(host, "structure");
        Assert.Empty(row.Rejected);
        var again = Assert.Single(row.Suggested);
        Assert.Equal((suggestion.Id, suggestion.Url, suggestion.Title), (again.Id, again.Url, again.Title));
        Assert.Null(again.DecidedBy);
        Assert.Null(again.DecidedAt);

        // Brought back once: a second undo is a conflict in Thai, and a refresh does not suggest it twice.
        var twice = Assert.IsType<ConflictError>(Assert.Single((await UndoAsync(host, staff, suggestion.Id)).Errors));
        Assert.Contains("ปฏิเสธ", twice.Message, StringComparison.Ordinal);
        var refresh = await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.SuggestAsync(ItaTestData.System(host), 2567));
        Assert.Equal(0, refresh.Value!.Suggested);
        Assert.Single((await RowAsync(host, "structure")).Suggested);

        // It can now be confirmed as any suggestion; the reject and the undo are both in the audit trail.
        ItaTestData.Succeeded(await DecideAsync(host, staff, suggestion.Id, confirm: true));
        Assert.Single((await RowAsync(host, "structure")).Confirmed);
        var states = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(ItaEvidence) && a.EntityId == suggestion.Id.ToString(CultureInfo.InvariantCulture) && a.Action == "update")
            .OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync());
        Assert.Equal(3, states.Count);
        Assert.Contains("Rejected", states[0], StringComparison.Ordinal);
        Assert.Contains("Suggested", states[1], StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_item_page_lists_a_rejected_suggestion_with_a_button_that_brings_it_back(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/ita";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, index + "?handler=Open", [new("catalog", "2567/lao")])).StatusCode);
        var item = await app.QueryAsync(db => db.Set<ItaChecklistItem>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(i => i.OrganizationId == org.Id && i.ItemKey == "structure"));
        // A suggestion as a refresh makes it (the organization has published nothing yet).
        var suggestion = new ItaEvidence
        {
            ChecklistItemId = item.Id, Kind = ItaEvidenceKind.AboutPage, State = ItaEvidenceState.Suggested, Title = "โครงสร้างองค์กร",
            Url = $"/{org.Slug}/about/structure", SourceKey = "pages", SourceItemId = "structure", CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "ระบบ",
        };
        await app.UseAsync<Prongsai.Core.Data.ProngsaiDbContext, int>(db =>
        {
            db.Add(suggestion);
            return db.SaveChangesAsync();
        }, org.Id);
        var itemUrl = $"/staff/{org.Slug}/ita/2567/items/{item.Id}";
        var id = suggestion.Id.ToString(CultureInfo.InvariantCulture);

        var rejected = await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Decide", [new("evidenceId", id), new("confirm", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(itemUrl));
        Assert.Contains("ข้อเสนอที่ปฏิเสธแล้ว", page, StringComparison.Ordinal);
        Assert.Contains("นำกลับมาพิจารณาได้จากรายการ", page, StringComparison.Ordinal);
        Assert.Contains("?handler=UndoReject", page, StringComparison.Ordinal);
        Assert.Contains("นำกลับมาพิจารณา", page, StringComparison.Ordinal);

        var undone = await admin.PostFormAsync(itemUrl, itemUrl + "?handler=UndoReject", [new("evidenceId", id)]);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(ItaEvidenceState.Suggested, await app.QueryAsync(db => db.Set<ItaEvidence>().IgnoreQueryFilters().Where(e => e.Id == suggestion.Id).Select(e => e.State).SingleAsync()));
        page = WebUtility.HtmlDecode(await admin.GetStringAsync(itemUrl));
        Assert.Contains("นำข้อเสนอกลับมาพิจารณาแล้ว", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ข้อเสนอที่ปฏิเสธแล้ว", page, StringComparison.Ordinal);

        // The auditor reads the page but may not bring anything back.
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Decide", [new("evidenceId", id), new("confirm", "false")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(itemUrl, itemUrl + "?handler=UndoReject", [new("evidenceId", id)])).StatusCode);
    }
}
