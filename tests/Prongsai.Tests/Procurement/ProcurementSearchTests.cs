using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Procurement;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Procurement.ProcurementTestData;

namespace Prongsai.Tests.Procurement;

/// <summary>
/// Published procurement in both searches: found by what was bought, from whom and who else bid, only once the
/// month is published, and following corrections made after publication (the content stamp says when to look again).
/// </summary>
public sealed class ProcurementSearchTests
{
    private static readonly RecordInput Road = new(new YearMonth(2024, 10), "ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5", "450,000", "-",
        ProcurementMethod.Specific, null, "1. หจก.ทรัพย์ทวีการช่าง 440,000 บาท\n2. บริษัท รุ่งเรืองวิศวกรรม จำกัด 445,000 บาท",
        "หจก.ทรัพย์ทวีการช่าง 440,000 บาท", "ราคาต่ำสุด", "เลขที่ 5/2568 ลว. 20 ต.ค. 67", "ข้อบัญญัติ", ProcurementStatus.Completed, null, null, []);

    [Theory, Providers]
    public async Task Published_months_and_plans_are_found_by_what_was_bought_and_from_whom_and_follow_corrections(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 10, 15));
        var record = Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, null, Road)));
        await host.RunBackgroundJobsAsync();
        Assert.Empty(await host.SearchAsync("คอนกรีตเสริมเหล็ก")); // the month is still a draft

        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 10)])));
        Assert.Contains(host.OrganizationId, await WorkAsync(host));
        await host.RunBackgroundJobsAsync();
        Assert.DoesNotContain(host.OrganizationId, await WorkAsync(host));

        var hit = Assert.Single(await host.SearchAsync("คอนกรีตเสริมเหล็ก"));
        Assert.Equal((ProcurementSearchIndexer.Kind, $"/{host.Slug}/procurement/2568/2567-10"), (hit.Type, hit.Url));
        Assert.Equal("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567", hit.Title);
        Assert.Single(await host.SearchAsync("ทรัพย์ทวีการช่าง")); // the supplier
        Assert.Single(await host.SearchAsync("รุ่งเรืองวิศวกรรม")); // a bidder who was not selected
        var everywhere = await host.UseAsync<PlatformSearch, PlatformSearchResults>(s => s.QueryAsync("คอนกรีตเสริมเหล็ก"));
        Assert.Equal(host.Slug, Assert.Single(everywhere.Hits).OrganizationSlug);

        // Corrected after publication: the next run replaces the month's words.
        Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, record.Id,
            Road with { Title = "ก่อสร้างรางระบายน้ำ หมู่ที่ 5" })));
        await host.RunBackgroundJobsAsync();
        Assert.Empty(await host.SearchAsync("คอนกรีตเสริมเหล็ก"));
        Assert.Single(await host.SearchAsync("รางระบายน้ำ"));

        await PublishedPlanAsync(host);
        await host.RunBackgroundJobsAsync();
        var plan = Assert.Single(await host.SearchAsync("วัสดุสำนักงาน"));
        Assert.Equal(($"/{host.Slug}/procurement/2568#plan", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568"), (plan.Url, plan.Title));
        Assert.Equal(2, await host.QueryAsync(db => db.SearchEntries.CountAsync(e => e.ItemType == ProcurementSearchIndexer.Kind)));

        // Something else public changes (the stamp moves): the indexer looks again and writes nothing it already holds.
        var written = await UpdatedAtAsync(host);
        host.Clock.Now = host.Clock.Now.AddHours(1);
        await host.UseAsync<Prongsai.Core.Caching.ContentVersion, int>(async c => { await c.BumpAsync(host.OrganizationId); return 0; });
        Assert.Contains(host.OrganizationId, await WorkAsync(host));
        await host.RunBackgroundJobsAsync();
        Assert.DoesNotContain(host.OrganizationId, await WorkAsync(host));
        Assert.Equal(written, await UpdatedAtAsync(host));

        // The indexer's note of how far it got is bookkeeping, not a staff action: the audit trail does not list it.
        Assert.True(await host.QueryAsync(db => db.Set<SearchIndexState>().IgnoreQueryFilters().AnyAsync()));
        Assert.False(await host.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.Entity == nameof(SearchIndexState))));
    }

    private static Task<List<DateTimeOffset>> UpdatedAtAsync(MeasuresTestHost host) => host.QueryAsync(db =>
        db.SearchEntries.Where(e => e.ItemType == ProcurementSearchIndexer.Kind).OrderBy(e => e.Id).Select(e => e.UpdatedAt).ToListAsync());

    private static Task<List<int>> WorkAsync(MeasuresTestHost host) => host.RunAsync(sp =>
    {
        var indexer = sp.GetServices<IBackgroundJob>().OfType<ProcurementSearchIndexer>().Single();
        return indexer.OrganizationsWithWork(sp.GetRequiredService<ProngsaiDbContext>()).Distinct().ToListAsync();
    });

}
