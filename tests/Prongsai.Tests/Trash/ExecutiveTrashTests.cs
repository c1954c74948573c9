using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;
using Prongsai.Core.Trash;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Trash;

/// <summary>
/// No one-click loss of an executive: the delete button leads to a confirmation page, the delete goes to the trash
/// with the photo (kept in the file store), and a restore puts the same executive and photo back on the public page;
/// the purge deletes the photo after 30 days.
/// </summary>
public sealed class ExecutiveTrashTests
{
    private const string Name = "นายสมชาย ใจดีมาก";

    /// <summary>The smallest valid PNG: 1×1 pixel.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static ExecutiveInput Mayor => new(Name, "นายกองค์การบริหารส่วนตำบล", ExecutiveSide.Elected, "08-1234-5678", 1);

    private static ImageUpload Photo => new("รูป.png", new MemoryStream(Png));

    private static async Task<bool> StoredAsync(ProngsaiApp app, string key) =>
        await app.UseAsync<IFileStore, bool>(async store =>
        {
            await using var stream = await store.OpenReadAsync(key);
            return stream is not null;
        });

    [Theory, Providers]
    public async Task Deleting_an_executive_asks_first_and_the_trash_brings_it_back_with_its_photo(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var saved = await app.UseAsync<ManageExecutives, Result<Executive>>(m => m.SaveAsync(StaffActor.System(organizationId: org.Id), null, Mayor, Photo), org.Id);
        Assert.True(saved.Succeeded, saved.Errors.FirstOrDefault()?.Message);
        var executive = saved.Value!;
        var photoKey = executive.PhotoFileKey!;
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var citizen = app.Client();
        var aboutUrl = $"/{org.Slug}/about/executives";
        var photoUrl = $"/{org.Slug}/executives/{executive.Id}/photo";
        var confirmUrl = $"/staff/{org.Slug}/executives/{executive.Id}/delete";

        // The staff page's delete button is a link to the confirmation, not a one-click form post.
        var staffPage = await admin.GetStringAsync($"/staff/{org.Slug}/executives");
        Assert.Contains($"href=\"{confirmUrl}\"", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", staffPage, StringComparison.Ordinal);
        Assert.Contains(Name, await citizen.GetStringAsync(aboutUrl), StringComparison.Ordinal);

        // GET names the executive and what will happen, and changes nothing.
        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync(confirmUrl));
        Assert.Contains(Name, confirm, StringComparison.Ordinal);
        Assert.Contains("ย้ายไปที่ถังขยะ", confirm, StringComparison.Ordinal);
        Assert.Contains("กู้คืนได้จากหน้า \"ถังขยะ\" ภายใน 30 วัน", confirm, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Executives.IgnoreQueryFilters().AnyAsync(e => e.Id == executive.Id)));
        Assert.Empty(await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().Where(t => t.OrganizationId == org.Id).ToListAsync()));
        Assert.Contains(Name, await citizen.GetStringAsync(aboutUrl), StringComparison.Ordinal);

        // Who may not change the executives page is refused the confirmation, by page and by post.
        foreach (var role in new[] { OrgRole.Auditor, OrgRole.DepartmentStaff, OrgRole.Executive })
        {
            var other = await app.SignedInAsync(org[role]);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(confirmUrl)).StatusCode);
            var token = await other.AntiforgeryTokenAsync($"/staff/{org.Slug}/executives");
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(confirmUrl, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);
        }

        var deleted = await admin.PostFormAsync(confirmUrl, confirmUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/executives", deleted.Headers.Location!.OriginalString);
        Assert.False(await app.QueryAsync(db => db.Executives.IgnoreQueryFilters().AnyAsync(e => e.Id == executive.Id)));
        Assert.DoesNotContain(Name, await citizen.GetStringAsync(aboutUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(photoUrl)).StatusCode);
        Assert.True(await StoredAsync(app, photoKey), "the photo stays in the file store while the executive is in the trash");
        Assert.Contains(await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
                .Where(a => a.OrganizationId == org.Id && a.Entity == nameof(Executive) && a.Action == Prongsai.Core.Auditing.AuditActions.Delete).Select(a => a.EntityId).ToListAsync()),
            id => id == executive.Id.ToString(CultureInfo.InvariantCulture));

        var trashUrl = $"/staff/{org.Slug}/trash";
        var trash = WebUtility.HtmlDecode(await admin.GetStringAsync(trashUrl));
        Assert.Matches("<th scope=\"row\">\\s*(<span class=\"muted\">รายชื่อผู้บริหาร</span><br>|รายชื่อผู้บริหาร)", trash);
        Assert.Contains(Name, trash, StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));
        Assert.Equal((ExecutiveTrash.Key, executive.Id), (item.Kind, item.ItemId));

        // The Executive (ผู้บริหาร role) opens the trash but may not change the executives page: no restore.
        var mayor = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.Contains("ไม่มีสิทธิ์กู้คืน", await mayor.GetStringAsync(trashUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await mayor.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", [])).StatusCode);
        Assert.False(await app.QueryAsync(db => db.Executives.IgnoreQueryFilters().AnyAsync(e => e.Id == executive.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", [])).StatusCode);
        var back = await app.QueryAsync(db => db.Executives.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == executive.Id));
        Assert.Equal((executive.Name, executive.Title, executive.Side, executive.Phone, executive.SortOrder, photoKey),
            (back.Name, back.Title, back.Side, back.Phone, back.SortOrder, back.PhotoFileKey));
        Assert.Contains(Name, await citizen.GetStringAsync(aboutUrl), StringComparison.Ordinal);
        Assert.Equal(Png, await citizen.GetByteArrayAsync(photoUrl));
        var audit = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.OrganizationId == org.Id && a.Action == TrashBin.RestoreAction));
        Assert.Equal((nameof(Executive), executive.Id.ToString(CultureInfo.InvariantCulture)), (audit.Entity, audit.EntityId));
        // Named by the sign-in name, as the entries of the delete are, not by the display name anyone may share.
        Assert.Equal((org[OrgRole.OrgAdmin].Id, org[OrgRole.OrgAdmin].Email), (audit.UserId, audit.UserName));
        Assert.Empty(await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().Where(t => t.OrganizationId == org.Id).ToListAsync()));
    }

    [Theory, Providers]
    public async Task The_purge_deletes_a_deleted_executives_photo_after_30_days_not_before(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var actor = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        var executive = (await host.UseAsync<ManageExecutives, Result<Executive>>(m => m.SaveAsync(actor, null, Mayor, Photo))).Value!;
        var keeper = (await host.UseAsync<ManageExecutives, Result<Executive>>(m => m.SaveAsync(actor, null, Mayor with { Name = "นายอยู่ต่อ" }, Photo))).Value!;
        Assert.True((await host.UseAsync<DeleteExecutive, Result<Executive>>(d => d.RunAsync(actor, executive.Id))).Succeeded);
        var deletedAt = host.Clock.Now;

        Task<bool> Stored(string key) => host.UseAsync<IFileStore, bool>(async store =>
        {
            await using var stream = await store.OpenReadAsync(key);
            return stream is not null;
        });

        host.Clock.Now = deletedAt.AddDays(29);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Equal(ExecutiveTrash.Key, (await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync())).Kind);
        Assert.True(await Stored(executive.PhotoFileKey!));

        host.Clock.Now = deletedAt.AddDays(31);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        Assert.False(await Stored(executive.PhotoFileKey!), "the purged executive's photo is deleted");
        Assert.True(await Stored(keeper.PhotoFileKey!), "another executive's photo stays");
    }

    /// <summary>A second 1×1 PNG, told apart from <see cref="Png"/> by its colour.</summary>
    private static readonly byte[] OtherPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    [Theory, Providers]
    public async Task A_replaced_photo_or_emblem_waits_in_the_trash_and_comes_back_swapping_places_with_the_new_one(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var actor = StaffActor.System(organizationId: org.Id);
        var executive = (await app.UseAsync<ManageExecutives, Result<Executive>>(m => m.SaveAsync(actor, null, Mayor, Photo), org.Id)).Value!;
        var firstPhoto = executive.PhotoFileKey!;
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var citizen = app.Client();
        var photoUrl = $"/{org.Slug}/executives/{executive.Id}/photo";
        var trashUrl = $"/staff/{org.Slug}/trash";

        // A new photo saved over the first: the public page shows the new one, the old one waits in the trash, stored.
        var replaced = await app.UseAsync<ManageExecutives, Result<Executive>>(
            m => m.SaveAsync(actor, executive.Id, Mayor, new ImageUpload("ใหม่.png", new MemoryStream(OtherPng))), org.Id);
        Assert.True(replaced.Succeeded, replaced.Errors.FirstOrDefault()?.Message);
        Assert.Equal(OtherPng, await citizen.GetByteArrayAsync(photoUrl));
        Assert.True(await StoredAsync(app, firstPhoto), "the replaced photo stays in the file store");
        var item = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));
        Assert.Equal((ExecutivePhotoTrash.Key, executive.Id), (item.Kind, item.ParentId));
        var trash = WebUtility.HtmlDecode(await admin.GetStringAsync(trashUrl));
        Assert.Contains($"รูปถ่ายเดิมของ {Name}", trash, StringComparison.Ordinal);

        // The restore puts the first photo back and sends the second to the trash: nothing is lost either way.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", [])).StatusCode);
        Assert.Equal(Png, await citizen.GetByteArrayAsync(photoUrl));
        var swapped = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));
        Assert.Equal(ExecutivePhotoTrash.Key, swapped.Kind);
        Assert.Equal(replaced.Value!.PhotoFileKey, TrashPayload.Read<ReplacedImage>(swapped).FileKey);

        // An executive deleted meanwhile: the photo's restore says to restore the executive first, and changes nothing.
        Assert.True((await app.UseAsync<DeleteExecutive, Result<Executive>>(d => d.RunAsync(actor, executive.Id), org.Id)).Succeeded);
        var refused = await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={swapped.Id}", []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("กู้คืนรายชื่อผู้บริหารก่อน", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().CountAsync(t => t.OrganizationId == org.Id)));

        // The emblem: replaced through the page, restored from the trash.
        var page = $"/staff/{org.Slug}/executives";
        Assert.Equal(HttpStatusCode.Redirect, (await UploadEmblemAsync(admin, page, Png)).StatusCode);
        var firstEmblem = await app.QueryAsync(db => db.Organizations.Where(o => o.Id == org.Id).Select(o => o.LogoFileKey).SingleAsync());
        Assert.Contains("ตราสัญลักษณ์เดิมจะอยู่ในถังขยะ", WebUtility.HtmlDecode(await admin.GetStringAsync(page)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadEmblemAsync(admin, page, OtherPng)).StatusCode);
        var emblemItem = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id && t.Kind == EmblemTrash.Key));
        Assert.Equal(firstEmblem, TrashPayload.Read<ReplacedImage>(emblemItem).FileKey);
        Assert.True(await StoredAsync(app, firstEmblem!), "the replaced emblem stays in the file store");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={emblemItem.Id}", [])).StatusCode);
        Assert.Equal(firstEmblem, await app.QueryAsync(db => db.Organizations.Where(o => o.Id == org.Id).Select(o => o.LogoFileKey).SingleAsync()));
        Assert.Equal(Png, await citizen.GetByteArrayAsync($"/{org.Slug}/emblem"));
        Assert.Single(await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().Where(t => t.OrganizationId == org.Id && t.Kind == EmblemTrash.Key).ToListAsync()));
    }

    private static async Task<HttpResponseMessage> UploadEmblemAsync(HttpClient admin, string page, byte[] png)
    {
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { new StringContent(await admin.AntiforgeryTokenAsync(page)), "__RequestVerificationToken" }, { file, "emblem", "ตรา.png" } };
        return await admin.PostAsync(page + "?handler=Emblem", form);
    }
}
