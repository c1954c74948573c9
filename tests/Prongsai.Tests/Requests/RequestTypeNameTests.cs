using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Requests;

/// <summary>
/// A request type has an English name (the default types come with one): every page that names the type says it in the
/// page's language — the citizen's receipt and status page, the public statistics, the staff queue, the request and the
/// settings, and the service statistics that count requests received online. The API gives both names.
/// </summary>
public sealed partial class RequestTypeNameTests
{
    private const string Thai = "ร้องเรียน/ร้องทุกข์";
    private const string English = "Complaint or grievance";

    [Theory, Providers]
    public async Task Pages_name_a_request_type_in_the_language_of_the_page(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var filed = await citizen.PostFormAsync($"/{org.Slug}/complaints?lang=en-GB", $"/{org.Slug}/complaints?lang=en-GB",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", "ท่อระบายน้ำอุดตัน"), new("Form.Details", "น้ำท่วมขังหน้าบ้าน"),
            new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        var receipt = WebUtility.HtmlDecode(await filed.Content.ReadAsStringAsync());
        Assert.True(filed.StatusCode == HttpStatusCode.OK, receipt);
        Assert.Contains($"<dd>{English}</dd>", receipt, StringComparison.Ordinal);
        var code = ReceiptHtml.TrackingCodeOf(receipt);

        Assert.Contains($"<dd>{English}</dd>", Decoded(await citizen.GetStringAsync($"/{org.Slug}/track/{code}?lang=en-GB")), StringComparison.Ordinal);
        Assert.Contains($"<dd>{Thai}</dd>", Decoded(await citizen.GetStringAsync($"/{org.Slug}/track/{code}?lang=th-TH")), StringComparison.Ordinal);
        var statistics = Decoded(await citizen.GetStringAsync($"/{org.Slug}/complaints/statistics?lang=en-GB"));
        Assert.Contains(English, statistics, StringComparison.Ordinal);
        Assert.DoesNotContain(Thai, statistics, StringComparison.Ordinal);

        // The office's service statistics count the requests it received online, under the type's name.
        var fiscalYear = Prongsai.Core.Calendar.FiscalYear.ForDate(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7))).BeYear;
        var services = Decoded(await citizen.GetStringAsync($"/{org.Slug}/service-statistics/{fiscalYear}?lang=en-GB"));
        Assert.Contains($"{English} <span class=\"muted\">(requests)</span>", services, StringComparison.Ordinal);
        Assert.DoesNotContain(Thai, services, StringComparison.Ordinal);
        Assert.Contains($"{Thai} <span class=\"muted\">(เรื่อง)</span>",
            Decoded(await citizen.GetStringAsync($"/{org.Slug}/service-statistics/{fiscalYear}?lang=th-TH")), StringComparison.Ordinal);

        int id;
        await using (var scope = app.Scope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<TrackedRequest>().IgnoreQueryFilters()
                .Where(r => r.OrganizationId == org.Id && r.Subject == "ท่อระบายน้ำอุดตัน").Select(r => r.Id).SingleAsync();
        }

        var staff = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        foreach (var page in new[] { $"/staff/{org.Slug}/requests", $"/staff/{org.Slug}/requests/{id}", $"/staff/{org.Slug}/requests/settings" })
        {
            var english = Decoded(await staff.GetStringAsync(page + "?lang=en-GB"));
            Assert.Contains(English, english, StringComparison.Ordinal);
            Assert.DoesNotContain(Thai, english, StringComparison.Ordinal);
            Assert.Contains(Thai, Decoded(await staff.GetStringAsync(page + "?lang=th-TH")), StringComparison.Ordinal);
        }

        // The API names the type both ways, whatever language the member reads.
        foreach (var api in new[] { $"/api/v1/orgs/{org.Slug}/requests", $"/api/v1/orgs/{org.Slug}/requests/{id}" })
        {
            var json = JsonNode.Parse(await staff.GetStringAsync(api))!;
            var request = json is JsonArray rows ? rows.Single(r => (int)r!["id"]! == id)! : json;
            Assert.Equal((Thai, English), ((string)request["type"]!, (string)request["typeEnglish"]!));
        }
    }

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

}
