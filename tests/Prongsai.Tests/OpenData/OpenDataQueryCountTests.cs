using System.Net;
using Prongsai.Core.Budget;
using Prongsai.Core.Procurement;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Performance;
using Xunit.Abstractions;

namespace Prongsai.Tests.OpenData;

/// <summary>
/// The catalog page, the organization's DCAT catalog and the OCDS package send a fixed, small number of SQL commands
/// however many years, records and bidders the organization has published (no query per dataset or per record).
/// </summary>
public sealed class OpenDataQueryCountTests(ITestOutputHelper output)
{
    private const int Budget = 12;

    [Theory, Providers]
    public async Task Open_data_reads_send_the_same_few_sql_commands_with_little_or_much_published(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Jobs:Enabled"] = "false",
            ["Prongsai:PageCache:StampSeconds"] = "3600",
        });
        var org = await OpenDataSeed.CreateAsync(app);
        await org.BudgetAsync(2568, BudgetReportKind.Plan);
        await org.PlanAsync(2568, ("จ้างเหมาซ่อมถนน", 100_000m, ProcurementMethod.Specific));
        await org.RecordAsync(2568, new DateOnly(2024, 10, 1), "จ้างเหมาซ่อมถนน", ProcurementMethod.Specific, null, ("หจก. ทางดี", 99_000m));
        await org.PublishMonthAsync(2568, new DateOnly(2024, 10, 1));
        string[] pages = [$"/{org.Slug}/data", $"/{org.Slug}/data/catalog.jsonld", $"/api/v1/orgs/{org.Slug}/ocds/2568"];

        using var counter = new SqlCommandCounter(app);
        var client = app.Client();
        var little = await CountAsync(client, counter, pages, "a");

        for (var month = 11; month <= 12; month++)
        {
            for (var i = 0; i < 4; i++)
            {
                await org.RecordAsync(2568, new DateOnly(2024, month, 1), $"ซื้อวัสดุ {month}-{i}", ProcurementMethod.Selection, null,
                    ("ร้านหนึ่ง", 10_000m), ("ร้านสอง", 11_000m), ("ร้านสาม", 12_000m));
            }

            await org.PublishMonthAsync(2568, new DateOnly(2024, month, 1));
        }

        foreach (var year in new[] { 2566, 2567 })
        {
            await org.BudgetAsync(year, BudgetReportKind.Plan, BudgetReportKind.Annual);
            await org.PlanAsync(year, ("ซื้อครุภัณฑ์", 50_000m, ProcurementMethod.EMarket), ("ก่อสร้างถนน", 500_000m, ProcurementMethod.EBidding));
            await org.MeasuresAsync(year);
            await org.ServiceFiguresAsync($"บริการ {year}", false, new DateOnly(year - 544, 10, 1), new DateOnly(year - 543, 1, 1), new DateOnly(year - 543, 9, 1));
        }

        var much = await CountAsync(client, counter, pages, "b");
        foreach (var page in pages)
        {
            output.WriteLine($"{much[page],3} SQL commands  {page}");
            Assert.True(little[page] == much[page], $"{page}: {little[page]} SQL commands with little published, {much[page]} with much more");
            Assert.InRange(much[page], 1, Budget);
        }
    }

    private static async Task<Dictionary<string, int>> CountAsync(HttpClient client, SqlCommandCounter counter, string[] pages, string round)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{page}?warm={round}")).StatusCode);
            var fewest = int.MaxValue;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                counter.Reset();
                var response = await client.GetAsync($"{page}?count={round}{attempt}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await response.Content.ReadAsByteArrayAsync();
                fewest = Math.Min(fewest, counter.Count);
            }

            counts[page] = fewest;
        }

        return counts;
    }
}
