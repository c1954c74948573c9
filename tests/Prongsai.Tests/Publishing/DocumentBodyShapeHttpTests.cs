using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>A body typed as plain text keeps its shape on the public page, and the edit form previews it without saving.</summary>
public sealed class DocumentBodyShapeHttpTests
{
    private const string TypedBody = "ผู้สมัครต้องมีคุณสมบัติ ดังนี้\r\n- อายุ 18 ปีขึ้นไป\r\n- มีสัญชาติไทย\r\n\r\nขั้นตอน\r\n1. ยื่นใบสมัคร\r\n2. สอบสัมภาษณ์";

    [Theory, Providers]
    public async Task Plain_text_lines_become_paragraphs_and_lists_on_the_public_page_and_edit_back_unchanged(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var newUrl = $"/staff/{org.Slug}/documents/edit";

        var saved = await admin.PostFormAsync(newUrl, newUrl + "?handler=Save",
            [new("Input.Title", "ประกาศรับสมัครอาสาสมัคร"), new("Input.CategoryId", category.ToString(CultureInfo.InvariantCulture)), new("Input.Body", TypedBody)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Documents.Select(d => d.Id).SingleAsync());
        await PublishingFixture.PublishAsync(app, org, id);

        var page = await app.Client().GetStringAsync($"/{org.Slug}/documents/{id}");
        Assert.Contains("<p>ผู้สมัครต้องมีคุณสมบัติ ดังนี้</p><ul><li>อายุ 18 ปีขึ้นไป</li><li>มีสัญชาติไทย</li></ul><p>ขั้นตอน</p><ol><li>ยื่นใบสมัคร</li><li>สอบสัมภาษณ์</li></ol>",
            page, StringComparison.Ordinal);

        // The edit form shows the text as typed (not HTML), so saving again changes nothing.
        var edit = await admin.GetStringAsync($"{newUrl}/{id}");
        Assert.Contains("- อายุ 18 ปีขึ้นไป\n- มีสัญชาติไทย", WebUtility.HtmlDecode(edit).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Preview_shows_the_shaped_and_sanitized_body_and_saves_nothing(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var newUrl = $"/staff/{org.Slug}/documents/edit";

        var form = await admin.GetStringAsync(newUrl);
        Assert.Contains($"formaction=\"{newUrl}?handler=Preview\"", form, StringComparison.Ordinal);

        var preview = await admin.PostFormAsync(newUrl, newUrl + "?handler=Preview",
        [
            new("Input.Title", "ร่างประกาศ"), new("Input.CategoryId", category.ToString(CultureInfo.InvariantCulture)),
            new("Input.Body", TypedBody + "\r\n- <img src=x onerror=alert(1)>ลอง<script>alert(2)</script>"),
        ]);
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("ตัวอย่างก่อนบันทึก", html, StringComparison.Ordinal);
        Assert.Contains("<ul><li>อายุ 18 ปีขึ้นไป</li><li>มีสัญชาติไทย</li></ul>", html, StringComparison.Ordinal);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".preview-page .prose")!;
        Assert.Contains("<li>ลอง</li>", shown.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(shown.QuerySelectorAll("img, script"));
        Assert.DoesNotContain("onerror", shown.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(2)", shown.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("ร่างประกาศ", html, StringComparison.Ordinal); // the form keeps what was typed
        Assert.Equal(0, await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Documents.CountAsync()));
    }
}
