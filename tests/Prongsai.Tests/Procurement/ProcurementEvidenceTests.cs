using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Procurement;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Ita;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Procurement.ProcurementTestData;

namespace Prongsai.Tests.Procurement;

/// <summary>The ITA checklist suggests the published plan (O21), months (O23) and last year's annual report (O24) by itself.</summary>
public sealed class ProcurementEvidenceTests
{
    [Theory, Providers]
    public async Task The_checklist_suggests_the_published_procurement_pages(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 10, 20));
        await PublishedPlanAsync(host, 2567);
        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2567, [new YearMonth(2023, 10), new YearMonth(2023, 11)])));
        Ok(await host.UseAsync<PublishProcurementReports, Result<ProcurementReportPublication>>(p => p.PublishAnnualAsync(Executive, 2566)));
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(Admin, 2566, null)));

        await ItaTestData.OpenAsync(host, 2567);

        var plan = await ItaTestData.ItemAsync(host, 2567, "procurement-plan");
        Assert.Contains(plan.Evidence, e => e.Url == $"/{host.Slug}/procurement/2567/#plan" && e.State == ItaEvidenceState.Suggested);
        var monthly = await ItaTestData.ItemAsync(host, 2567, "procurement-monthly-summary");
        var months = monthly.Evidence.Where(e => e.Kind == ItaEvidenceKind.Document).OrderBy(e => e.Url).ToList();
        Assert.Equal([$"/{host.Slug}/procurement/2567/2566-10", $"/{host.Slug}/procurement/2567/2566-11"], months.Select(e => e.Url));
        Assert.Contains("ตุลาคม 2566", months[0].Title);
        var annual = await ItaTestData.ItemAsync(host, 2567, "procurement-annual-report");
        Assert.Contains(annual.Evidence, e => e.Url == $"/{host.Slug}/procurement/2566/#annual");
    }
}
