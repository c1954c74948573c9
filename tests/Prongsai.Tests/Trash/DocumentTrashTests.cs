using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;
using Prongsai.Core.Storage;
using Prongsai.Core.Trash;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Publishing;
using Prongsai.Tests.Storage;

namespace Prongsai.Tests.Trash;

/// <summary>
/// A deleted document goes to the trash with its versions and attachments: off the public site, search and lists at
/// once, withdrawn in the ledger (which still verifies); restored with its id, public again if it was; purged with
/// its files after 30 days.
/// </summary>
public sealed class DocumentTrashTests
{
    private const string Word = "ลูกรัง";

    private static async Task<Document> SaveAsync(MeasuresTestHost host, string title, int? departmentId, params (string Name, byte[] Bytes)[] files)
    {
        var category = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, host.OrganizationId);
            return await db.DocumentCategories.Where(c => c.Slug == "procurement-announcements").Select(c => c.Id).SingleAsync();
        });
        var saved = await host.UseAsync<SaveDocument, Result<Document>>(s => s.RunAsync(null,
            new DocumentInput(title, "สรุป " + title, "<p>องค์การบริหารส่วนตำบลได้ดำเนินโครงการซ่อมแซมถนนลูกรังสายบ้านหนองบัวแล้วเสร็จ</p>", category, departmentId, 2568),
            files.Select(f => new UploadedFile(f.Name, new MemoryStream(f.Bytes))).ToList(), [], MeasuresTestHost.Admin));
        Assert.True(saved.Succeeded, saved.Errors.FirstOrDefault()?.Message);
        return saved.Value!;
    }

    private static Task<int> HitsAsync(MeasuresTestHost host) =>
        host.UseAsync<SearchIndex, int>(async s => (await s.QueryAsync(host.OrganizationId, new SearchQuery(Word))).Total);

    private static Task<LedgerReport> VerifyAsync(MeasuresTestHost host) =>
        host.UseAsync<LedgerVerifier, LedgerReport>(v => v.VerifyAsync(host.OrganizationId));

    private static Task<bool> StoredAsync(MeasuresTestHost host, string key) =>
        host.UseAsync<IFileStore, bool>(async s =>
        {
            await using var stream = await s.OpenReadAsync(key);
            return stream is not null;
        });

    [Theory, Providers]
    public async Task A_deleted_published_document_leaves_search_and_comes_back_with_its_versions_and_attachments(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var document = await SaveAsync(host, "ประกาศผลการจัดซื้อจัดจ้าง", null,
            ("ประกาศ.pdf", PublishingFixture.MinimalPdf), ("ตาราง.xls", CompoundFiles.Xls()));
        Assert.True((await host.UseAsync<PublishDocument, Result<Document>>(p => p.PublishNowAsync(document.Id, MeasuresTestHost.Admin))).Succeeded);
        var before = await host.QueryAsync(db => db.Documents.AsNoTracking().Include(d => d.Attachments).SingleAsync(d => d.Id == document.Id));
        var versions = await host.QueryAsync(db => db.DocumentVersions.Where(v => v.DocumentId == document.Id).OrderBy(v => v.Number).Select(v => v.Id).ToListAsync());
        Assert.Equal(["pdf", "xls"], before.Attachments.OrderBy(a => a.SortOrder).Select(a => a.Kind));
        Assert.Equal(2, versions.Count);
        Assert.Equal(1, await HitsAsync(host));

        var deleted = await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(MeasuresTestHost.Admin, document.Id));
        Assert.True(deleted.Succeeded, deleted.Errors.FirstOrDefault()?.Message);
        Assert.False(await host.QueryAsync(db => db.Documents.AnyAsync(d => d.Id == document.Id)));
        Assert.Equal(0, await host.QueryAsync(db => db.DocumentVersions.CountAsync(v => v.DocumentId == document.Id)));
        Assert.Equal(0, await host.QueryAsync(db => db.Attachments.CountAsync(a => a.DocumentId == document.Id)));
        Assert.Equal(0, await HitsAsync(host));
        foreach (var attachment in before.Attachments)
        {
            Assert.True(await StoredAsync(host, attachment.FileKey), "the file stays in the store while in the trash");
        }

        // The ledger says it was withdrawn, and still verifies: a deleted document is not tampering.
        var withdrawal = await host.QueryAsync(db => db.LedgerEntries.Include(e => e.Files).OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal((LedgerActions.Unpublish, document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (withdrawal.Action, withdrawal.ItemId));
        Assert.Equal(before.Attachments.Select(a => a.Sha256).Order(), withdrawal.Files.Select(f => f.Sha256).Order());
        var verified = await VerifyAsync(host);
        Assert.True(verified.Ok, verified.FirstBad?.Message);
        Assert.Contains(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Document) && a.Action == AuditActions.Delete).Select(a => a.EntityId).ToListAsync()),
            id => id == document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var item = Assert.Single((await host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(MeasuresTestHost.Admin))).Value!);
        Assert.Equal(DocumentTrash.Key, item.Kind);
        Assert.Contains("ประกาศผลการจัดซื้อจัดจ้าง", item.Title, StringComparison.Ordinal);
        Assert.True(item.CanRestore);

        var restored = await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(MeasuresTestHost.Admin, item.Id));
        Assert.True(restored.Succeeded, restored.Errors.FirstOrDefault()?.Message);
        Assert.Equal($"documents/edit/{document.Id}", restored.Value!.Place);
        var back = await host.QueryAsync(db => db.Documents.AsNoTracking().Include(d => d.Attachments).SingleAsync(d => d.Id == document.Id));
        Assert.Equal(DocumentStatus.Published, back.Status);
        Assert.Equal((before.Title, before.BodyHtml, before.PublishedAt), (back.Title, back.BodyHtml, back.PublishedAt));
        Assert.Equal(before.Attachments.OrderBy(a => a.Id).Select(a => (a.Id, a.FileKey, a.Sha256, a.Kind)), back.Attachments.OrderBy(a => a.Id).Select(a => (a.Id, a.FileKey, a.Sha256, a.Kind)));
        Assert.Equal(versions, await host.QueryAsync(db => db.DocumentVersions.Where(v => v.DocumentId == document.Id).OrderBy(v => v.Number).Select(v => v.Id).ToListAsync()));
        Assert.Equal(1, await HitsAsync(host));
        Assert.Equal(LedgerActions.Publish, (await host.QueryAsync(db => db.LedgerEntries.OrderByDescending(e => e.Sequence).FirstAsync())).Action);
        verified = await VerifyAsync(host);
        Assert.True(verified.Ok, verified.FirstBad?.Message);
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        var audit = await host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == TrashBin.RestoreAction));
        Assert.Equal(nameof(Document), audit.Entity);

        // Saving again works on the restored rows (their ids did not clash with new ones).
        var edited = await host.UseAsync<SaveDocument, Result<Document>>(s => s.RunAsync(document.Id,
            new DocumentInput("ประกาศผลการจัดซื้อจัดจ้าง (แก้ไข)", back.Summary, back.BodyHtml, back.CategoryId, back.DepartmentId, back.FiscalYear),
            [new UploadedFile("เพิ่ม.pdf", new MemoryStream(PublishingFixture.MinimalPdf))], [], MeasuresTestHost.Admin));
        Assert.True(edited.Succeeded, edited.Errors.FirstOrDefault()?.Message);
        Assert.True((await VerifyAsync(host)).Ok);
    }

    [Theory, Providers]
    public async Task A_deleted_draft_leaves_no_ledger_entry_and_comes_back_a_draft(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var document = await SaveAsync(host, "ร่างประกาศ", null);
        Assert.True((await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(MeasuresTestHost.Admin, document.Id))).Succeeded);
        Assert.Equal(0, await host.QueryAsync(db => db.LedgerEntries.CountAsync()));

        var item = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync());
        Assert.True((await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(MeasuresTestHost.Admin, item.Id))).Succeeded);
        Assert.Equal(DocumentStatus.Draft, (await host.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == document.Id))).Status);
        Assert.Equal(0, await host.QueryAsync(db => db.LedgerEntries.CountAsync()));
        Assert.Equal(0, await HitsAsync(host));
    }

    [Theory, Providers]
    public async Task Department_staff_delete_and_restore_only_their_own_departments_documents(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var other = await host.QueryAsync(db => db.Departments.Where(d => d.Id != office).Select(d => d.Id).FirstAsync());
        var clerk = MeasuresTestHost.DepartmentStaff(office);
        var theirs = await SaveAsync(host, "ของกองอื่น", other);
        var own = await SaveAsync(host, "ของสำนักปลัด", office);

        var refused = await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(clerk, theirs.Id));
        Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));
        Assert.True(await host.QueryAsync(db => db.Documents.AnyAsync(d => d.Id == theirs.Id)));
        var auditor = new StaffActor("auditor", "ผู้ตรวจสอบ", null, new HashSet<OrgRole> { OrgRole.Auditor }, new HashSet<int>());
        Assert.IsType<ForbiddenError>(Assert.Single((await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(auditor, own.Id))).Errors));
        Assert.IsType<NotFoundError>(Assert.Single((await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(clerk, 987_654))).Errors));

        Assert.True((await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(clerk, own.Id))).Succeeded);
        Assert.True((await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(MeasuresTestHost.Admin, theirs.Id))).Succeeded);

        // The clerk may restore their own department's document only, and is not shown the other department's title;
        // the auditor sees both, restoring neither.
        var listed = (await host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(clerk))).Value!;
        Assert.True(Assert.Single(listed).CanRestore);
        Assert.Contains("ของสำนักปลัด", listed[0].Title, StringComparison.Ordinal);
        var overseen = (await host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(auditor))).Value!;
        Assert.Equal(2, overseen.Count);
        Assert.All(overseen, e => Assert.False(e.CanRestore));
        var theirsItem = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync(t => t.ItemId == theirs.Id));
        Assert.IsType<ForbiddenError>(Assert.Single((await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(clerk, theirsItem.Id))).Errors));
        var ownItem = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync(t => t.ItemId == own.Id));
        Assert.True((await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(clerk, ownItem.Id))).Succeeded);
    }

    [Theory, Providers]
    public async Task The_purge_removes_a_deleted_documents_files_after_30_days_but_keeps_a_file_another_row_uses(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var document = await SaveAsync(host, "คู่มือเก่า", null, ("คู่มือ.doc", CompoundFiles.Doc()), ("แผน.pdf", PublishingFixture.MinimalPdf));
        var keeper = await SaveAsync(host, "เอกสารที่ใช้ไฟล์เดียวกัน", null, ("สำเนา.pdf", PublishingFixture.MinimalPdf));
        var keys = await host.QueryAsync(db => db.Attachments.Where(a => a.DocumentId == document.Id).OrderBy(a => a.SortOrder).Select(a => a.FileKey).ToListAsync());
        var shared = keys[1];
        // Another document's attachment pointing at the same stored file (as a copy between documents would).
        await host.QueryAsync(db => db.Attachments.Where(a => a.DocumentId == keeper.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.FileKey, shared)));

        Assert.True((await host.UseAsync<DeleteDocument, Result<Document>>(d => d.RunAsync(MeasuresTestHost.Admin, document.Id))).Succeeded);
        var deletedAt = host.Clock.Now;

        host.Clock.Now = deletedAt.AddDays(29);
        Assert.Empty(await host.UseAsync<PurgeTrashJob, List<int>>(async j => await host.QueryAsync(db => j.OrganizationsWithWork(db).ToListAsync())));
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.True(await StoredAsync(host, keys[0]) && await StoredAsync(host, keys[1]));
        Assert.Single(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));

        host.Clock.Now = deletedAt.AddDays(31);
        Assert.Contains(host.OrganizationId, await host.UseAsync<PurgeTrashJob, List<int>>(async j => await host.QueryAsync(db => j.OrganizationsWithWork(db).ToListAsync())));
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        Assert.False(await StoredAsync(host, keys[0]), "the deleted document's own file is purged");
        Assert.True(await StoredAsync(host, shared), "a file another attachment uses is kept");
    }
}
