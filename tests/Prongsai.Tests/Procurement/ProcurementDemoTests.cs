using System.Globalization;
using System.Net;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Documents.Procurement;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Procurement;

/// <summary>The demo organization has a year of sample procurement: twelve published months, one of them empty.</summary>
public sealed class ProcurementDemoTests
{
    [Theory, Providers]
    public async Task The_demo_has_twelve_published_months_one_empty_marked_as_samples(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        var client = app.Client();
        var year = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System));
        var yearText = year.BeYear.ToString(CultureInfo.InvariantCulture);

        var page = await client.GetStringAsync($"/bangkha/procurement/{yearText}");
        Assert.Contains("แก้ไขครั้งที่ 1", page);
        Assert.Contains("ตัวอย่าง", page);
        var empty = 0;
        for (var i = 0; i < 12; i++)
        {
            var month = ProcurementTexts.MonthSlug(year.FirstMonth.AddMonths(i));
            var response = await client.GetAsync($"/bangkha/procurement/{yearText}/{month}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("ยังไม่ได้เผยแพร่", html);
            if (html.Contains(MonthlySummary.NoProcurement, StringComparison.Ordinal))
            {
                empty++;
            }
            else
            {
                Assert.Contains("(ตัวอย่าง)", html);
            }
        }

        Assert.Equal(1, empty);
    }
}
