using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Trash;

/// <summary>A removed budget line or a deleted draft plan goes to the trash and comes back whole; a line waits for its plan.</summary>
public sealed class BudgetTrashTests
{
    private static StaffActor Admin => MeasuresTestHost.Admin;

    private static Task<Result<TrashEntry>> RestoreAsync(MeasuresTestHost host, StaffActor actor, int trashId) =>
        host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(actor, trashId));

    private static Task<TrashItem> TrashedAsync(MeasuresTestHost host, string kind) =>
        host.QueryAsync(db => db.Set<TrashItem>().SingleAsync(t => t.Kind == kind));

    /// <summary>Each line's id with its months' ids ("12: 40,41"), to compare the rows before and after.</summary>
    private static Task<List<string>> RowsAsync(MeasuresTestHost host) => host.QueryAsync(async db =>
        (await db.Set<BudgetLine>().Include(l => l.Months).OrderBy(l => l.Id).ToListAsync())
            .Select(l => FormattableString.Invariant($"{l.Id}: {string.Join(",", l.Months.OrderBy(m => m.Id).Select(m => m.Id))}")).ToList());

    private static int LineId(string row) => int.Parse(row[..row.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

    [Theory, Providers]
    public async Task A_removed_line_of_a_published_plan_comes_back_with_its_months_and_search_words(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        await PublishAsync(host, BudgetReportKind.Plan);
        await host.RunBackgroundJobsAsync();
        Assert.Single(await host.SearchAsync("แผนที่ภาษี"));
        var before = await RowsAsync(host);
        var line = await host.QueryAsync(db => db.Set<BudgetLine>().Include(l => l.Months).SingleAsync(l => l.Item == "ค่าจัดทำแผนที่ภาษี"));
        Assert.Equal(2, line.Months.Count);

        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.RemoveLineAsync(Admin, line.Id))).Succeeded);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetLineMonth>().CountAsync(m => m.LineId == line.Id)));
        await host.RunBackgroundJobsAsync();
        Assert.Empty(await host.SearchAsync("แผนที่ภาษี"));

        var item = await TrashedAsync(host, BudgetLineTrash.Key);
        // สำนักปลัด is not a finance department: its clerk may not put budget lines back.
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        Assert.IsType<ForbiddenError>(Assert.Single((await RestoreAsync(host, MeasuresTestHost.DepartmentStaff(office), item.Id)).Errors));

        var restored = await RestoreAsync(host, Admin, item.Id);
        Assert.True(restored.Succeeded);
        Assert.Matches("^budget/25[0-9]{2}$", restored.Value!.Place);
        Assert.Equal(before, await RowsAsync(host));
        await host.RunBackgroundJobsAsync();
        Assert.Single(await host.SearchAsync("แผนที่ภาษี"));
    }

    [Theory, Providers]
    public async Task A_line_waits_for_its_deleted_plan_and_the_plan_comes_back_whole_unless_its_year_has_a_new_one(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        var all = await RowsAsync(host);
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.RemoveLineAsync(Admin, LineId(all[0])))).Succeeded);
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetPlan>>(e => e.DeletePlanAsync(Admin, Year))).Succeeded);
        Assert.Empty(await RowsAsync(host));

        // The line's plan is gone: a conflict that says to restore the plan first, not an error page.
        var lineItem = await TrashedAsync(host, BudgetLineTrash.Key);
        var waiting = Assert.IsType<ConflictError>(Assert.Single((await RestoreAsync(host, Admin, lineItem.Id)).Errors));
        Assert.Contains("กรุณากู้คืนแผนก่อน", waiting.Message, StringComparison.Ordinal);

        var planItem = await TrashedAsync(host, BudgetPlanTrash.Key);
        Assert.Contains("3 รายการ", planItem.Title, StringComparison.Ordinal);
        Assert.True((await RestoreAsync(host, Admin, planItem.Id)).Succeeded);
        Assert.Equal(all.Skip(1).ToList(), await RowsAsync(host));
        Assert.True((await RestoreAsync(host, Admin, lineItem.Id)).Succeeded);
        Assert.Equal(all, await RowsAsync(host));

        // Deleted again, and a new plan made for the year since: one plan a year, so the old one stays in the trash.
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetPlan>>(e => e.DeletePlanAsync(Admin, Year))).Succeeded);
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetPlan>>(e => e.CreatePlanAsync(Admin, Year, null))).Succeeded);
        var again = await TrashedAsync(host, BudgetPlanTrash.Key);
        var refused = Assert.IsType<ConflictError>(Assert.Single((await RestoreAsync(host, Admin, again.Id)).Errors));
        Assert.Contains("มีแผนการใช้จ่ายงบประมาณใหม่แล้ว", refused.Message, StringComparison.Ordinal);
        Assert.True(await host.QueryAsync(db => db.Set<TrashItem>().AnyAsync(t => t.Id == again.Id)));
    }

    [Theory, Providers]
    public async Task The_purge_removes_a_deleted_plan_after_30_days(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetPlan>>(e => e.DeletePlanAsync(Admin, Year))).Succeeded);
        var deletedAt = host.Clock.Now;

        host.Clock.Now = deletedAt.AddDays(29);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.NotNull(await TrashedAsync(host, BudgetPlanTrash.Key));

        host.Clock.Now = deletedAt.AddDays(31);
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        Assert.Empty(await RowsAsync(host));
    }
}
