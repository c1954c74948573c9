using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Finance;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Satisfaction;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Satisfaction.SatisfactionTestData;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Offices reorganize: removing a department that records name retires it, so last year's published measures and the
/// survey's figures keep their department, while new entries and public forms no longer offer it.
/// </summary>
public sealed class DepartmentRetirementTests
{
    private static Task<T> ManageAsync<T>(MeasuresTestHost host, Func<ManageDepartments, Task<T>> work) => host.UseAsync(work);

    [Theory, Providers]
    public async Task A_department_order_outside_its_range_is_refused_and_the_next_order_never_wraps(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        foreach (var order in new[] { -5, ManageDepartments.MaxSortOrder + 1, int.MaxValue })
        {
            var refused = await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("กองทดลอง", order)));
            Assert.Equal("sortOrder", Assert.Single(refused.Errors).Field);
            Assert.Matches("[ก-๙]", refused.Errors[0].Message);
        }

        // An order from before the bound was kept: the next department still comes after it, at the bound.
        await host.QueryAsync(async db =>
        {
            (await db.Departments.FirstAsync()).SortOrder = int.MaxValue;
            return await db.SaveChangesAsync();
        });
        var added = await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("กองทดลอง")));
        Assert.Equal(ManageDepartments.MaxSortOrder, added.Value!.SortOrder);
    }

    [Theory, Providers]
    public async Task A_department_that_records_name_is_retired_and_keeps_its_records(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 9, 1));
        var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(import =>
            import.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567, false, false, false)));
        Assert.True(imported.Succeeded);
        var finance = await host.DepartmentIdAsync("กองคลัง");
        await SubmittedAsync(host, Scores(departmentId: finance));
        var clerk = await CircularsTestData.MemberAsync(host, "นางสาวสมใจ การเงิน", [OrgRole.DepartmentStaff], finance);
        await host.QueryAsync(async db =>
        {
            db.Add(new FinanceDepartment { DepartmentId = finance });
            return await db.SaveChangesAsync();
        });
        var routed = await host.UseAsync<RequestTypes, Result<RequestType>>(t =>
            t.ConfigureAsync(StaffActor.System(organizationId: host.OrganizationId), RequestKind.Question, new RequestTypeInput(finance, 15, false)));
        Assert.True(routed.Succeeded);

        // The question names what it touches and says it will retire, not delete.
        var question = (await ManageAsync(host, m => m.DeletionAsync(MeasuresTestHost.Admin, finance))).Value!;
        var measures = await host.QueryAsync(db => db.MeasureDepartments.CountAsync(m => m.DepartmentId == finance));
        Assert.Equal((1, measures + 2, 1, true), (question.StaffCount, question.RecordCount, question.RequestTypeCount, question.Retires)); // its measures, the answer, the routing

        Assert.Equal(DepartmentRemoval.Retired, (await ManageAsync(host, m => m.DeleteAsync(MeasuresTestHost.Admin, finance))).Value);
        var retired = await host.QueryAsync(db => db.Departments.AsNoTracking().SingleAsync(d => d.Id == finance));
        Assert.Equal(host.Clock.GetUtcNow(), retired.RetiredAt);

        // The records keep it: the measures report still names กองคลัง, the survey still counts its answer.
        var report = await host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567));
        Assert.Equal(["กองคลัง"], report!.Measures[4].Responsible);
        var results = await host.UseAsync<SatisfactionBoard, SatisfactionResults>(b => b.ResultsAsync(2569));
        Assert.Equal(finance, Assert.Single(results.Departments).DepartmentId);
        Assert.Equal("กองคลัง", (await host.QueryAsync(db => DepartmentChoices.NamesAsync(db, [finance], CancellationToken.None)))[finance]);

        // Its assignments ended with it: no member, no finance unit.
        Assert.False(await host.QueryAsync(db => db.StaffDepartments.AnyAsync(s => s.DepartmentId == finance)));
        Assert.False(await host.QueryAsync(db => db.Set<FinanceDepartment>().AnyAsync(f => f.DepartmentId == finance)));
        Assert.False(await host.QueryAsync(db => db.Set<RequestType>().AnyAsync(t => t.HandlingDepartmentId == finance)));
        var refusedRouting = await host.UseAsync<RequestTypes, Result<RequestType>>(t =>
            t.ConfigureAsync(StaffActor.System(organizationId: host.OrganizationId), RequestKind.Question, new RequestTypeInput(finance, 15, false)));
        Assert.Equal("HandlingDepartmentId", Assert.Single(refusedRouting.Errors).Field);

        // New entries and the public survey no longer offer it; an edited entry that has it keeps it offered.
        Assert.DoesNotContain(await host.QueryAsync(db => DepartmentChoices.AllAsync(db, CancellationToken.None)), d => d.Id == finance);
        Assert.Contains(await host.QueryAsync(db => DepartmentChoices.AllAsync(db, CancellationToken.None, finance)), d => d.Id == finance);
        var refused = await SubmitAsync(host, Scores(departmentId: finance));
        Assert.Equal("DepartmentId", Assert.Single(refused.Errors).Field);
        Assert.Equal(1, await AnswerCountAsync(host));

        // Its name can't be taken by a new department: the message points to bringing it back.
        var taken = Assert.IsType<ConflictError>(Assert.Single((await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("กองคลัง")))).Errors));
        Assert.Contains("เลิกใช้", taken.Message, StringComparison.Ordinal);

        // Only who manages departments may bring it back; then it is offered again.
        Assert.IsType<ForbiddenError>(Assert.Single((await ManageAsync(host, m => m.RestoreAsync(clerk.Actor, finance))).Errors));
        Assert.True((await ManageAsync(host, m => m.RestoreAsync(MeasuresTestHost.Admin, finance))).Succeeded);
        Assert.Contains(await host.QueryAsync(db => DepartmentChoices.AllAsync(db, CancellationToken.None)), d => d.Id == finance);
        Assert.True((await SubmitAsync(host, Scores(departmentId: finance))).Succeeded);
    }

    [Theory, Providers]
    public async Task Back_office_saves_refuse_a_retired_department_for_new_entries_and_keep_it_on_old_ones(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 9, 1));
        var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(import =>
            import.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567, false, false, false)));
        Assert.True(imported.Succeeded);
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var risk = await host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s => s.AddAsync(MeasuresTestHost.Admin, 2569, RiskOf(finance)));
        Assert.True(risk.Succeeded);
        Assert.Equal(DepartmentRemoval.Retired, (await ManageAsync(host, m => m.DeleteAsync(MeasuresTestHost.Admin, finance))).Value);

        // A hand-made request naming it for a new entry is refused, as the form no longer offers it.
        var newRisk = await host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s => s.AddAsync(MeasuresTestHost.Admin, 2569, RiskOf(finance)));
        Assert.Equal("DepartmentId", Assert.Single(newRisk.Errors).Field);
        var measure = await host.QueryAsync(db => db.Measures.Include(m => m.Departments).Include(m => m.Steps)
            .OrderBy(m => m.SortOrder).FirstAsync(m => m.Departments.Count == 1 && m.Departments.Any(d => d.DepartmentId == finance)));
        var newMeasure = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.AddMeasureAsync(MeasuresTestHost.Admin, 2567,
            new MeasureInput("99", "มาตรการใหม่", [new StepInput(null, "ขั้นตอนแรก")], [], null, null, false, [finance], null, [])));
        Assert.Equal("DepartmentIds", Assert.Single(newMeasure.Errors).Field);

        // The entries that already had it are saved again without moving.
        var keptRisk = await host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s => s.EditAsync(MeasuresTestHost.Admin, risk.Value!.Id, RiskOf(finance)));
        Assert.Equal(finance, keptRisk.Value!.DepartmentId);
        var keptMeasure = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, measure.Id,
            new MeasureInput(measure.Number, measure.Title + " (ทบทวน)",
                measure.Steps.OrderBy(s => s.SortOrder).Select(s => new StepInput(s.Id, MeasureText.ForEditing(s.Text))).ToList(),
                [], null, MeasureText.ForEditing(measure.PeriodText), measure.AllDepartments, [finance], null, [])));
        Assert.True(keptMeasure.Succeeded, string.Join(", ", keptMeasure.Errors.Select(e => e.Message)));
    }

    private static RiskInput RiskOf(int departmentId) =>
        new("การรับชำระภาษี", RiskCategory.UseOfAuthority, "รับเงินโดยไม่ออกใบเสร็จ", 3, 4, null, "ตรวจใบเสร็จทุกสัปดาห์", departmentId, "ต.ค.–ก.ย.");

    [Theory, Providers]
    public async Task A_department_nothing_names_is_deleted(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var added = (await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("กองทดลอง")))).Value!;

        var question = (await ManageAsync(host, m => m.DeletionAsync(MeasuresTestHost.Admin, added.Id))).Value!;
        Assert.Equal((0, false), (question.RecordCount, question.Retires));
        Assert.Equal(DepartmentRemoval.Deleted, (await ManageAsync(host, m => m.DeleteAsync(MeasuresTestHost.Admin, added.Id))).Value);
        Assert.False(await host.QueryAsync(db => db.Departments.AnyAsync(d => d.Id == added.Id)));
    }

    [Theory, Providers]
    public async Task A_name_that_differs_only_by_invisible_characters_or_spaces_is_the_same_name(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var added = (await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("  กอง\u200Bทดลอง   พิเศษ\uFEFF ")))).Value!;
        Assert.Equal("กองทดลอง พิเศษ", added.Name);

        foreach (var twin in new[] { "กองทดลอง พิเศษ\u200B", "\u2060กองทดลอง\u200D  พิเศษ", "กองทดลอง\u00A0พิเศษ" })
        {
            var refused = await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput(twin)));
            Assert.IsType<ConflictError>(Assert.Single(refused.Errors));
        }

        Assert.IsType<ValidationError>(Assert.Single((await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("\u200B \uFEFF")))).Errors));
    }
}
