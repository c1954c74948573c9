using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Ita.Catalog.Json;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Ita.Http;

/// <summary>
/// The Operator is told, on the page they land on and on the ITA catalog page, that this release ships an improved
/// catalog; the confirmation page says what changes and its form (with antiforgery) takes it. Nobody else gets there.
/// </summary>
public sealed class ShippedCatalogHttpTests
{
    private const string CatalogsPage = "/staff/operator/ita-catalogs";
    private const string ConfirmPage = "/staff/operator/ita-catalogs/2568/lao/update";

    [Theory, Providers]
    public async Task The_operator_is_offered_the_improved_catalog_and_takes_it_after_confirming(DbProvider provider)
    {
        // Its own database: catalogs are shared by every organization, and the shared test app's must stay as shipped.
        using var app = new ProngsaiApp(provider);
        await using (var scope = app.Scope())
        {
            await ShippedCatalogUpdateTests.SaveAsync(scope.ServiceProvider, ShippedCatalogUpdateTests.ShippedBeforeFeatureMappings(), shipped: true);
        }

        var (operatorClient, operatorId) = await app.SignedInOperatorAsync();
        Assert.Contains("รายการ ITA ฉบับปรับปรุง 1 ปี", await operatorClient.GetStringAsync("/staff/operator/organizations"), StringComparison.Ordinal);
        var list = await operatorClient.GetStringAsync(CatalogsPage);
        Assert.Contains("ปีงบประมาณ 2568 (lao): มีรายการฉบับปรับปรุงมากับโปรแกรมรุ่นนี้", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ConfirmPage}\"", list, StringComparison.Ordinal);

        var confirm = await operatorClient.GetStringAsync(ConfirmPage);
        Assert.Contains("ระบบแนะนำหลักฐานให้ได้เพิ่มขึ้น", confirm, StringComparison.Ordinal);
        Assert.Contains("รับฉบับใหม่เป็นฉบับที่ 2", confirm, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionsAsync(app)); // asking saved nothing

        // A post without the form's antiforgery token is refused.
        using (var forged = await operatorClient.PostAsync(ConfirmPage, new FormUrlEncodedContent([new("FromRevision", "1")])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        // An organization's own admin is no platform Operator: neither the question nor the answer.
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(ConfirmPage)).StatusCode);
        var adminToken = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        using (var refused = await admin.PostAsync(ConfirmPage, new FormUrlEncodedContent(
                   [new("FromRevision", "1"), new("__RequestVerificationToken", adminToken)])))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(1, await RevisionsAsync(app));

        using var taken = await operatorClient.PostFormAsync(ConfirmPage, ConfirmPage, [new("FromRevision", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(CatalogsPage, taken.Headers.Location?.OriginalString);
        var after = await operatorClient.GetStringAsync(CatalogsPage);
        Assert.Contains("รับรายการที่มากับโปรแกรมแล้ว: ปีงบประมาณ 2568 (lao) ฉบับที่ 2", after, StringComparison.Ordinal);
        Assert.DoesNotContain("มีรายการฉบับปรับปรุงมากับโปรแกรมรุ่นนี้", after, StringComparison.Ordinal);

        var saved = await app.QueryAsync(db => db.Set<StoredCatalog>().SingleAsync(c => c.FiscalYear == 2568 && c.Revision == 2));
        Assert.True(saved.Shipped);
        Assert.Equal(CatalogJson.Write(Core.Ita.Catalog.ShippedCatalogs.Find(2568)! with { Revision = 2 }), saved.Json);
        var audit = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(
            a => a.Entity == nameof(StoredCatalog) && a.EntityId == saved.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal((AuditActions.Create, operatorId), (audit.Action, audit.UserId));

        // Nothing is left to take: the confirmation page goes back to the list, a second post is 404.
        Assert.Equal(HttpStatusCode.Redirect, (await operatorClient.GetAsync(ConfirmPage)).StatusCode);
        using var again = await operatorClient.PostFormAsync(CatalogsPage, ConfirmPage, [new("FromRevision", "2")]);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(2, await RevisionsAsync(app));
    }

    [Theory, Providers]
    public async Task Uploading_the_newest_revision_again_saves_nothing_and_says_so(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider);
        var (operatorClient, _) = await app.SignedInOperatorAsync();
        byte[] bytes;
        await using (var shipped = Core.Ita.Catalog.ShippedCatalogs.Open("lao-2568.json"))
        using (var copy = new MemoryStream())
        {
            await shipped.CopyToAsync(copy);
            bytes = copy.ToArray();
        }

        // The shipped file is revision 1 on first use; uploading the same file "to save" finds nothing new.
        var token = await operatorClient.AntiforgeryTokenAsync(CatalogsPage);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("lao"), "Variant" },
            { new StringContent("true"), "Save" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        form.Add(file, "Upload", "lao-2568.json");
        using var posted = await operatorClient.PostAsync(CatalogsPage, form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var page = WebUtility.HtmlDecode(await operatorClient.GetStringAsync(CatalogsPage));
        Assert.Contains("ไม่มีอะไรเปลี่ยน: ไฟล์นี้เหมือนฉบับที่ 1 ของปีงบประมาณ 2568 (lao)", page, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionsAsync(app));
    }

    private static Task<int> RevisionsAsync(ProngsaiApp app) =>
        app.QueryAsync(db => db.Set<StoredCatalog>().CountAsync(c => c.FiscalYear == 2568));

}
