using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Circulars;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Circulars;

/// <summary>A member with a real account (so a circular's recipients are real rows), and the actor they act as.</summary>
internal sealed record Member(string Id, string Name, StaffActor Actor);

/// <summary>
/// The staff of the test organization: an OrgAdmin who issues, one member per other role, a member who is both auditor
/// and clerk, and three of the organization's departments — the office and finance with members, the works with none.
/// </summary>
internal sealed record Team(
    Member Issuer, Member Executive, Member Head, Member Clerk, Member Treasurer, Member Officer, Member Auditor, Member AuditingTreasurer,
    int Office, int Finance, int Works)
{
    /// <summary>Who a circular to everyone goes to: every member with a role besides the auditor's, except its issuer.</summary>
    public IReadOnlyList<Member> Everyone => [Executive, Head, Clerk, Treasurer, Officer, AuditingTreasurer];
}

/// <summary>Another organization in the same database, as its own requests see it.</summary>
internal sealed record OtherOrganization(int Id, string Slug, int DepartmentId, Member Admin, Member Clerk);

/// <summary>Builders: real staff accounts through StaffAccounts, circulars through the real use case.</summary>
internal static class CircularsTestData
{
    public const string Body = "ให้บุคลากรทุกคนถือปฏิบัติตามแนวทางการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)";

    public static CircularInput Input(string title = "แนวทางการไม่รับของขวัญ", IReadOnlyCollection<int>? departments = null, DateOnly? acknowledgeBy = null) =>
        new(" ชบ 71101/ว 15 ", title, Body, departments ?? [], acknowledgeBy);

    public static async Task<Team> TeamAsync(MeasuresTestHost host)
    {
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var works = await host.DepartmentIdAsync("กองช่าง");
        return new Team(
            await MemberAsync(host, "นายปกครอง ออกหนังสือ", [OrgRole.OrgAdmin]),
            await MemberAsync(host, "นายกฤษดา ผู้บริหาร", [OrgRole.Executive]),
            await MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], office),
            await MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office),
            await MemberAsync(host, "นางสาวเงินทอง การคลัง", [OrgRole.DepartmentStaff], finance),
            await MemberAsync(host, "นายรับเรื่อง ร้องทุกข์", [OrgRole.ComplaintOfficer]),
            await MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]),
            await MemberAsync(host, "นายบัญชี สองบทบาท", [OrgRole.Auditor, OrgRole.DepartmentStaff], finance),
            office, finance, works);
    }

    public static async Task<Member> MemberAsync(MeasuresTestHost host, string name, OrgRole[] roles, params int[] departmentIds)
    {
        var created = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(
            StaffActor.System(organizationId: host.OrganizationId),
            new CreateStaffRequest(host.OrganizationId, Email(), name, roles, departmentIds)));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        return Actor(created.Value!.User.Id, name, host.OrganizationId, roles, departmentIds);
    }

    public static async Task<Circular> IssueAsync(MeasuresTestHost host, Member issuer, CircularInput input, UploadedFile? file = null)
    {
        var issued = await TryIssueAsync(host, issuer.Actor, input, file);
        Assert.True(issued.Succeeded, string.Join(" ", issued.Errors.Select(e => e.Message)));
        return issued.Value!;
    }

    public static Task<Result<Circular>> TryIssueAsync(MeasuresTestHost host, StaffActor actor, CircularInput input, UploadedFile? file = null) =>
        host.UseAsync<IssueCircular, Result<Circular>>(i => i.RunAsync(actor, input, file));

    public static Task<Result<CircularRecipient>> AcknowledgeAsync(MeasuresTestHost host, StaffActor actor, int circularId) =>
        host.UseAsync<AcknowledgeCircular, Result<CircularRecipient>>(a => a.RunAsync(actor, circularId));

    public static Task<Result<Circular>> CancelAsync(MeasuresTestHost host, StaffActor actor, int circularId, string? reason) =>
        host.UseAsync<CancelCircular, Result<Circular>>(c => c.RunAsync(actor, circularId, reason));

    /// <summary>Rows of the three tables an issue writes, to prove that a refused one wrote nothing.</summary>
    public static Task<(int Circulars, int Recipients, int Notifications)> CountsAsync(MeasuresTestHost host) =>
        host.QueryAsync(async db => (
            await db.Set<Circular>().CountAsync(), await db.Set<CircularRecipient>().CountAsync(),
            await db.StaffNotifications.CountAsync(n => n.Text.Contains("หนังสือเวียน"))));

    public static Task<List<CircularRecipient>> RecipientsAsync(MeasuresTestHost host, int circularId) =>
        host.QueryAsync(db => db.Set<CircularRecipient>().AsNoTracking().Where(r => r.CircularId == circularId).ToListAsync());

    /// <summary>
    /// A second organization with an OrgAdmin and a clerk of its first department. It is created and used in scopes of
    /// its own, as its requests would be: every scope of the host works for the host's organization.
    /// </summary>
    public static async Task<OtherOrganization> OtherOrganizationAsync(MeasuresTestHost host)
    {
        var slug = "o" + Guid.NewGuid().ToString("N")[..10];
        var created = await InOrganizationAsync(host, null, sp => sp.GetRequiredService<CreateOrganization>()
            .RunAsync(StaffActor.PlatformOperator(), new CreateOrganizationRequest(slug, "เทศบาลตำบลอื่น", Departments: ["สำนักปลัดเทศบาล"])));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        var id = created.Value!.Id;
        var department = await InOrganizationAsync(host, (id, slug), sp => sp.GetRequiredService<ProngsaiDbContext>()
            .Departments.Select(d => d.Id).SingleAsync());

        async Task<Member> MemberOfAsync(string name, OrgRole role, params int[] departmentIds)
        {
            var member = await InOrganizationAsync(host, (id, slug), sp => sp.GetRequiredService<StaffAccounts>().CreateAsync(
                StaffActor.System(organizationId: id), new CreateStaffRequest(id, Email(), name, [role], departmentIds)));
            Assert.True(member.Succeeded, string.Join(" ", member.Errors.Select(e => e.Message)));
            return Actor(member.Value!.User.Id, name, id, [role], departmentIds);
        }

        return new OtherOrganization(id, slug, department,
            await MemberOfAsync("นายอื่น ผู้ดูแล", OrgRole.OrgAdmin), await MemberOfAsync("นางอื่น ธุรการ", OrgRole.DepartmentStaff, department));
    }

    /// <summary>Runs work in a fresh scope for the given organization (none: the Operator's scope, as on the command line).</summary>
    public static Task<T> InOrganizationAsync<T>(MeasuresTestHost host, (int Id, string Slug)? organization, Func<IServiceProvider, Task<T>> work) =>
        host.RunAsync(async sp =>
        {
            await using var scope = sp.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            if (organization is { } chosen)
            {
                scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(chosen.Id, chosen.Slug);
            }

            return await work(scope.ServiceProvider);
        });

    private static string Email() => "m" + Guid.NewGuid().ToString("N")[..12] + "@circulars.test";

    private static Member Actor(string id, string name, int organizationId, OrgRole[] roles, int[] departmentIds) =>
        new(id, name, new StaffActor(id, name, organizationId, roles.ToHashSet(), departmentIds.ToHashSet()));
}
