using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Circulars;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Closing the account of someone who left or moved, and reopening it, as use cases on both databases with real
/// accounts: what closing takes away and records, who may close whom, what a closed account can no longer be given,
/// what reopening gives back, and that a circular stops waiting for someone whose account was closed.
/// Signing in with a closed account is tested over HTTP (ClosedAccountHttpTests): it needs the web app's sign-in.
/// </summary>
public sealed class StaffAccountClosingTests
{
    private const string Reason = "ย้ายไปสังกัดเทศบาลเมืองชลบุรี";

    [Theory, Providers]
    public async Task Closing_takes_every_role_and_department_and_records_who_when_why_and_the_old_roles(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ดูแลระบบ", [OrgRole.OrgAdmin]);
        var clerk = await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office);
        var stampBefore = await StampAsync(host, clerk.Id);
        host.Clock.Now = host.Clock.Now.AddDays(3);

        var closed = await CloseAsync(host, admin.Actor, clerk.Id, "  " + Reason + "  ");

        Assert.True(closed.Succeeded, string.Join(" ", closed.Errors.Select(e => e.Message)));
        var user = await UserAsync(host, clerk.Id);
        Assert.Equal(host.Clock.GetUtcNow(), user.ClosedAt);
        Assert.Equal(admin.Name, user.ClosedBy);
        Assert.Equal(clerk.Name, user.DisplayName); // the name stays on everything it did
        Assert.NotEqual(stampBefore, user.SecurityStamp); // the sign-in cookies issued before are no longer valid
        Assert.Equal((0, 0), await MembershipAsync(host, clerk.Id));
        // The admin keeps theirs.
        Assert.Equal((1, 0), await MembershipAsync(host, admin.Id));

        var entry = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityId == clerk.Id && a.Action == AuditActions.AccountClose));
        Assert.Equal("account-close", entry.Action);
        Assert.Equal((nameof(StaffUser), host.OrganizationId, host.Clock.GetUtcNow()), (entry.Entity, entry.OrganizationId, entry.At));
        using var changes = JsonDocument.Parse(entry.Changes!);
        Assert.Equal(Reason, changes.RootElement.GetProperty("reason").GetString());
        Assert.Equal(["DepartmentStaff"], changes.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(Reason, entry.Changes, StringComparison.Ordinal); // Thai stays readable in the trail

        // No reason is fine: the trail says so with null, and keeps every role the account held.
        var both = await CircularsTestData.MemberAsync(host, "นางสาวสองบทบาท ตรวจและคลัง", [OrgRole.DepartmentStaff, OrgRole.Auditor], office);
        Assert.True((await CloseAsync(host, admin.Actor, both.Id, "   ")).Succeeded);
        var second = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityId == both.Id && a.Action == AuditActions.AccountClose));
        using var secondChanges = JsonDocument.Parse(second.Changes!);
        Assert.Equal(JsonValueKind.Null, secondChanges.RootElement.GetProperty("reason").ValueKind);
        Assert.Equal(["DepartmentStaff", "Auditor"], secondChanges.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((0, 0), await MembershipAsync(host, both.Id));
    }

    [Theory, Providers]
    public async Task Nobody_closes_their_own_account_or_the_last_OrgAdmins_and_a_reason_has_a_limit(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ดูแลระบบ", [OrgRole.OrgAdmin]);
        var clerk = await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office);
        var commandLine = StaffActor.System(organizationId: host.OrganizationId);

        var own = await CloseAsync(host, admin.Actor, admin.Id);
        AssertInvalid(own, "Reason");

        // The organization's only OrgAdmin: not even the command line closes it.
        var last = await CloseAsync(host, commandLine, admin.Id);
        AssertInvalid(last, "Reason");

        var tooLong = await CloseAsync(host, admin.Actor, clerk.Id, new string('ก', 501));
        AssertInvalid(tooLong, "Reason");

        foreach (var id in new[] { admin.Id, clerk.Id })
        {
            Assert.Null((await UserAsync(host, id)).ClosedAt);
        }

        Assert.Equal((1, 0), await MembershipAsync(host, admin.Id));
        Assert.Equal((1, 1), await MembershipAsync(host, clerk.Id));
        Assert.False(await host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AccountClose)));

        // The longest reason is accepted.
        Assert.True((await CloseAsync(host, admin.Actor, clerk.Id, new string('ก', 500))).Succeeded);

        // Once someone else is OrgAdmin, the first one's account can be closed — by the new one, or the command line.
        var successor = await CircularsTestData.MemberAsync(host, "นางสาวสืบต่อ ดูแลระบบ", [OrgRole.OrgAdmin]);
        var closed = await CloseAsync(host, successor.Actor, admin.Id);
        Assert.True(closed.Succeeded, string.Join(" ", closed.Errors.Select(e => e.Message)));
        Assert.Equal((0, 0), await MembershipAsync(host, admin.Id));

        // Now the successor is the last one.
        AssertInvalid(await CloseAsync(host, commandLine, successor.Id), "Reason");
        AssertInvalid(await CloseAsync(host, successor.Actor, successor.Id), "Reason");
        Assert.Null((await UserAsync(host, successor.Id)).ClosedAt);
    }

    [Theory, Providers]
    public async Task Only_ManageStaff_closes_an_account_and_a_ComplaintOfficers_needs_GrantComplaintOfficer(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        // docs/permissions.md: ManageStaff and GrantComplaintOfficer are the OrgAdmin's alone.
        Assert.True(team.Issuer.Actor.Has(OrganizationPermissions.ManageStaff) && team.Issuer.Actor.Has(OrganizationPermissions.GrantComplaintOfficer));

        foreach (var member in new[] { team.Executive, team.Head, team.Clerk, team.Officer, team.Auditor, team.AuditingTreasurer })
        {
            Assert.False(member.Actor.Has(OrganizationPermissions.ManageStaff), member.Name);
            foreach (var target in new[] { team.Treasurer, team.Officer, team.Executive })
            {
                if (target.Id == member.Id)
                {
                    continue;
                }

                var refused = await CloseAsync(host, member.Actor, target.Id);
                Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));
            }
        }

        // The complaint officer's account, closed by someone without GrantComplaintOfficer (an Executive, a head).
        foreach (var member in new[] { team.Executive, team.Head })
        {
            Assert.False(member.Actor.Has(OrganizationPermissions.GrantComplaintOfficer));
            Assert.IsType<ForbiddenError>(Assert.Single((await CloseAsync(host, member.Actor, team.Officer.Id)).Errors));
        }

        Assert.False(await host.QueryAsync(db => db.Users.AnyAsync(u => u.ClosedAt != null)));
        Assert.Equal((1, 0), await MembershipAsync(host, team.Officer.Id));
        Assert.Equal((1, 1), await MembershipAsync(host, team.Treasurer.Id));

        // The OrgAdmin, who holds both, closes the complaint officer's account.
        Assert.True((await CloseAsync(host, team.Issuer.Actor, team.Officer.Id)).Succeeded);
        Assert.Equal((0, 0), await MembershipAsync(host, team.Officer.Id));
    }

    [Theory, Providers]
    public async Task An_unknown_account_or_another_organizations_is_not_found_and_an_account_is_closed_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ดูแลระบบ", [OrgRole.OrgAdmin]);
        var clerk = await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office);
        var other = await CircularsTestData.OtherOrganizationAsync(host);

        Assert.IsType<NotFoundError>(Assert.Single((await CloseAsync(host, admin.Actor, "no-such-account")).Errors));
        Assert.IsType<NotFoundError>(Assert.Single((await CloseAsync(host, admin.Actor, other.Clerk.Id)).Errors));
        Assert.IsType<NotFoundError>(Assert.Single((await CloseAsync(host, admin.Actor, other.Admin.Id)).Errors));
        // Nor does the other organization's OrgAdmin, in its own requests, reach this one's clerk.
        var fromOutside = await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<StaffAccounts>().CloseAsync(other.Admin.Actor, clerk.Id, Reason));
        Assert.IsType<NotFoundError>(Assert.Single(fromOutside.Errors));
        Assert.False(await host.QueryAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.ClosedAt != null)));

        Assert.True((await CloseAsync(host, admin.Actor, clerk.Id)).Succeeded);
        var closedAt = (await UserAsync(host, clerk.Id)).ClosedAt;
        host.Clock.Now = host.Clock.Now.AddHours(2);

        var twice = await CloseAsync(host, admin.Actor, clerk.Id, "อีกครั้ง");
        Assert.IsType<ConflictError>(Assert.Single(twice.Errors));
        Assert.Equal(closedAt, (await UserAsync(host, clerk.Id)).ClosedAt);
        Assert.Equal(1, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == clerk.Id && a.Action == AuditActions.AccountClose)));
    }

    [Theory, Providers]
    public async Task A_closed_account_is_given_no_roles_and_no_password_until_it_is_reopened(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ดูแลระบบ", [OrgRole.OrgAdmin]);
        var clerk = await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office);
        Assert.True((await CloseAsync(host, admin.Actor, clerk.Id, Reason)).Succeeded);
        var closed = await UserAsync(host, clerk.Id);

        var roles = await host.UseAsync<StaffAccounts, Result<StaffUser>>(a => a.SetRolesAsync(admin.Actor, clerk.Id, [OrgRole.DepartmentStaff], [office]));
        var conflict = Assert.IsType<ConflictError>(Assert.Single(roles.Errors));
        Assert.Contains("เปิดบัญชีอีกครั้ง", conflict.Message, StringComparison.Ordinal);
        var reset = await host.UseAsync<StaffAccounts, Result<string>>(a => a.ResetPasswordAsync(admin.Actor, clerk.Id));
        Assert.IsType<ConflictError>(Assert.Single(reset.Errors));
        // The command line is refused the same.
        var commandLine = StaffActor.System(organizationId: host.OrganizationId);
        Assert.IsType<ConflictError>(Assert.Single((await host.UseAsync<StaffAccounts, Result<string>>(a => a.ResetPasswordAsync(commandLine, clerk.Id))).Errors));

        var after = await UserAsync(host, clerk.Id);
        Assert.Equal((0, 0), await MembershipAsync(host, clerk.Id));
        Assert.Equal((closed.PasswordHash, closed.SecurityStamp, closed.ClosedAt), (after.PasswordHash, after.SecurityStamp, after.ClosedAt));
        Assert.False(await host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == clerk.Id && a.Action == AuditActions.PasswordReset)));
    }

    [Theory, Providers]
    public async Task Reopening_gives_back_the_roles_chosen_with_a_one_time_password_to_change(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ดูแลระบบ", [OrgRole.OrgAdmin]);
        var executive = await CircularsTestData.MemberAsync(host, "นายกฤษดา ผู้บริหาร", [OrgRole.Executive]);
        var clerk = await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office);
        var other = await CircularsTestData.OtherOrganizationAsync(host);

        // An open account is not reopened.
        var open = await ReopenAsync(host, admin.Actor, clerk.Id, [OrgRole.DepartmentStaff], [office]);
        Assert.IsType<ConflictError>(Assert.Single(open.Errors));

        Assert.True((await CloseAsync(host, admin.Actor, clerk.Id, Reason)).Succeeded);
        var closed = await UserAsync(host, clerk.Id);

        // Refused: without roles, with another organization's department, by someone without ManageStaff, an unknown
        // account, and the complaint officer's role from someone who may not grant it.
        AssertInvalid(await ReopenAsync(host, admin.Actor, clerk.Id, [], [office]), "Roles");
        AssertInvalid(await ReopenAsync(host, admin.Actor, clerk.Id, [OrgRole.DepartmentStaff], [other.DepartmentId]), "DepartmentIds");
        Assert.IsType<ForbiddenError>(Assert.Single((await ReopenAsync(host, executive.Actor, clerk.Id, [OrgRole.DepartmentStaff], [office])).Errors));
        Assert.IsType<ForbiddenError>(Assert.Single((await ReopenAsync(host, executive.Actor, clerk.Id, [OrgRole.ComplaintOfficer], [])).Errors));
        Assert.False(executive.Actor.Has(OrganizationPermissions.GrantComplaintOfficer));
        Assert.IsType<NotFoundError>(Assert.Single((await ReopenAsync(host, admin.Actor, "no-such-account", [OrgRole.DepartmentStaff], [office])).Errors));
        Assert.IsType<NotFoundError>(Assert.Single((await ReopenAsync(host, admin.Actor, other.Clerk.Id, [OrgRole.DepartmentStaff], [office])).Errors));

        var stillClosed = await UserAsync(host, clerk.Id);
        Assert.Equal((closed.ClosedAt, closed.ClosedBy, closed.PasswordHash), (stillClosed.ClosedAt, stillClosed.ClosedBy, stillClosed.PasswordHash));
        Assert.Equal((0, 0), await MembershipAsync(host, clerk.Id));
        Assert.False(await host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AccountReopen)));

        // Back from another office, now at the finance department and also handling complaints.
        host.Clock.Now = host.Clock.Now.AddDays(30);
        var reopened = await ReopenAsync(host, admin.Actor, clerk.Id, [OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer], [finance]);

        Assert.True(reopened.Succeeded, string.Join(" ", reopened.Errors.Select(e => e.Message)));
        var password = reopened.Value!;
        Assert.False(string.IsNullOrWhiteSpace(password));
        var user = await UserAsync(host, clerk.Id);
        Assert.Null(user.ClosedAt);
        Assert.Null(user.ClosedBy);
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(closed.PasswordHash, user.PasswordHash);
        Assert.Equal(
            [OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer],
            (await host.QueryAsync(db => db.StaffRoles.IgnoreQueryFilters().Where(r => r.UserId == clerk.Id).Select(r => r.Role).ToListAsync())).Order());
        Assert.Equal([finance], await host.QueryAsync(db => db.StaffDepartments.IgnoreQueryFilters().Where(d => d.UserId == clerk.Id).Select(d => d.DepartmentId).ToListAsync()));

        // The one-time password is the account's password now.
        Assert.True(await host.UseAsync<UserManager<StaffUser>, bool>(async users => await users.CheckPasswordAsync((await users.FindByIdAsync(clerk.Id))!, password)));

        var entry = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == clerk.Id && a.Action == AuditActions.AccountReopen));
        Assert.Equal(host.Clock.GetUtcNow(), entry.At);
        Assert.Contains("ComplaintOfficer", entry.Changes, StringComparison.Ordinal);
        // Handing out ComplaintOfficer again tells every OrgAdmin, as granting it always does.
        Assert.True(await host.QueryAsync(db => db.StaffNotifications.IgnoreQueryFilters()
            .AnyAsync(n => n.UserId == admin.Id && n.Text.Contains(clerk.Name))));

        // Open again: the account is managed as any other.
        Assert.True((await host.UseAsync<StaffAccounts, Result<StaffUser>>(a => a.SetRolesAsync(admin.Actor, clerk.Id, [OrgRole.DepartmentStaff], [finance]))).Succeeded);
        Assert.True((await host.UseAsync<StaffAccounts, Result<string>>(a => a.ResetPasswordAsync(admin.Actor, clerk.Id))).Succeeded);
        Assert.IsType<ConflictError>(Assert.Single((await ReopenAsync(host, admin.Actor, clerk.Id, [OrgRole.DepartmentStaff], [finance])).Errors));
    }

    [Theory, Providers]
    public async Task A_circular_stops_waiting_for_someone_whose_account_was_closed(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input());
        Assert.True((await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id)).Succeeded);

        Task<CircularView> ViewAsync() => host.UseAsync<CircularBoard, CircularView>(async b => (await b.FindAsync(team.Issuer.Actor, circular.Id))!);
        Task<(IReadOnlyList<CircularRow> Rows, int Total)> IncompleteListAsync() =>
            host.UseAsync<CircularBoard, (IReadOnlyList<CircularRow>, int)>(b => b.ListAsync(team.Auditor.Actor, CircularListFilter.Incomplete, 1));
        Task<CircularRow> RowAsync() => host.UseAsync<CircularBoard, CircularRow>(async b =>
            (await b.ListAsync(team.Issuer.Actor, CircularListFilter.All, 1)).Rows.Single(r => r.Id == circular.Id));
        Task<(int, int)> IncompleteAsync() => host.UseAsync<CircularBoard, (int, int)>(b => b.IncompleteAsync());

        var before = await ViewAsync();
        Assert.Equal((1, team.Everyone.Count - 1, 0), (before.Acknowledged, before.Missing, before.Left));
        Assert.Equal((team.Everyone.Count, 1), ((await RowAsync()).Recipients, (await RowAsync()).Acknowledged));

        // The treasurer moves to another office before acknowledging.
        Assert.True((await CloseAsync(host, team.Issuer.Actor, team.Treasurer.Id, Reason)).Succeeded);

        var after = await ViewAsync();
        Assert.Equal(before.Missing - 1, after.Missing);
        Assert.Equal(1, after.Left);
        Assert.Equal(1, after.Acknowledged);
        Assert.Equal(team.Everyone.Count, after.Roll!.Count); // the name stays on the roll
        Assert.Contains(team.Treasurer.Id, after.ClosedAccounts);
        var row = await RowAsync();
        Assert.Equal((team.Everyone.Count - 1, 1), (row.Recipients, row.Acknowledged));

        // A circular issued after they left is not sent to them at all: to everyone, or to their department.
        var later = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("ประกาศหลังย้าย"));
        Assert.Equal(
            team.Everyone.Where(m => m.Id != team.Treasurer.Id).Select(m => m.Id).Order(StringComparer.Ordinal),
            (await CircularsTestData.RecipientsAsync(host, later.Id)).Select(r => r.UserId).Order(StringComparer.Ordinal));
        var toFinance = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("ซักซ้อมการเบิกจ่าย", [team.Finance]));
        Assert.Equal([team.AuditingTreasurer.Id], (await CircularsTestData.RecipientsAsync(host, toFinance.Id)).Select(r => r.UserId));
        foreach (var id in new[] { later.Id, toFinance.Id })
        {
            Assert.True((await CircularsTestData.CancelAsync(host, team.Issuer.Actor, id, "ทดสอบเท่านั้น")).Succeeded);
        }

        // Someone who had acknowledged and then left still counts as having acknowledged, and is not "left".
        Assert.True((await CloseAsync(host, team.Issuer.Actor, team.Clerk.Id, Reason)).Succeeded);
        var clerkGone = await ViewAsync();
        Assert.Equal((1, before.Missing - 1, 1), (clerkGone.Acknowledged, clerkGone.Missing, clerkGone.Left));
        Assert.Equal((team.Everyone.Count - 1, 1), ((await RowAsync()).Recipients, (await RowAsync()).Acknowledged));

        // Everyone else but the complaint officer acknowledges: one open account still to ask.
        foreach (var member in new[] { team.Executive, team.Head, team.AuditingTreasurer })
        {
            Assert.True((await CircularsTestData.AcknowledgeAsync(host, member.Actor, circular.Id)).Succeeded, member.Name);
        }

        Assert.Equal((1, 0), await IncompleteAsync());
        Assert.Equal([circular.Id], (await IncompleteListAsync()).Rows.Select(r => r.Id));
        Assert.Equal(1, (await ViewAsync()).Missing);

        // The complaint officer leaves too: nobody who can still be asked is missing.
        Assert.True((await CloseAsync(host, team.Issuer.Actor, team.Officer.Id, Reason)).Succeeded);
        Assert.Equal((0, 0), await IncompleteAsync());
        var (rows, total) = await IncompleteListAsync();
        Assert.Empty(rows);
        Assert.Equal(0, total);
        var final = await ViewAsync();
        Assert.Equal((4, 0, 2), (final.Acknowledged, final.Missing, final.Left));
        var finalRow = await RowAsync();
        Assert.Equal((4, 4), (finalRow.Recipients, finalRow.Acknowledged));

        // The roll as evidence: every recipient is still a line, the two who left before acknowledging are marked.
        var csv = CircularBoard.RollCsv(final);
        var records = CsvFiles.ReadAll(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)).Where(r => r.Count > 1).Skip(1).ToList();
        Assert.Equal(team.Everyone.Count, records.Count);
        Assert.Equal(
            new[] { team.Officer.Name, team.Treasurer.Name }.Order(StringComparer.Ordinal),
            records.Where(r => r[2] == "ปิดบัญชีแล้ว (ไม่นับ)").Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r[2] == "ปิดบัญชีแล้ว (ไม่นับ)"), r => Assert.Equal("", r[3]));
        Assert.Equal(
            new[] { team.Executive.Name, team.Head.Name, team.Clerk.Name, team.AuditingTreasurer.Name }.Order(StringComparer.Ordinal),
            records.Where(r => r[2] == "รับทราบแล้ว").Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(records, r => r[2] == "ยังไม่รับทราบ");

        // Reopened, the complaint officer can be asked again: the circular waits for them once more.
        Assert.True((await ReopenAsync(host, team.Issuer.Actor, team.Officer.Id, [OrgRole.ComplaintOfficer], [])).Succeeded);
        Assert.Equal((1, 0), await IncompleteAsync());
        Assert.Equal((1, 1), ((await ViewAsync()).Missing, (await ViewAsync()).Left));
    }

    [Theory, Providers]
    public async Task Two_administrators_closing_each_other_at_once_leave_one_of_them(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        for (var round = 0; round < 6; round++)
        {
            var a = await CircularsTestData.MemberAsync(host, $"นายเอ ผู้ดูแล {round}", [OrgRole.OrgAdmin]);
            var b = await CircularsTestData.MemberAsync(host, $"นายบี ผู้ดูแล {round}", [OrgRole.OrgAdmin]);
            // Everyone else who administers is closed first, so a and b are the last two.
            var others = await host.QueryAsync(db => db.StaffRoles.IgnoreQueryFilters()
                .Where(r => r.OrganizationId == host.OrganizationId && r.Role == OrgRole.OrgAdmin && r.UserId != a.Id && r.UserId != b.Id)
                .Select(r => r.UserId).ToListAsync());
            foreach (var other in others)
            {
                Assert.True((await CloseAsync(host, a.Actor, other)).Succeeded);
            }

            var both = await Task.WhenAll(CloseAsync(host, a.Actor, b.Id), CloseAsync(host, b.Actor, a.Id));

            Assert.Single(both, r => r.Succeeded);
            AssertInvalid(Assert.Single(both, r => !r.Succeeded), "Reason");
            Assert.Equal(1, await host.QueryAsync(db => db.StaffRoles.IgnoreQueryFilters()
                .CountAsync(r => r.OrganizationId == host.OrganizationId && r.Role == OrgRole.OrgAdmin)));
        }
    }

    [Theory, Providers]
    public async Task The_last_OrgAdmin_cannot_take_the_role_from_themselves(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var admin = await CircularsTestData.MemberAsync(host, "นายปกครอง ดูแลระบบ", [OrgRole.OrgAdmin]);

        var dropped = await host.UseAsync<StaffAccounts, Result<StaffUser>>(
            a => a.SetRolesAsync(admin.Actor, admin.Id, [OrgRole.Executive], []));

        AssertInvalid(dropped, "Roles");
        Assert.Equal((1, 0), await MembershipAsync(host, admin.Id));

        // With a second OrgAdmin it may.
        await CircularsTestData.MemberAsync(host, "นางสาวสำรอง ดูแลระบบ", [OrgRole.OrgAdmin]);
        Assert.True((await host.UseAsync<StaffAccounts, Result<StaffUser>>(
            a => a.SetRolesAsync(admin.Actor, admin.Id, [OrgRole.Executive], []))).Succeeded);
    }

    private static Task<Result<StaffUser>> CloseAsync(MeasuresTestHost host, StaffActor actor, string userId, string? reason = Reason) =>
        host.UseAsync<StaffAccounts, Result<StaffUser>>(a => a.CloseAsync(actor, userId, reason));

    private static Task<Result<string>> ReopenAsync(
        MeasuresTestHost host, StaffActor actor, string userId, IReadOnlyCollection<OrgRole> roles, IReadOnlyCollection<int> departmentIds) =>
        host.UseAsync<StaffAccounts, Result<string>>(a => a.ReopenAsync(actor, userId, roles, departmentIds));

    private static Task<StaffUser> UserAsync(MeasuresTestHost host, string userId) =>
        host.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == userId));

    private static Task<string?> StampAsync(MeasuresTestHost host, string userId) =>
        host.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    /// <summary>How many roles and departments the account holds, in any organization.</summary>
    private static Task<(int Roles, int Departments)> MembershipAsync(MeasuresTestHost host, string userId) =>
        host.QueryAsync(async db => (
            await db.StaffRoles.IgnoreQueryFilters().CountAsync(r => r.UserId == userId),
            await db.StaffDepartments.IgnoreQueryFilters().CountAsync(d => d.UserId == userId)));

    private static void AssertInvalid<T>(Result<T> result, string field)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(field, error.Field);
        Assert.Matches("[ก-๙]", error.Message);
    }
}
