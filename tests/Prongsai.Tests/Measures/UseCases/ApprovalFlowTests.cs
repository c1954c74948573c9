using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>Everyone in the approval flow sees who comes next and is told when it is their turn.</summary>
public sealed class ApprovalFlowTests
{
    [Theory, Providers]
    public async Task Staff_ask_their_own_heads_and_a_request_tells_the_executives(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(imported.Succeeded);
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var works = await host.DepartmentIdAsync("กองช่าง");

        async Task<StaffActor> MemberAsync(string name, OrgRole role, params int[] departments)
        {
            var created = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(
                StaffActor.System(organizationId: host.OrganizationId),
                new CreateStaffRequest(host.OrganizationId, $"{Guid.NewGuid():N}@approval.test", name, [role], departments)));
            return new StaffActor(created.Value!.User.Id, name, host.OrganizationId, new HashSet<OrgRole> { role }, departments.ToHashSet());
        }

        var clerk = await MemberAsync("สมศรี ใจดี", OrgRole.DepartmentStaff, finance);
        var financeHead = await MemberAsync("หัวหน้ากองคลัง", OrgRole.DepartmentHead, finance);
        var worksHead = await MemberAsync("หัวหน้ากองช่าง", OrgRole.DepartmentHead, works);
        var mayor = await MemberAsync("นายก อบต.", OrgRole.Executive);

        var whoCanRequest = await host.UseAsync<AskForApproval, IReadOnlyList<StaffContact>>(a => a.WhoCanRequestAsync(clerk));
        Assert.Contains(whoCanRequest, c => c.UserId == financeHead.UserId);
        Assert.Contains(whoCanRequest, c => c.UserId == mayor.UserId);
        Assert.DoesNotContain(whoCanRequest, c => c.UserId == worksHead.UserId);

        var asked = await host.UseAsync<AskForApproval, Result<IReadOnlyList<StaffContact>>>(a => a.AskToRequestAsync(clerk, 2567));
        Assert.True(asked.Succeeded);
        Assert.Contains("สมศรี ใจดี", await NotificationAsync(host, financeHead.UserId!));
        Assert.Null(await NotificationAsync(host, worksHead.UserId!));

        var requested = await host.UseAsync<PublishMeasuresReport, Result<MeasurePlan>>(p => p.RequestApprovalAsync(financeHead, 2567));
        Assert.True(requested.Succeeded);
        Assert.Contains("รออนุมัติเผยแพร่", await NotificationAsync(host, mayor.UserId!));

        var auditor = new StaffActor("x", "ผู้ตรวจสอบ", host.OrganizationId, new HashSet<OrgRole> { OrgRole.Auditor }, new HashSet<int>());
        var refused = await host.UseAsync<AskForApproval, Result<IReadOnlyList<StaffContact>>>(a => a.AskToRequestAsync(auditor, 2567));
        Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));
    }

    private static Task<string?> NotificationAsync(MeasuresTestHost host, string userId) =>
        host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Select(n => n.Text).FirstOrDefaultAsync());
}
