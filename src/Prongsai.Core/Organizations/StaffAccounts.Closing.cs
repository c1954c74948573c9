using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Closing the account of someone who left or moved to another office (ย้าย/โอน/พ้นจากตำแหน่ง), and reopening it. A closed
/// account cannot sign in and a session it still holds stops working at its next request; it loses its roles and
/// departments (so no list of members, notification or circular counts it), while its name stays on everything it
/// did and the audit trail keeps who closed it and why.
/// </summary>
public sealed partial class StaffAccounts
{
    private static readonly Error ClosedAccount =
        Error.Conflict("บัญชีนี้ปิดแล้ว กด \"เปิดบัญชีอีกครั้ง\" ก่อน จึงจะกำหนดสิทธิ์หรือตั้งรหัสผ่านได้");

    public async Task<Result<StaffUser>> CloseAsync(StaffActor actor, string userId, string? reason, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageStaff) is not null || actor.OrganizationId is not { } organizationId)
        {
            return Error.Forbidden();
        }

        if (await MemberAsync(organizationId, userId, cancellationToken) is not { } user)
        {
            return StaffAccountNotFound;
        }

        if (user.ClosedAt is not null)
        {
            return Error.Conflict("บัญชีนี้ปิดไปแล้ว");
        }

        if (user.Id == actor.UserId)
        {
            return Error.Invalid("ปิดบัญชีของตัวเองไม่ได้ ให้ผู้ดูแลระบบคนอื่นของหน่วยงานปิดให้", "Reason");
        }

        if (reason?.Trim().Length > 500)
        {
            return Error.Invalid("เหตุผลยาวได้ไม่เกิน 500 ตัวอักษร", "Reason");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAdministratorsAsync(organizationId, cancellationToken);
        if (await db.Users.AnyAsync(u => u.Id == userId && u.ClosedAt != null, cancellationToken))
        {
            return Error.Conflict("บัญชีนี้ปิดไปแล้ว");
        }

        var roles = await db.StaffRoles.IgnoreQueryFilters()
            .Where(r => r.UserId == userId && r.OrganizationId == organizationId).Select(r => r.Role).ToListAsync(cancellationToken);
        // Taking ComplaintOfficer away needs the same right as handing it out (SetRolesAsync).
        if (roles.Contains(OrgRole.ComplaintOfficer) && actor.Lacks(OrganizationPermissions.GrantComplaintOfficer) is { } notAllowed)
        {
            return notAllowed;
        }

        if (roles.Contains(OrgRole.OrgAdmin) && !await HasAnotherOrgAdminAsync(organizationId, userId, cancellationToken))
        {
            return LastOrgAdmin("Reason");
        }

        await ReplaceRolesAsync(user, [], [], cancellationToken);
        user.ClosedAt = clock.GetUtcNow();
        user.ClosedBy = actor.UserName;
        // A new stamp ends the sign-in cookies issued before (StaffSession also treats the account as signed out).
        await users.UpdateSecurityStampAsync(user);
        Record(user, AuditActions.AccountClose, new { reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), roles = roles.Order().Select(r => r.ToString()) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Reopens a closed account with the roles and departments given, and a one-time password to hand over.</summary>
    public async Task<Result<string>> ReopenAsync(
        StaffActor actor, string userId, IReadOnlyCollection<OrgRole> roles, IReadOnlyCollection<int> departmentIds,
        CancellationToken cancellationToken = default)
    {
        if (actor.OrganizationId is not { } organizationId || MayManage(actor, organizationId, roles) is not null)
        {
            return Error.Forbidden();
        }

        if (await MemberAsync(organizationId, userId, cancellationToken) is not { } user)
        {
            return StaffAccountNotFound;
        }

        if (user.ClosedAt is null)
        {
            return Error.Conflict("บัญชีนี้เปิดใช้งานอยู่แล้ว");
        }

        if (roles.Count == 0)
        {
            return Error.Invalid("กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท", "Roles");
        }

        if (await CheckDepartmentsAsync(organizationId, roles, departmentIds, cancellationToken) is { } problem)
        {
            return problem;
        }

        var password = Passwords.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.ClosedAt = null;
        user.ClosedBy = null;
        await ReplaceRolesAsync(user, roles, departmentIds, cancellationToken);
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            return Result<string>.Fail(reset.Errors.Select(e => Error.Invalid(e.Description)).ToArray());
        }

        user.MustChangePassword = true;
        user.OneTimePasswordIssuedAt = clock.GetUtcNow();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Record(user, AuditActions.AccountReopen, new { roles = roles.Distinct().Order().Select(r => r.ToString()) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }
}
