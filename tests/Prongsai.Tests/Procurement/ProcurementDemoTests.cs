using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Documents.Procurement;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Procurement;

/// <summary>
/// The demo organization's sample procurement is what an office that keeps up to date has published by today: last
/// year whole (twelve months, one empty, the amendment and the annual report), this year's plan and the months that
/// have ended, and nothing dated after today.
/// </summary>
public sealed class ProcurementDemoTests
{
    [Theory, Providers]
    public async Task The_demo_has_last_years_twelve_months_and_nothing_dated_after_today(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        var client = app.Client();
        var today = BangkokTime.Today(TimeProvider.System);
        var thisYear = FiscalYear.ForDate(today);
        var lastYear = new FiscalYear(thisYear.BeYear - 1);
        var lastYearText = lastYear.BeYear.ToString(CultureInfo.InvariantCulture);

        var page = await client.GetStringAsync($"/bangkha/procurement/{lastYearText}");
        Assert.Contains("แก้ไขครั้งที่ 1", page, StringComparison.Ordinal);
        Assert.Contains("ตัวอย่าง", page, StringComparison.Ordinal);
        Assert.Contains($">{ThaiDate.FormatMonthYear(lastYear.FirstMonth)}<", page, StringComparison.Ordinal);
        Assert.Contains(">เฉพาะเจาะจง<", page, StringComparison.Ordinal);

        // The English page names the months and methods in English (the plan's own words stay as typed).
        var english = await client.GetStringAsync($"/bangkha/procurement/{lastYearText}?lang=en-GB");
        Assert.Contains($">{lastYear.FirstMonth.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}<", english, StringComparison.Ordinal);
        Assert.Contains(">Specific (direct)<", english, StringComparison.Ordinal);
        Assert.DoesNotContain(">เฉพาะเจาะจง<", english, StringComparison.Ordinal);
        Assert.DoesNotContain($">{ThaiDate.FormatMonthYear(lastYear.FirstMonth)}<", english, StringComparison.Ordinal);
        var empty = 0;
        for (var i = 0; i < 12; i++)
        {
            var month = ProcurementTexts.MonthSlug(lastYear.FirstMonth.AddMonths(i));
            var response = await client.GetAsync($"/bangkha/procurement/{lastYearText}/{month}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("ยังไม่ได้เผยแพร่", html, StringComparison.Ordinal);
            if (html.Contains(MonthlySummary.NoProcurement, StringComparison.Ordinal))
            {
                empty++;
            }
            else
            {
                Assert.Contains("(ตัวอย่าง)", html, StringComparison.Ordinal);
            }
        }

        Assert.Equal(1, empty);

        var publications = await app.QueryAsync(db => db.Set<ProcurementReportPublication>().IgnoreQueryFilters().ToListAsync());
        Assert.Single(publications, p => p.FiscalYear == lastYear.BeYear && p.Kind == ProcurementReportKind.Annual);
        Assert.DoesNotContain(publications, p => p.FiscalYear == thisYear.BeYear && p.Kind == ProcurementReportKind.Annual);
        var thisYearsMonths = publications.Where(p => p.FiscalYear == thisYear.BeYear).Select(p => new YearMonth(p.Month!.Value.Year, p.Month.Value.Month)).ToList();
        var ended = Enumerable.Range(0, 12).Select(thisYear.FirstMonth.AddMonths).Where(m => m.LastDay < today).ToList();
        Assert.Equal(ended, thisYearsMonths.Order());

        var contracts = await app.QueryAsync(db => db.Set<ProcurementRecord>().IgnoreQueryFilters().Select(r => r.ContractDate).ToListAsync());
        Assert.NotEmpty(contracts);
        Assert.All(contracts, d => Assert.True(d < today, $"a sample contract is dated {d}"));
        var revisions = await app.QueryAsync(db => db.Set<ProcurementPlanRevision>().IgnoreQueryFilters().Select(r => r.PublishedOn).ToListAsync());
        Assert.All(revisions, d => Assert.True(d <= today, $"a plan revision is dated {d}"));
        Assert.Equal(2, await app.QueryAsync(db => db.Set<ProcurementPlan>().IgnoreQueryFilters().CountAsync()));
    }
}
