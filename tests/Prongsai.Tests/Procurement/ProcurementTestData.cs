using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Procurement;

/// <summary>Actors of every role and short ways to set up a fiscal year's procurement.</summary>
public static class ProcurementTestData
{
    public static StaffActor Role(OrgRole role, params int[] departments) =>
        new("u-" + role, "ผู้ทดสอบ " + role, null, new HashSet<OrgRole> { role }, departments.ToHashSet());

    public static StaffActor Admin => Role(OrgRole.OrgAdmin);
    public static StaffActor Executive => Role(OrgRole.Executive);

    /// <summary>The id of กองคลัง (created on first use) and of another department.</summary>
    public static async Task<(int Finance, int Other)> DepartmentsAsync(MeasuresTestHost host)
    {
        return await host.QueryAsync(async db =>
        {
            foreach (var name in new[] { "กองคลัง", "กองช่าง" })
            {
                if (!await db.Departments.AnyAsync(d => d.Name == name))
                {
                    db.Departments.Add(new Department { Name = name });
                }
            }

            await db.SaveChangesAsync();
            return (await db.Departments.Where(d => d.Name == "กองคลัง").Select(d => d.Id).FirstAsync(),
                await db.Departments.Where(d => d.Name == "กองช่าง").Select(d => d.Id).FirstAsync());
        });
    }

    public static PlanItemInput Item(string name = "จัดซื้อวัสดุสำนักงาน", string budget = "12,000.00", int month = 11) =>
        new(name, "1", "รายการ", budget, budget, "ข้อบัญญัติงบประมาณ", ProcurementMethod.Specific, new YearMonth(2024, month), null);

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    /// <summary>FY2568 plan with one item, published as revision 0.</summary>
    public static async Task PublishedPlanAsync(MeasuresTestHost host, int fiscalYear = 2568)
    {
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlan>>(p => p.CreateAsync(Admin, fiscalYear, "1/10/" + (fiscalYear - 1))));
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanItem>>(p => p.SaveItemAsync(Admin, fiscalYear, null,
            Item() with { ExpectedMonth = new YearMonth(FiscalYear.BeToCe(fiscalYear) - 1, 11) })));
        Ok(await host.UseAsync<ManageProcurementPlan, Result<ProcurementPlanRevision>>(p => p.PublishAsync(Executive, fiscalYear, null)));
    }

    /// <summary>Imports lines (FY2568) as the OrgAdmin.</summary>
    public static async Task<ProcurementImportPreview> ImportAsync(MeasuresTestHost host, params string[][] lines) =>
        Ok(await host.UseAsync<ImportProcurementRecords, Result<ProcurementImportPreview>>(i => i.ImportAsync(Admin, 2568, ProcurementCsv.Table(lines))));
}
