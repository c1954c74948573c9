using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Storage;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Web.Pages.Staff.Org.Measures;

namespace Prongsai.Tests.Measures.Pages;

/// <summary>The import page proposes the fiscal year of today's date in Bangkok, whatever the server's zone.</summary>
public sealed class ImportPageFiscalYearTests
{
    [Theory]
    // 1 October 2026 03:00 in Bangkok is still 30 September 20:00 UTC: the fiscal year 2570 has begun.
    [InlineData("2026-09-30T20:00:00Z", 2570)]
    // 30 September 2026 23:59 in Bangkok: the last minute of fiscal year 2569.
    [InlineData("2026-09-30T16:59:00Z", 2569)]
    public async Task Proposes_the_fiscal_year_of_the_Bangkok_date(string utcNow, int expected)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await MeasuresTestHost.StartAsync(DbProvider.Sqlite, clock);
        await using var scope = host.Scope();
        var services = scope.ServiceProvider;
        var page = new ImportModel(services.GetRequiredService<ImportReport>(), services.GetRequiredService<IFileStore>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<Prongsai.Core.Measures.Reports.IReportDocuments>());

        await page.OnGetAsync();

        Assert.Equal(expected, page.FiscalYear);
    }
}
