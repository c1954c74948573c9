using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Procurement;

/// <summary>The สขร.1 import page through the real app: its kept preview shown again to the clerk who comes back, and its cancel.</summary>
public sealed class ProcurementImportHttpTests
{
    [Theory, Providers]
    public async Task Coming_back_shows_the_kept_preview_for_its_year_and_confirming_it_saves_what_it_showed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var browser = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = Import(org, 2568);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(browser, import, ProcurementCsv.Bytes(ProcurementCsv.Line("1"), ProcurementCsv.Line("2")))).StatusCode);

        // Back on the page of that year: the same preview with its confirmation and a notice; another year's page is empty.
        var again = await browser.PageAsync(import);
        Assert.Contains(PendingImportSteps.Resumed, again, StringComparison.Ordinal);
        Assert.Contains("ยืนยันนำเข้า 2 รายการ", again, StringComparison.Ordinal);
        var otherYear = await browser.PageAsync(Import(org, 2567));
        Assert.DoesNotContain(PendingImportSteps.Resumed, otherYear, StringComparison.Ordinal);
        Assert.DoesNotContain("ยืนยันนำเข้า", otherYear, StringComparison.Ordinal);
        Assert.Equal(1, app.KeptFiles("procurement", org.Id));

        // The auditor, who may read the page but not import, signs in on the same browser: no preview for them.
        await browser.SignInAsAsync(org[OrgRole.Auditor]);
        var auditorPage = await browser.PageAsync(import);
        Assert.DoesNotContain(PendingImportSteps.Resumed, auditorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ยืนยันนำเข้า", auditorPage, StringComparison.Ordinal);
        Assert.Equal(1, app.KeptFiles("procurement", org.Id));

        // The clerk again: the confirmation from the page shown again saves the two lines the preview showed.
        await browser.SignInAsAsync(org[OrgRole.OrgAdmin]);
        var confirmed = await browser.PostFormAsync(import, import + "?handler=Confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/procurement/2568", confirmed.Headers.Location?.OriginalString);
        Assert.Equal(["จัดซื้อวัสดุสำนักงาน 1", "จัดซื้อวัสดุสำนักงาน 2"], await TitlesAsync(app, org));
        Assert.Equal(0, app.KeptFiles("procurement", org.Id));
        Assert.DoesNotContain(PendingImportSteps.Resumed, await browser.PageAsync(import), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Cancel_deletes_the_kept_file_and_the_page_is_empty_again(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = Import(org, 2568);
        await UploadAsync(clerk, import, ProcurementCsv.Bytes(ProcurementCsv.Line("1")));

        await clerk.CancelAndSeeTheEmptyPageAsync(app, import, "procurement", org.Id, emptyForm: "ตรวจสอบก่อนนำเข้า", confirmButton: "ยืนยันนำเข้า");
        Assert.Equal((HttpStatusCode)422, (await clerk.PostFormAsync(import, import + "?handler=Confirm", [])).StatusCode);
        Assert.Empty(await TitlesAsync(app, org));
    }

    private static string Import(TestOrg org, int fiscalYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/staff/{org.Slug}/procurement/{fiscalYear}/import");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string import, byte[] content)
    {
        using var form = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync(import)), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "สขร1.csv");
        return await client.PostAsync(import + "?handler=Preview", form);
    }

    private static async Task<List<string>> TitlesAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<ProcurementRecord>().OrderBy(r => r.Ordinal).Select(r => r.Title).ToListAsync();
    }
}
