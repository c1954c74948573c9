using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Ita;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Trash;

/// <summary>
/// No one-click loss of ITA evidence: the remove link leads to a confirmation page, the removal goes to the trash,
/// and a restore puts the same evidence back on its item under the rules of adding evidence.
/// </summary>
public sealed class ItaEvidenceTrashTests
{
    private const string Address = "https://www.example.go.th/service-standards";
    private const string Title = "มาตรฐานการให้บริการของศูนย์บริการร่วม";

    [Theory, Providers]
    public async Task Removing_evidence_asks_first_and_the_trash_page_puts_it_back_on_its_item(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/ita";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, index + "?handler=Open", [new("catalog", "2567/lao")])).StatusCode);
        var itemId = await app.QueryAsync(db => db.Set<ItaChecklistItem>().IgnoreQueryFilters()
            .Where(i => i.OrganizationId == org.Id && i.ItemKey == "service-manual").Select(i => i.Id).SingleAsync());
        var itemUrl = $"/staff/{org.Slug}/ita/2567/items/{itemId}";
        // The item is กองคลัง's: the department roles of สำนักปลัด may not touch its evidence.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Assign",
            [new("departmentId", org.Departments[1].Id.ToString(CultureInfo.InvariantCulture))])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Link", [new("url", Address), new("title", Title)])).StatusCode);
        var evidence = await app.QueryAsync(db => db.Set<ItaEvidence>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.ChecklistItemId == itemId && e.Url == Address));
        var confirmUrl = $"{itemUrl}/evidence/{evidence.Id}/delete";
        Task<bool> Kept() => app.QueryAsync(db => db.Set<ItaEvidence>().IgnoreQueryFilters().AnyAsync(e => e.Id == evidence.Id));

        // The item page's remove is a link to the confirmation, not a one-click form post.
        var page = await admin.GetStringAsync(itemUrl);
        Assert.Contains($"href=\"{confirmUrl}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Remove", page, StringComparison.Ordinal);

        // GET names the evidence and its item and says what will happen, and changes nothing.
        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync(confirmUrl));
        Assert.Contains(Title, confirm, StringComparison.Ordinal);
        Assert.Contains(Address, confirm, StringComparison.Ordinal);
        Assert.Contains("ย้ายไปที่ถังขยะ", confirm, StringComparison.Ordinal);
        Assert.Contains("กู้คืนได้จากหน้า \"ถังขยะ\" ภายใน 30 วัน", confirm, StringComparison.Ordinal);
        Assert.True(await Kept());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/{org.Slug}/ita/2568/items/{itemId}/evidence/{evidence.Id}/delete")).StatusCode);

        // The Auditor and another department's clerk are refused, by page and by post.
        foreach (var role in new[] { OrgRole.Auditor, OrgRole.DepartmentStaff })
        {
            var other = await app.SignedInAsync(org[role]);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(confirmUrl)).StatusCode);
            var token = await other.AntiforgeryTokenAsync(itemUrl);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(confirmUrl, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);
        }

        Assert.True(await Kept());
        var removed = await admin.PostFormAsync(confirmUrl, confirmUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(itemUrl, removed.Headers.Location!.OriginalString);
        Assert.False(await Kept());
        Assert.DoesNotContain(Address, await admin.GetStringAsync(itemUrl), StringComparison.Ordinal);

        var trashUrl = $"/staff/{org.Slug}/trash";
        var trash = WebUtility.HtmlDecode(await admin.GetStringAsync(trashUrl));
        Assert.Matches("<th scope=\"row\">\\s*(<span class=\"muted\">หลักฐาน ITA</span><br>|หลักฐาน ITA)", trash);
        Assert.Contains(Title, trash, StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));
        Assert.Equal((ItaEvidenceTrash.Key, evidence.Id, itemId), (item.Kind, item.ItemId, item.ParentId));

        // A clerk of สำนักปลัด holds the permission but not for กองคลัง's item: no restore.
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        Assert.Contains("ไม่มีสิทธิ์กู้คืน", await clerk.GetStringAsync(trashUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", [])).StatusCode);
        Assert.False(await Kept());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", [])).StatusCode);
        var back = await app.QueryAsync(db => db.Set<ItaEvidence>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == evidence.Id));
        Assert.Equal((itemId, Title, Address, ItaEvidenceState.Confirmed, ItaEvidenceKind.ExternalUrl), (back.ChecklistItemId, back.Title, back.Url, back.State, back.Kind));
        Assert.Contains(Address, await admin.GetStringAsync(itemUrl), StringComparison.Ordinal);
        var audit = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.OrganizationId == org.Id && a.Action == TrashBin.RestoreAction));
        Assert.Equal((nameof(ItaEvidence), evidence.Id.ToString(CultureInfo.InvariantCulture)), (audit.Entity, audit.EntityId));
    }

    [Theory, Providers]
    public async Task A_restore_needs_approving_again_and_refuses_the_same_address_twice_or_an_item_gone(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.PublishAsync(host, "service-manuals", 2567, "คู่มือการให้บริการประชาชน");
        await ItaTestData.OpenAsync(host, 2567);
        var admin = ItaTestData.System(host);
        var service = await ItaTestData.ItemAsync(host, 2567, "service-manual");
        var link = await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(admin, service.Id, new ExternalEvidenceInput(Address, Title)));
        ItaTestData.Succeeded(link);
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.DecideAsync(admin, service.Evidence.Single(x => x.Kind == ItaEvidenceKind.Document).Id, confirm: true)));
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaChecklistItem>>(e => e.SetStatusAsync(admin, service.Id, ItaItemStatus.Ready, null)));
        async Task ApproveAsync() =>
            ItaTestData.Succeeded(await host.UseAsync<ApproveItems, Result<ItaChecklistItem>>(a => a.ApproveAsync(MeasuresTestHost.Executive, service.Id)));
        Task<ItaItemStatus> StatusAsync() => host.QueryAsync(db => db.Set<ItaChecklistItem>().Where(i => i.Id == service.Id).Select(i => i.Status).SingleAsync());
        await ApproveAsync();

        // Removing evidence of an approved item sends it back to ready, and so does putting it back.
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.RemoveAsync(admin, link.Value!.Id)));
        Assert.Equal(ItaItemStatus.Ready, await StatusAsync());
        var item = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync());
        Assert.Equal("ปีงบประมาณ 2567 ข้อ O14: " + Title, item.Title);
        await ApproveAsync();
        Task<Result<TrashEntry>> RestoreAsync() => host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(admin, item.Id));
        ItaTestData.Succeeded(await RestoreAsync());
        Assert.Equal(ItaItemStatus.Ready, await StatusAsync());
        Assert.True(await host.QueryAsync(db => db.Set<ItaEvidence>().AnyAsync(e => e.Id == link.Value!.Id && e.ChecklistItemId == service.Id)));

        // The same address added again meanwhile: a second copy would count twice, so the restore is refused.
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.RemoveAsync(admin, link.Value!.Id)));
        item = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync());
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(admin, service.Id, new ExternalEvidenceInput(Address, "ลิงก์เดียวกัน"))));
        var twice = Assert.IsType<ConflictError>(Assert.Single((await RestoreAsync()).Errors));
        Assert.Contains("ที่อยู่เดียวกัน", twice.Message, StringComparison.Ordinal);

        // Its item gone (as with its checklist): a conflict said in Thai, and nothing comes back.
        await host.QueryAsync(db => db.Set<ItaChecklistItem>().Where(i => i.Id == service.Id).ExecuteDeleteAsync());
        var gone = Assert.IsType<ConflictError>(Assert.Single((await RestoreAsync()).Errors));
        Assert.Contains("ไม่มีแล้ว", gone.Message, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.Set<ItaEvidence>().AnyAsync(e => e.Id == link.Value!.Id)));

        // The purge empties it after 30 days.
        host.Clock.Now = host.Clock.Now.AddDays(31);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
    }
}
