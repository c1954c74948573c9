using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Finance;
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
    public async Task A_department_nothing_names_is_deleted(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var added = (await ManageAsync(host, m => m.AddAsync(MeasuresTestHost.Admin, new DepartmentInput("กองทดลอง")))).Value!;

        var question = (await ManageAsync(host, m => m.DeletionAsync(MeasuresTestHost.Admin, added.Id))).Value!;
        Assert.Equal((0, false), (question.RecordCount, question.Retires));
        Assert.Equal(DepartmentRemoval.Deleted, (await ManageAsync(host, m => m.DeleteAsync(MeasuresTestHost.Admin, added.Id))).Value);
        Assert.False(await host.QueryAsync(db => db.Departments.AnyAsync(d => d.Id == added.Id)));
    }
}
