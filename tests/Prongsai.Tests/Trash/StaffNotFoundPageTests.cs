using System.Net;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Trash;

/// <summary>
/// A clerk saves a document a colleague has just moved to the trash: the 404 leads back to that organization's back
/// office and to its trash (for those who may open it), says the item may be there, and shows what was typed — not the
/// platform's home page.
/// </summary>
public sealed class StaffNotFoundPageTests
{
    [Theory, Providers]
    public async Task Saving_a_document_a_colleague_moved_to_the_trash_links_to_the_dashboard_and_the_trash(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศรับสมัครงาน");
        var clerk = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var editUrl = $"/staff/{org.Slug}/documents/edit/{document.Id}";
        var token = await clerk.AntiforgeryTokenAsync(editUrl);

        var colleague = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var deleteUrl = $"/staff/{org.Slug}/documents/{document.Id}/delete";
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostFormAsync(deleteUrl, deleteUrl, [])).StatusCode);

        using var saved = await clerk.PostAsync(editUrl + "?handler=Save", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Title", "ประกาศรับสมัครงาน ฉบับแก้ไขที่พิมพ์ไว้ยาว")]));
        var html = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, saved.StatusCode);
        Assert.Contains("ไม่พบหน้าที่ต้องการ", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"staff-home\" href=\"/staff/{org.Slug}\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"staff-trash\" href=\"/staff/{org.Slug}/trash\"", html, StringComparison.Ordinal);
        Assert.Contains("เพื่อนร่วมงานอาจย้ายรายการนี้ไปที่ถังขยะแล้ว", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"/\">", html, StringComparison.Ordinal);
        Assert.Contains("ประกาศรับสมัครงาน ฉบับแก้ไขที่พิมพ์ไว้ยาว", html, StringComparison.Ordinal);
        Assert.Contains("no-store", saved.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        // The same address found by someone who may not open this trash: signed out, or of another organization.
        var other = await TestOrg.CreateAsync(app);
        foreach (var stranger in new[] { app.Client(), await app.SignedInAsync(other[OrgRole.OrgAdmin]) })
        {
            using var missing = await stranger.GetAsync($"/staff/{org.Slug}/no-such-page");
            var page = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains($"id=\"staff-home\" href=\"/staff/{org.Slug}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("/trash", page, StringComparison.Ordinal);
            Assert.DoesNotContain("ถังขยะ", page, StringComparison.Ordinal);
        }

        // Elsewhere the home page is still the way back.
        var lost = WebUtility.HtmlDecode(await (await app.Client().GetAsync($"/{org.Slug}/no-such-page")).Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"/\">", lost, StringComparison.Ordinal);
        Assert.DoesNotContain("staff-home", lost, StringComparison.Ordinal);
    }
}
