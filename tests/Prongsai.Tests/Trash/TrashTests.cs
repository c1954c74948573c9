using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Trash;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Trash;

/// <summary>Deleted measures and steps go to the trash for 30 days: restorable with everything they held, then purged.</summary>
public sealed class TrashTests
{
    private static async Task<MeasuresTestHost> SeededAsync(DbProvider provider)
    {
        var host = await MeasuresTestHost.StartAsync(provider);
        var result = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(result.Succeeded);
        return host;
    }

    /// <summary>A measure with progress recorded on its first step.</summary>
    private static async Task<Measure> MeasureWithProgressAsync(MeasuresTestHost host)
    {
        var measure = await host.QueryAsync(db => db.Measures.Include(m => m.Steps).OrderBy(m => m.SortOrder).Skip(3).FirstAsync());
        var step = measure.Steps.OrderBy(s => s.SortOrder).First();
        var progress = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p =>
            p.AddAsync(MeasuresTestHost.Admin, step.Id, new ProgressEntryInput(new DateOnly(2024, 1, 10), "จัดประชุมชี้แจงแล้ว")));
        Assert.True(progress.Succeeded, progress.Errors.FirstOrDefault()?.Message);
        return measure;
    }

    private static Task<(int Steps, int Progress, int Results)> GraphOfAsync(MeasuresTestHost host, int measureId) =>
        host.QueryAsync(async db => (
            await db.MeasureSteps.CountAsync(s => s.MeasureId == measureId),
            await db.ProgressEntries.CountAsync(p => db.MeasureSteps.Any(s => s.Id == p.StepId && s.MeasureId == measureId)),
            await db.MeasureResults.CountAsync(r => r.MeasureId == measureId)));

    [Theory, Providers]
    public async Task Restoring_a_deleted_measure_brings_back_its_steps_and_progress(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var measure = await MeasureWithProgressAsync(host);
        var before = await GraphOfAsync(host, measure.Id);
        Assert.True(before.Steps > 0 && before.Progress == 1);

        var deleted = await host.UseAsync<EditMeasures, Result<bool>>(e => e.DeleteMeasureAsync(MeasuresTestHost.Admin, measure.Id));
        Assert.True(deleted.Succeeded);
        Assert.Equal((0, 0, 0), await GraphOfAsync(host, measure.Id));
        Assert.False(await host.QueryAsync(db => db.Measures.AnyAsync(m => m.Id == measure.Id)));

        var trash = await host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(MeasuresTestHost.Admin));
        var entry = Assert.Single(trash.Value!);
        Assert.Equal(MeasureTrash.Key, entry.Kind);
        Assert.Contains(measure.Number, entry.Title, StringComparison.Ordinal);
        Assert.Equal(host.Clock.GetUtcNow().AddDays(30), entry.PurgeAfter);

        // A department clerk may not restore what only the plan's managers may delete.
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var refused = await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(MeasuresTestHost.DepartmentStaff(office), entry.Id));
        Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));

        var restored = await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(MeasuresTestHost.Admin, entry.Id));
        Assert.True(restored.Succeeded, restored.Errors.FirstOrDefault()?.Message);
        Assert.Matches($"^measures/25[0-9]{{2}}/measure/{measure.Id}$", restored.Value!.Place);
        Assert.Equal(before, await GraphOfAsync(host, measure.Id));
        var back = await host.QueryAsync(db => db.Measures.Include(m => m.Steps).ThenInclude(s => s.Progress).SingleAsync(m => m.Id == measure.Id));
        Assert.Equal(measure.Title, back.Title);
        Assert.Contains(back.Steps.SelectMany(s => s.Progress), p => p.Text == "จัดประชุมชี้แจงแล้ว");
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));

        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == TrashBin.RestoreAction).ToListAsync());
        var restoreEntry = Assert.Single(audit);
        Assert.Equal(nameof(Measure), restoreEntry.Entity);
        Assert.Equal(measure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), restoreEntry.EntityId);

        // Restoring twice is not possible: the trash row is gone.
        var again = await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(MeasuresTestHost.Admin, entry.Id));
        Assert.IsType<NotFoundError>(Assert.Single(again.Errors));
    }

    [Theory, Providers]
    public async Task Restoring_a_deleted_step_brings_back_its_progress(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var measure = await MeasureWithProgressAsync(host);
        measure = await host.QueryAsync(db => db.Measures.Include(m => m.Departments).Include(m => m.Steps).SingleAsync(m => m.Id == measure.Id));
        var first = measure.Steps.OrderBy(s => s.SortOrder).First();
        var input = new MeasureInput(measure.Number, MeasureText.ForEditing(measure.Title),
            measure.Steps.OrderBy(s => s.SortOrder).Select(s => new StepInput(s.Id, MeasureText.ForEditing(s.Text), Delete: s.Id == first.Id)).ToList(),
            ["ผลข้อหนึ่ง"], "ผลลัพธ์", MeasureText.ForEditing(measure.PeriodText), measure.AllDepartments,
            measure.Departments.Select(d => d.DepartmentId).ToList(), null, []);
        var edited = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, measure.Id, input));
        Assert.True(edited.Succeeded, edited.Errors.FirstOrDefault()?.Message);
        Assert.False(await host.QueryAsync(db => db.MeasureSteps.AnyAsync(s => s.Id == first.Id)));

        var item = await host.QueryAsync(db => db.Set<TrashItem>().SingleAsync());
        Assert.Equal(MeasureStepTrash.Key, item.Kind);
        var restored = await host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(MeasuresTestHost.Admin, item.Id));
        Assert.True(restored.Succeeded, restored.Errors.FirstOrDefault()?.Message);

        var step = await host.QueryAsync(db => db.MeasureSteps.Include(s => s.Progress).SingleAsync(s => s.Id == first.Id));
        Assert.Equal(measure.Id, step.MeasureId);
        Assert.Equal("จัดประชุมชี้แจงแล้ว", Assert.Single(step.Progress).Text);
    }

    [Theory, Providers]
    public async Task The_purge_job_keeps_a_deleted_measure_at_day_29_and_removes_it_at_day_31(DbProvider provider)
    {
        await using var host = await SeededAsync(provider);
        var measure = await MeasureWithProgressAsync(host);
        await host.UseAsync<EditMeasures, Result<bool>>(e => e.DeleteMeasureAsync(MeasuresTestHost.Admin, measure.Id));
        var deletedAt = host.Clock.Now;

        host.Clock.Now = deletedAt.AddDays(29);
        Assert.DoesNotContain(host.OrganizationId, await host.UseAsync<PurgeTrashJob, List<int>>(async j =>
            await host.QueryAsync(db => j.OrganizationsWithWork(db).ToListAsync())));
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Single(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));

        host.Clock.Now = deletedAt.AddDays(31);
        Assert.Contains(host.OrganizationId, await host.UseAsync<PurgeTrashJob, List<int>>(async j =>
            await host.QueryAsync(db => j.OrganizationsWithWork(db).ToListAsync())));
        await host.UseAsync<PurgeTrashJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        Assert.False(await host.QueryAsync(db => db.Measures.AnyAsync(m => m.Id == measure.Id)));
    }
}
