using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Procurement.ProcurementTestData;
using C = Prongsai.Core.Procurement.Import.ProcurementColumns;

namespace Prongsai.Tests.Procurement;

/// <summary>The procurement use cases per role, on both databases.</summary>
public sealed class ProcurementUseCaseTests
{
    private static Task<MeasuresTestHost> StartAsync(DbProvider provider) =>
        MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 10, 15));

    [Theory, Providers]
    public async Task Finance_staff_edit_other_departments_and_auditors_do_not_and_only_executives_publish(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        var (finance, other) = await DepartmentsAsync(host);

        async Task<string?> Create(StaffActor actor, int year) =>
            (await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(actor, year, "01/10/2567"))).Errors.SingleOrDefault()?.Code;

        Assert.Equal("forbidden", await Create(Role(OrgRole.DepartmentStaff, other), 2568));
        Assert.Equal("forbidden", await Create(Role(OrgRole.DepartmentHead, other), 2568));
        Assert.Equal("forbidden", await Create(Role(OrgRole.Auditor), 2568));
        Assert.Equal("forbidden", await Create(Role(OrgRole.ComplaintOfficer), 2568));
        Assert.Null(await Create(Role(OrgRole.DepartmentStaff, finance), 2568));
        Assert.Null(await Create(Role(OrgRole.DepartmentHead, finance), 2569));
        Assert.Equal("conflict", await Create(Admin, 2568));

        var staff = Role(OrgRole.DepartmentStaff, finance);
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.SaveItemAsync(staff, 2568, null, Item())));
        foreach (var role in new[] { OrgRole.OrgAdmin, OrgRole.DepartmentStaff, OrgRole.DepartmentHead, OrgRole.Auditor })
        {
            var refused = await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanRevision>>(p => p.PublishAsync(Role(role, finance), 2568, null));
            Assert.Equal("forbidden", refused.Errors.Single().Code);
            var month = await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Role(role, finance), 2568, [new YearMonth(2024, 10)]));
            Assert.Equal("forbidden", month.Errors.Single().Code);
        }

        var stamp = await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));
        var revision = Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanRevision>>(p => p.PublishAsync(Executive, 2568, null, "05/11/2567")));
        Assert.Equal((0, new DateOnly(2024, 11, 5)), (revision.Number, revision.PublishedOn));
        Assert.True(await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId)) > stamp);
        Assert.Equal("จัดซื้อวัสดุสำนักงาน", ProcurementPlanSnapshot.FromJson(revision.ItemsJson).Single().Name);
    }

    [Theory, Providers]
    public async Task An_amendment_needs_a_reason_and_earlier_revisions_stay_as_they_were(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        await PublishedPlanAsync(host);
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.SaveItemAsync(Admin, 2568, null, Item("จ้างเหมาก่อสร้างถนน", "1,450,000"))));

        var noReason = await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanRevision>>(p => p.PublishAsync(Executive, 2568, "  "));
        Assert.Equal("Reason", noReason.Errors.Single().Field);
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanRevision>>(p => p.PublishAsync(Executive, 2568, "ได้รับเงินอุดหนุนเพิ่ม")));

        var year = await host.UseAsync<ProcurementYearReader, ProcurementYear>(r => r.PublicAsync(2568, default));
        Assert.Equal([0, 1], year.Revisions.Select(r => r.Number));
        Assert.Single(year.Revisions[0].Items);
        Assert.Equal(2, year.CurrentPlan!.Items.Count);
        Assert.Equal(("แก้ไขครั้งที่ 1", "ได้รับเงินอุดหนุนเพิ่ม", 1_462_000m), (year.CurrentPlan.Label, year.CurrentPlan.Reason, year.CurrentPlan.Total));
    }

    [Theory, Providers]
    public async Task Plan_items_refuse_bad_amounts_and_months_outside_the_year(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(Admin, 2568, null)));

        var bad = await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.SaveItemAsync(Admin, 2568, null,
            Item(budget: "1,2,3") with { ExpectedMonth = new YearMonth(2025, 10), Unit = "" }));

        Assert.Equal(["Unit", "UnitPrice", "Budget", "ExpectedMonth"], bad.Errors.Select(e => e.Field));
        Assert.All(bad.Errors, e => Assert.Matches("[ก-๙]", e.Message));
        var badDate = await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(Admin, 2569, "5/10/2024"));
        Assert.Contains("ค.ศ.", badDate.Errors.Single().Message);
    }

    [Theory, Providers]
    public async Task Import_saves_every_line_or_none(DbProvider provider)
    {
        await using var host = await StartAsync(provider);

        var refused = await host.UseAsync<ImportProcurementRecords, Result<ProcurementImportPreview>>(i => i.ImportAsync(Admin, 2568,
            ProcurementCsv.Table(ProcurementCsv.Line("1"), ProcurementCsv.Line("2", (C.Budget, "-5")), ProcurementCsv.Line("3", (C.Contract, "เลขที่ 1 ลงวันที่ 32/10/2567")))));
        Assert.Equal([3, 4], refused.Value!.Errors.Select(e => e.Line));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<ProcurementRecord>().CountAsync()));

        var imported = await ImportAsync(host, ProcurementCsv.Line("1"), ProcurementCsv.Line("2", (C.Month, "พ.ย. 2567")));
        Assert.Equal(2, imported.Rows.Count);
        var records = await host.QueryAsync(db => db.Set<ProcurementRecord>().Include(r => r.Bids).OrderBy(r => r.Month).ToListAsync());
        Assert.Equal([new DateOnly(2024, 10, 1), new DateOnly(2024, 11, 1)], records.Select(r => r.Month));
        Assert.Equal([11_500m, 11_800m], records[0].Bids.OrderBy(b => b.Ordinal).Select(b => b.Price!.Value));
        Assert.Equal(("บริษัท ก จำกัด", 11_500m, "1/2568", "67109123456"), (records[0].SelectedSupplier, records[0].AgreedPrice!.Value, records[0].ContractNumber, records[0].EgpProjectNumber));

        // The same file again adds nothing and says why.
        var again = await host.UseAsync<ImportProcurementRecords, Result<ProcurementImportPreview>>(i => i.ImportAsync(Admin, 2568,
            ProcurementCsv.Table(ProcurementCsv.Line("1"), ProcurementCsv.Line("2", (C.Month, "พ.ย. 2567")))));
        Assert.Contains("ทุกรายการมีอยู่แล้ว", again.Value!.Errors.Single().Message);
        Assert.Equal(2, await host.QueryAsync(db => db.Set<ProcurementRecord>().CountAsync()));

        var auditor = await host.UseAsync<ImportProcurementRecords, Result<ProcurementImportPreview>>(i => i.PreviewAsync(Role(OrgRole.Auditor), 2568, ProcurementCsv.Table(ProcurementCsv.Line("9"))));
        Assert.Equal("forbidden", auditor.Errors.Single().Code);
    }

    [Theory, Providers]
    public async Task Only_published_months_are_public_and_months_outside_the_year_are_refused(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        await ImportAsync(host, ProcurementCsv.Line("1"), ProcurementCsv.Line("2", (C.Month, "พ.ย. 2567")));

        var outside = await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2025, 10)]));
        Assert.Equal("Months", outside.Errors.Single().Field);
        Assert.Equal(2, Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 10), new YearMonth(2024, 12)]))));
        Assert.Equal(0, Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 10)]))));

        var year = await host.UseAsync<ProcurementYearReader, ProcurementYear>(r => r.PublicAsync(2568, default));
        Assert.Equal(["จัดซื้อวัสดุสำนักงาน 1"], year.PublishedRecords.Select(r => r.Title));
        Assert.Empty(year.Month(new YearMonth(2024, 11))!.Records);
        Assert.True(year.Month(new YearMonth(2024, 12))!.Published);
        Assert.False(year.AnnualPublished);

        var staff = await host.UseAsync<ProcurementYearReader, ProcurementYear>(r => r.StaffAsync(2568, default));
        Assert.Equal(2, staff.Months.Sum(m => m.Records.Count));

        Ok(await host.UseAsync<PublishProcurementReports, Result<ProcurementReportPublication>>(p => p.PublishAnnualAsync(Executive, 2568)));
        var report = AnnualProcurementReport.Build(await host.UseAsync<ProcurementYearReader, ProcurementYear>(r => r.PublicAsync(2568, default)));
        Assert.Equal((1, 12_000m, 11_500m, 500m), (report.Total.Count, report.Total.Budget, report.Total.Agreed, report.Total.Savings));
        Assert.Equal(1, report.ByMethod.Single(m => m.Method == ProcurementMethod.Specific).Totals.Count);
    }

    [Theory, Providers]
    public async Task Records_typed_in_the_form_read_bidders_and_the_contract_like_the_import(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        var input = new RecordInput(new YearMonth(2024, 10), "จ้างซ่อมรถบรรทุกน้ำ", "50,000", "-", ProcurementMethod.Specific, null,
            "1. อู่ช่างหนึ่ง 48,000 บาท\n2. อู่ช่างสอง 49,500 บาท", "อู่ช่างหนึ่ง 48,000 บาท", "ราคาต่ำสุด", "เลขที่ 3/2568 ลว. 7 ต.ค. 67",
            "ข้อบัญญัติ", ProcurementStatus.Completed, null, null, []);

        var record = Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, null, input)));
        Assert.Equal((null, 48_000m, "3/2568", new DateOnly(2024, 10, 7)), (record.ReferencePrice, record.AgreedPrice, record.ContractNumber, record.ContractDate));
        Assert.Equal(2, record.Bids.Count);

        var bad = await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.SaveAsync(Admin, 2568, record.Id,
            input with { BudgetAmount = "หนึ่งแสน", Contract = "เลขที่ 3 ลว. 30/02/2568", AnnouncementDocumentIds = [987654] }));
        Assert.Equal(["BudgetAmount", "Contract", "AnnouncementDocumentIds"], bad.Errors.Select(e => e.Field));

        var removed = await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.RemoveAsync(Role(OrgRole.Auditor), record.Id));
        Assert.Equal("forbidden", removed.Errors.Single().Code);
        Ok(await host.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.RemoveAsync(Admin, record.Id)));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<ProcurementBid>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Another_organization_sees_none_of_it(DbProvider provider)
    {
        await using var host = await StartAsync(provider);
        await ImportAsync(host, ProcurementCsv.Line("1"));
        var id = await host.QueryAsync(db => db.Set<ProcurementRecord>().Select(r => r.Id).SingleAsync());
        await using var other = await StartAsync(provider);

        var removed = await other.UseAsync<ManageProcurementRecords, Result<ProcurementRecord>>(m => m.RemoveAsync(Admin, id));

        Assert.Equal("not_found", removed.Errors.Single().Code);
        Assert.Equal(0, await other.QueryAsync(db => db.Set<ProcurementRecord>().CountAsync()));
    }
}
