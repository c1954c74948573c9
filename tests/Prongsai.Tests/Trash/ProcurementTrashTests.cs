using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Trash;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Procurement.ProcurementTestData;

namespace Prongsai.Tests.Trash;

/// <summary>A removed สขร.1 line or plan item goes to the trash: restorable by the finance departments with its ids and links, then purged.</summary>
public sealed class ProcurementTrashTests
{
    private static readonly RecordInput Road = new(new YearMonth(2024, 10), "ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5", "450,000", "-",
        ProcurementMethod.Specific, null, "1. หจก.ทรัพย์ทวีการช่าง 440,000 บาท\n2. บริษัท รุ่งเรืองวิศวกรรม จำกัด 445,000 บาท",
        "หจก.ทรัพย์ทวีการช่าง 440,000 บาท", "ราคาต่ำสุด", "เลขที่ 5/2568 ลว. 20 ต.ค. 67", "ข้อบัญญัติ", ProcurementStatus.Completed, null, null, []);

    private static Task<MeasuresTestHost> StartAsync(DbProvider provider) =>
        MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 10, 15));

    private static Task<Result<TrashEntry>> RestoreAsync(MeasuresTestHost host, StaffActor actor, int trashId) =>
        host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(actor, trashId));

    private static Task<long> StampAsync(MeasuresTestHost host) => host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));

    [Theory, Providers]
    public async Task A_removed_record_comes_back_with_its_ids_bidders_and_search_entry_for_the_finance_departments_only(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        var (finance, other) = await DepartmentsAsync(host);
        var record = Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, null, Road)));
        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 10)])));
        await host.RunBackgroundJobsAsync();
        Assert.Single(await host.SearchAsync("รุ่งเรืองวิศวกรรม"));
        var bids = await host.QueryAsync(db => db.Set<ProcurementBid>().Where(b => b.RecordId == record.Id).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync());
        Assert.Equal(2, bids.Count);

        var stamp = await StampAsync(host);
        Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.RemoveAsync(Admin, record.Id)));
        Assert.False(await host.QueryAsync(db => db.Set<ProcurementRecord>().AnyAsync(r => r.Id == record.Id)));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<ProcurementBid>().CountAsync()));
        await host.RunBackgroundJobsAsync();
        Assert.Empty(await host.SearchAsync("รุ่งเรืองวิศวกรรม"));

        var entry = Assert.Single(Ok(await host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(Role(OrgRole.DepartmentStaff, finance)))));
        Assert.Equal((ProcurementRecordTrash.Key, "รายการจัดซื้อจัดจ้าง (สขร.1)", true), (entry.Kind, entry.KindLabel, entry.CanRestore));
        Assert.Contains("ก่อสร้างถนนคอนกรีตเสริมเหล็ก", entry.Title, StringComparison.Ordinal);
        var outsider = Role(OrgRole.DepartmentStaff, other);
        Assert.False(Assert.Single(Ok(await host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(outsider)))).CanRestore);

        // Only who may edit finance data may restore it: not another department's clerk, not the auditor.
        Assert.IsType<ForbiddenError>(Assert.Single((await RestoreAsync(host, outsider, entry.Id)).Errors));
        Assert.IsType<ForbiddenError>(Assert.Single((await RestoreAsync(host, Role(OrgRole.Auditor), entry.Id)).Errors));

        Ok(await RestoreAsync(host, Role(OrgRole.DepartmentStaff, finance), entry.Id));
        var back = await host.QueryAsync(db => db.Set<ProcurementRecord>().Include(r => r.Bids).SingleAsync(r => r.Id == record.Id));
        Assert.Equal((record.Title, record.Month, record.Ordinal, record.AgreedPrice), (back.Title, back.Month, back.Ordinal, back.AgreedPrice));
        Assert.Equal(bids, back.Bids.OrderBy(b => b.Id).Select(b => b.Id));
        Assert.True(await StampAsync(host) > stamp);
        var audit = await host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == TrashBin.RestoreAction));
        Assert.Equal((nameof(ProcurementRecord), record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Entity, audit.EntityId));
        await host.RunBackgroundJobsAsync();
        Assert.Single(await host.SearchAsync("รุ่งเรืองวิศวกรรม"));
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
    }

    [Theory, Providers]
    public async Task A_removed_plan_item_comes_back_into_its_plan_and_relinks_its_records(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(Admin, 2568, null)));
        var item = Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.SaveItemAsync(Admin, 2568, null, Item())));
        var record = Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, null, Road with { PlanItemId = item.Id })));

        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.RemoveItemAsync(Admin, item.Id)));
        Assert.Null(await host.QueryAsync(db => db.Set<ProcurementRecord>().Where(r => r.Id == record.Id).Select(r => r.PlanItemId).SingleAsync()));

        var trashed = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync());
        Assert.Equal(ProcurementPlanItemTrash.Key, trashed.Kind);
        Ok(await RestoreAsync(host, Admin, trashed.Id));
        var back = await host.QueryAsync(db => db.Set<ProcurementPlanItem>().SingleAsync(i => i.Id == item.Id));
        Assert.Equal((item.Name, item.Budget, item.PlanId), (back.Name, back.Budget, back.PlanId));
        Assert.Equal(item.Id, await host.QueryAsync(db => db.Set<ProcurementRecord>().Where(r => r.Id == record.Id).Select(r => r.PlanItemId).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_purge_keeps_a_removed_record_29_days_and_removes_it_after_30(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        var record = Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, null, Road)));
        Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.RemoveAsync(Admin, record.Id)));
        var deletedAt = host.Clock.Now;

        host.Clock.Now = deletedAt.AddDays(29);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Equal(ProcurementRecordTrash.Key, (await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync())).Kind);

        host.Clock.Now = deletedAt.AddDays(31);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        Assert.False(await host.QueryAsync(db => db.Set<ProcurementRecord>().AnyAsync(r => r.Id == record.Id)));
    }
}
