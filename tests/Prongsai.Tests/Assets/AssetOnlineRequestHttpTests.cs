using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Assets;

/// <summary>The website's borrowing form through the real app, as a villager on a phone uses it and as a robot tries it.</summary>
public sealed partial class AssetPagesHttpTests
{
    [Theory, Providers]
    public async Task A_villager_asks_on_the_website_and_the_request_waits_in_the_back_office(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var assetId = await AddTentsAsync(keeper, org);
        var villager = app.Client();

        // The list leads to the form, with the article already chosen.
        var list = await Html(villager, $"/{org.Slug}/borrow");
        var form = $"/{org.Slug}/borrow/request";
        Assert.Contains($"href=\"{form}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{form}?article={assetId}\"", list, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{assetId}\" selected", await Html(villager, $"{form}?article={assetId}"));

        // Mistakes come back beside their fields, as typed, and nothing is saved.
        var wrong = await villager.PostFormAsync(form, form, VillagerFields(assetId, "31/2/2569", "โทรมาได้เลย"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("value=\"31/2/2569\"", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("เบอร์โทรศัพท์ไม่ถูกต้อง", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_OutsideContact-error\"", wrongHtml, StringComparison.Ordinal);
        Assert.Matches("<input id=\"OutsideContact\"[^>]*aria-describedby=\"OutsideContact-hint Form_OutsideContact-error\" aria-invalid=\"true\"", wrongHtml);

        // The dates typed as an iPhone's number pad types them: digits alone, as the hint's first example shows.
        var from = Today.AddDays(7);
        var digits = Be(from).Replace("/", "", StringComparison.Ordinal);
        Assert.Contains($"เช่น {digits} หรือ {Be(from)}", await Html(villager, form), StringComparison.Ordinal);
        var sent = await villager.PostFormAsync(form, form, VillagerFields(assetId, digits, "081 234 5678"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.True(sent.Headers.CacheControl?.NoStore);
        var receipt = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("ได้รับคำขอยืมแล้ว", receipt, StringComparison.Ordinal);
        Assert.Contains("0812345678", receipt, StringComparison.Ordinal);
        Assert.Contains(Tent, receipt, StringComparison.Ordinal);

        // Under the receipt no empty form invites sending it again: a link leads to a new one.
        Assert.DoesNotContain("<form method=\"post\"", receipt, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button secondary\" href=\"{form}\">", receipt, StringComparison.Ordinal);

        // The executive finds it waiting, from the website, with the number to call.
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var waiting = await Html(executive, $"/staff/{org.Slug}/assets/loans?filter=Waiting");
        Assert.Contains("นายสมหมาย ใจงาม", waiting, StringComparison.Ordinal);
        Assert.Contains("คำขอยืมรอพิจารณา", await Html(executive, $"/staff/{org.Slug}"), StringComparison.Ordinal);
        var loanId = await app.QueryAsync(db => db.Set<AssetLoan>().IgnoreQueryFilters().Where(l => l.OrganizationId == org.Id).Select(l => l.Id).SingleAsync());
        var loanPage = await Html(executive, $"/staff/{org.Slug}/assets/loans/{loanId}");
        Assert.Contains("<a href=\"tel:0812345678\">0812345678</a>", loanPage, StringComparison.Ordinal);
        Assert.Contains("ผู้ขอติดตามคำขอนี้ทางเว็บไซต์ด้วยรหัสติดตาม", loanPage, StringComparison.Ordinal);

        // A post without the form's token, or by a robot filling the hidden field, records nothing more.
        using var tokenless = new FormUrlEncodedContent(VillagerFields(assetId, Be(from), "0812345678"));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().PostAsync(form, tokenless)).StatusCode);
        var robot = await villager.PostFormAsync(form, form, [.. VillagerFields(assetId, Be(from), "0812345678"), new("Form.Website", "http://spam.example")]);
        Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<AssetLoan>().IgnoreQueryFilters().CountAsync(l => l.OrganizationId == org.Id)));
    }

    [Theory, Providers]
    public async Task The_receipts_code_opens_the_requests_status_where_the_villager_reads_the_decision_or_withdraws(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var assetId = await AddTentsAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), org);
        var villager = app.Client();
        var form = $"/{org.Slug}/borrow/request";

        var receipt = WebUtility.HtmlDecode(await (await villager.PostFormAsync(form, form, VillagerFields(assetId, Be(Today.AddDays(7)), "0812345678"))).Content.ReadAsStringAsync());
        var code = ReceiptHtml.TrackingCodeOf(receipt);
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        // It may wrap after each hyphen on a narrow phone, adding no character to what is copied.
        Assert.Contains($"id=\"tracking-code\">{code.Replace("-", "-<wbr>", StringComparison.Ordinal)}</span>", receipt, StringComparison.Ordinal);
        var status = $"/{org.Slug}/borrow/track/{code}";
        Assert.Contains($"href=\"{status}\"", receipt, StringComparison.Ordinal);

        // The one tracking page takes the code too, and sends it to the loan's status (303, then GET).
        var typed = await villager.PostFormAsync($"/{org.Slug}/track", $"/{org.Slug}/track", [new("code", code.ToLowerInvariant())]);
        Assert.Equal(HttpStatusCode.SeeOther, typed.StatusCode);
        Assert.Equal(status, typed.Headers.Location?.OriginalString);

        using (var page = await villager.GetAsync(status))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(page.Headers.CacheControl?.NoStore);
            Assert.Equal("noindex", page.Headers.GetValues("X-Robots-Tag").Single());
            var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
            Assert.Contains("id=\"loan-status\">รอพิจารณา<", html, StringComparison.Ordinal);
            Assert.Contains(Tent, html, StringComparison.Ordinal);
            Assert.Contains("ยืนยันยกเลิกคำขอยืม", html, StringComparison.Ordinal);
            Assert.DoesNotContain("0812345678", html, StringComparison.Ordinal); // the number is the keepers' to read, not the code holder's
            Assert.DoesNotContain("นายสมหมาย", html, StringComparison.Ordinal);
        }

        // Withdrawn from the page: it says so, the button is gone, and the executive no longer has it waiting.
        var withdrawn = WebUtility.HtmlDecode(await (await villager.PostFormAsync(status, status + "?handler=withdraw", [])).Content.ReadAsStringAsync());
        Assert.Contains("ยกเลิกคำขอแล้ว", withdrawn, StringComparison.Ordinal);
        Assert.Contains("id=\"loan-status\">ยกเลิกคำขอ<", withdrawn, StringComparison.Ordinal);
        Assert.DoesNotContain("ยืนยันยกเลิกคำขอยืม", withdrawn, StringComparison.Ordinal);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.DoesNotContain("คำขอยืมรอพิจารณา", await Html(executive, $"/staff/{org.Slug}"), StringComparison.Ordinal);

        // A second withdrawal is refused without a server error; a wrong code, or another office's path, finds nothing.
        // (The status page no longer has the form; a token from another page is as good.)
        Assert.Equal(HttpStatusCode.Conflict, (await villager.PostFormAsync($"/{org.Slug}/track", status + "?handler=withdraw", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await villager.GetAsync($"/{org.Slug}/borrow/track/AAAA-AAAA-AAAA-AAAA")).StatusCode);
        var other = await TestOrg.CreateAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await villager.GetAsync($"/{other.Slug}/borrow/track/{code}")).StatusCode);
    }

    [Fact]
    public async Task Guessing_loan_codes_counts_towards_the_tracking_limit_and_then_even_the_right_code_waits()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:TrackingFailures"] = "3" });
        var org = await TestOrg.CreateAsync(app);
        var assetId = await AddTentsAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), org);
        var villager = app.Client();
        var form = $"/{org.Slug}/borrow/request";
        var receipt = await (await villager.PostFormAsync(form, form, VillagerFields(assetId, Be(Today.AddDays(7)), "0812345678"))).Content.ReadAsStringAsync();
        var code = ReceiptHtml.TrackingCodeOf(receipt);

        var guesser = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync($"/{org.Slug}/borrow/track/{code}")).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await guesser.GetAsync($"/{org.Slug}/borrow/track/ZZZZ-ZZZZ-ZZZZ-ZZZ{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync($"/{org.Slug}/borrow/track/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync($"/{org.Slug}/track/{code}")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_quantity_is_read_with_Thai_digits_and_comes_back_as_typed_with_a_fitting_message(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var assetId = await AddTentsAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), org);
        var villager = app.Client();
        var form = $"/{org.Slug}/borrow/request";
        var from = Be(Today.AddDays(7));

        foreach (var (typed, message) in new[] { ("abc", "กรุณากรอกจำนวนที่จะยืมเป็นตัวเลข"), ("99999999999", "จำนวนที่จะยืมมากเกินไป"), ("๑๒๓", "ยืมได้ไม่เกินนั้น") })
        {
            var wrong = await villager.PostFormAsync(form, form, VillagerFields(assetId, from, "081 234 5678", typed));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var html = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.DoesNotContain("อย่างน้อย 1", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{typed}\"", html, StringComparison.Ordinal);
        }

        var sent = await villager.PostFormAsync(form, form, VillagerFields(assetId, from, "๐๘๑ ๒๓๔ ๕๖๗๘", "๒"));
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        Assert.Equal(2, await app.QueryAsync(db => db.Set<AssetLoan>().IgnoreQueryFilters().Where(l => l.OrganizationId == org.Id).Select(l => l.Quantity).SingleAsync()));
    }

    [Fact]
    public async Task The_borrowing_form_is_held_to_the_request_forms_limit_per_address()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:RequestFormsPerMinute"] = "2" });
        var org = await TestOrg.CreateAsync(app);
        var assetId = await AddTentsAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), org);
        var villager = app.Client();
        var form = $"/{org.Slug}/borrow/request";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await villager.PostFormAsync(form, form, VillagerFields(assetId, Be(Today.AddDays(7 + i)), "0812345678"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await app.QueryAsync(db => db.Set<AssetLoan>().IgnoreQueryFilters().CountAsync(l => l.OrganizationId == org.Id)));
    }

    private static KeyValuePair<string, string>[] VillagerFields(int assetId, string from, string phone, string quantity = "4") =>
    [
        new("Form.AssetId", assetId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Form.Quantity", quantity),
        new("Form.From", from), new("Form.Until", from), new("Form.Purpose", "งานบุญประจำปีของหมู่ 3"),
        new("Form.Place", "วัดบางคา"), new("Form.OutsideBorrower", "นายสมหมาย ใจงาม"), new("Form.OutsideContact", phone),
    ];
}
