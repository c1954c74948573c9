using System.Net;
using System.Text.Json;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Ita.Http;

/// <summary>The demo organization comes with FY2567 and FY2568 checklists filled from its own content.</summary>
public sealed class ItaDemoTests
{
    [Theory, Providers]
    public async Task The_demo_home_page_reaches_filled_checklists_of_2567_and_2568(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        var client = app.Client();

        Assert.Contains("href=\"/bangkha/ita\"", await client.GetStringAsync("/bangkha"), StringComparison.Ordinal);
        var latest = await client.GetAsync("/bangkha/ita");
        Assert.Equal(HttpStatusCode.Redirect, latest.StatusCode);
        Assert.Equal("/bangkha/ita/2568", latest.Headers.Location?.OriginalString);

        foreach (var (year, total) in new[] { (2567, 43), (2568, 26) })
        {
            var page = await client.GetStringAsync($"/bangkha/ita/{year}");
            Assert.Contains("ยังไม่มีข้อมูล", page, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/orgs/bangkha/ita/{year}"));
            Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
            var answered = json.RootElement.GetProperty("answered").GetInt32();
            Assert.InRange(answered, 1, total - 1); // partly filled
        }

        // Pages of the features, suggested through the catalogs' feature mappings and confirmed: the Q&A page and the
        // complaint statistics in the classic list, the gift report (FY2568 has no gift to report: a nil report) in 2568.
        Assert.Equal(["/bangkha/qa"], await LinksAsync(client, 2567, "qna"));
        Assert.Equal(["/bangkha/complaints/statistics/2567"], await LinksAsync(client, 2567, "corruption-complaint-statistics"));
        Assert.Equal(["/bangkha/gifts/2568"], await LinksAsync(client, 2568, "gift-report"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/bangkha/gifts/2568")).StatusCode);

        // The request forms in use, and the borrowing form of the articles the demo lists, stand for E-Service in both
        // lists; the new document categories are in the library.
        Assert.Equal(["/bangkha/borrow/request", "/bangkha/complaints", "/bangkha/qa"], (await LinksAsync(client, 2567, "e-service")).Order(StringComparer.Ordinal));
        Assert.Equal(["/bangkha/borrow/request", "/bangkha/complaints", "/bangkha/qa"], (await LinksAsync(client, 2568, "e-service")).Order(StringComparer.Ordinal));
        var documents = await client.GetStringAsync("/bangkha/documents");
        Assert.Contains("value=\"code-of-ethics\"", documents, StringComparison.Ordinal);
        Assert.Contains("value=\"executive-integrity\"", documents, StringComparison.Ordinal);
    }

    /// <summary>The paths an item of the public checklist links to (its links are absolute).</summary>
    private static async Task<List<string>> LinksAsync(HttpClient client, int year, string key)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/orgs/bangkha/ita/{year}"));
        var item = json.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("subIndicators").EnumerateArray())
            .SelectMany(s => s.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("key").GetString() == key);
        return item.GetProperty("links").EnumerateArray().Select(l => new Uri(l.GetProperty("url").GetString()!).AbsolutePath).ToList();
    }
}
