using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

public sealed record CreateStaffRequest(
    int OrganizationId,
    string Email,
    string DisplayName,
    IReadOnlyCollection<OrgRole> Roles,
    IReadOnlyCollection<int>? DepartmentIds = null);

/// <summary>A new account and the one-time password to hand over (shown once, never stored in clear).</summary>
public sealed record CreatedStaff(StaffUser User, string OneTimePassword);

/// <summary>Staff account use cases: create, change roles and departments, reset a password, close and reopen (StaffAccounts.Closing.cs).</summary>
public sealed partial class StaffAccounts(ProngsaiDbContext db, UserManager<StaffUser> users, IAuditActor actor, TimeProvider clock)
{
    /// <summary>The e-mail is already an account of this organization.</summary>
    public const string EmailTaken = "มีบัญชีที่ใช้อีเมลนี้อยู่แล้ว";

    /// <summary>The e-mail cannot be used here (it is an account elsewhere, which is not said).</summary>
    public const string EmailUnusable = "ใช้อีเมลนี้ไม่ได้ กรุณาใช้อีเมลอื่น (เช่น อีเมลของหน่วยงาน)";

    /// <summary>
    /// A new account with a one-time password. An OrgAdmin creates accounts of their own organization (granting
    /// ComplaintOfficer needs GrantComplaintOfficer too); the Operator creates only an organization's first OrgAdmin.
    /// </summary>
    public async Task<Result<CreatedStaff>> CreateAsync(StaffActor actor, CreateStaffRequest request, CancellationToken cancellationToken = default)
    {
        var operatorCreatesFirstAdmin = actor.IsOperator && request.Roles.Distinct().SequenceEqual([OrgRole.OrgAdmin]);
        if (!operatorCreatesFirstAdmin && MayManage(actor, request.OrganizationId, request.Roles) is { } forbidden)
        {
            return forbidden;
        }

        var email = request.Email.Trim();
        var errors = new List<Error>();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || email.Length > 200)
        {
            errors.Add(Error.Invalid("รูปแบบอีเมลไม่ถูกต้อง", nameof(request.Email)));
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 200)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อ-นามสกุล", nameof(request.DisplayName)));
        }

        if (request.Roles.Count == 0)
        {
            errors.Add(Error.Invalid("กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท", nameof(request.Roles)));
        }

        if (errors.Count > 0)
        {
            return Result<CreatedStaff>.Fail(errors);
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (existing.OrganizationId == request.OrganizationId && !existing.IsOperator)
            {
                return Error.Conflict(EmailTaken);
            }

            // An e-mail has one account in the whole installation, so the creation fails either way; an account of
            // another organization (or the platform operator's) is not named, and the attempt is recorded.
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                OrganizationId = request.OrganizationId,
                UserId = actor.UserId,
                UserName = actor.AuditName,
                Entity = nameof(StaffUser),
                Action = AuditActions.AccountCreateRefused,
            });
            await db.SaveChangesAsync(cancellationToken);
            return Error.Conflict(EmailUnusable);
        }

        var departmentProblem = await CheckDepartmentsAsync(request.OrganizationId, request.Roles, request.DepartmentIds, cancellationToken);
        if (departmentProblem is not null)
        {
            return departmentProblem;
        }

        var password = Passwords.Generate();
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            OrganizationId = request.OrganizationId,
            CreatedAt = clock.GetUtcNow(),
            MustChangePassword = true,
            OneTimePasswordIssuedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };

        // Inside the caller's transaction when there is one (an organization created with its first OrgAdmin).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Result<CreatedStaff>.Fail(created.Errors.Select(e => Error.Invalid(e.Description)).ToArray());
        }

        await ReplaceRolesAsync(user, request.Roles, request.DepartmentIds ?? [], cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return Result<CreatedStaff>.Ok(new CreatedStaff(user, password));
    }

    /// <summary>Replaces a member's roles and departments; granting or revoking ComplaintOfficer needs GrantComplaintOfficer.</summary>
    public async Task<Result<StaffUser>> SetRolesAsync(
        StaffActor actor, string userId, IReadOnlyCollection<OrgRole> roles, IReadOnlyCollection<int> departmentIds,
        CancellationToken cancellationToken = default)
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
            return ClosedAccount;
        }

        var current = await db.StaffRoles.IgnoreQueryFilters()
            .Where(r => r.UserId == userId && r.OrganizationId == organizationId).Select(r => r.Role).ToListAsync(cancellationToken);
        var touchesComplaintOfficer = roles.Contains(OrgRole.ComplaintOfficer) != current.Contains(OrgRole.ComplaintOfficer);
        if (touchesComplaintOfficer && actor.Lacks(OrganizationPermissions.GrantComplaintOfficer) is { } notAllowed)
        {
            return notAllowed;
        }

        if (roles.Count == 0)
        {
            return Error.Invalid("กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท", "Roles");
        }

        if (await CheckDepartmentsAsync(organizationId, roles, departmentIds, cancellationToken) is { } problem)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAdministratorsAsync(organizationId, cancellationToken);
        if (!roles.Contains(OrgRole.OrgAdmin) && !await HasAnotherOrgAdminAsync(organizationId, userId, cancellationToken)
            && await db.StaffRoles.IgnoreQueryFilters().AnyAsync(
                r => r.OrganizationId == organizationId && r.UserId == userId && r.Role == OrgRole.OrgAdmin, cancellationToken))
        {
            return LastOrgAdmin("Roles");
        }

        await ReplaceRolesAsync(user, roles, departmentIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<StaffUser>.Ok(user);
    }

    /// <summary>A new one-time password for a member of the actor's organization (the command line: any account).</summary>
    public async Task<Result<string>> ResetPasswordAsync(StaffActor actor, string userId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageStaff) is { } forbidden)
        {
            return forbidden;
        }

        var organizationId = actor.OrganizationId;
        if (await MemberAsync(organizationId, userId, cancellationToken) is not { } user)
        {
            return StaffAccountNotFound;
        }

        if (user.ClosedAt is not null)
        {
            return ClosedAccount;
        }

        var password = Passwords.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return Result<string>.Fail(reset.Errors.Select(e => Error.Invalid(e.Description)).ToArray());
        }

        user.MustChangePassword = true;
        user.OneTimePasswordIssuedAt = clock.GetUtcNow();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Record(user, AuditActions.PasswordReset, null);
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(password);
    }

    /// <summary>What the password policy says of a password chosen in advance (the configured demo password), before any
    /// account exists to set it on.</summary>
    public async Task<IReadOnlyList<string>> PasswordProblemsAsync(string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new StaffUser { UserName = "password-check", DisplayName = "password-check" }, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }

    /// <summary>Sets a password chosen by whoever runs the system (command line, configured demo password).</summary>
    public async Task<Result<StaffUser>> SetPasswordAsync(StaffActor actor, string userId, string password, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageStaff) is { } forbidden)
        {
            return forbidden;
        }

        var organizationId = actor.OrganizationId;
        if (await MemberAsync(organizationId, userId, cancellationToken) is not { } user)
        {
            return StaffAccountNotFound;
        }

        if (user.ClosedAt is not null)
        {
            return ClosedAccount;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return Result<StaffUser>.Fail(reset.Errors.Select(e => Error.Invalid(e.Description)).ToArray());
        }

        // A password chosen on purpose (reset-password --password, the configured demo password) is not a
        // one-time password: only generated ones must be changed at sign-in.
        user.MustChangePassword = false;
        user.OneTimePasswordIssuedAt = null;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Record(user, AuditActions.PasswordReset, null);
        await db.SaveChangesAsync(cancellationToken);
        return Result<StaffUser>.Ok(user);
    }

    /// <summary>A platform Operator account (command line only): creates organizations, nothing inside them.</summary>
    public async Task<Result<CreatedStaff>> CreateOperatorAsync(StaffActor actor, string email, string? displayName, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOperator)
        {
            return Error.Forbidden();
        }

        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || email.Length > 200)
        {
            return Error.Invalid("รูปแบบอีเมลไม่ถูกต้อง", "Email");
        }

        var password = Passwords.Generate();
        var user = new StaffUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
            IsOperator = true, CreatedAt = clock.GetUtcNow(), MustChangePassword = true, OneTimePasswordIssuedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded
            ? new CreatedStaff(user, password)
            : Result<CreatedStaff>.Fail(created.Errors.Select(e => Error.Invalid(e.Description)).ToArray());
    }

    private static readonly Error StaffAccountNotFound = Error.NotFound("ไม่พบบัญชีเจ้าหน้าที่");

    /// <summary>An account of the organization (tracked, to be changed), or null — never one of another organization.</summary>
    private Task<StaffUser?> MemberAsync(int? organizationId, string userId, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganizationId == organizationId, cancellationToken);

    private static Error LastOrgAdmin(string field) =>
        Error.Invalid("นี่คือผู้ดูแลระบบคนสุดท้ายของหน่วยงาน ให้บทบาทผู้ดูแลระบบแก่คนอื่นก่อน", field);

    /// <summary>
    /// Serializes changes to who administers an organization, inside the caller's transaction: a write on the
    /// organization's row (a row lock on PostgreSQL, the write lock on SQLite), so two administrators removing each
    /// other at the same moment cannot both still see the other and leave nobody.
    /// </summary>
    private Task LockAdministratorsAsync(int organizationId, CancellationToken cancellationToken) =>
        db.Organizations.Where(o => o.Id == organizationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, o => o.Name), cancellationToken);

    private Task<bool> HasAnotherOrgAdminAsync(int organizationId, string userId, CancellationToken cancellationToken) =>
        db.StaffRoles.IgnoreQueryFilters().AnyAsync(
            r => r.OrganizationId == organizationId && r.Role == OrgRole.OrgAdmin && r.UserId != userId, cancellationToken);

    /// <summary>Managing accounts of an organization needs ManageStaff there; handing out ComplaintOfficer needs GrantComplaintOfficer.</summary>
    private static Error? MayManage(StaffActor actor, int organizationId, IReadOnlyCollection<OrgRole> roles)
    {
        if (actor.OrganizationId != organizationId || !actor.Has(OrganizationPermissions.ManageStaff))
        {
            return Error.Forbidden();
        }

        return roles.Contains(OrgRole.ComplaintOfficer) ? actor.Lacks(OrganizationPermissions.GrantComplaintOfficer) : null;
    }

    private async Task<Error?> CheckDepartmentsAsync(
        int organizationId, IReadOnlyCollection<OrgRole> roles, IReadOnlyCollection<int>? departmentIds, CancellationToken cancellationToken)
    {
        if (departmentIds is null || departmentIds.Count == 0)
        {
            // A department role acts for its departments only: without one it could do nothing, and nobody would see why.
            var departmentRoleOnly = roles.Any(r => r is OrgRole.DepartmentHead or OrgRole.DepartmentStaff)
                && !roles.Any(r => r is OrgRole.OrgAdmin or OrgRole.Executive);
            return departmentRoleOnly
                ? Error.Invalid("หัวหน้าส่วนราชการและเจ้าหน้าที่ส่วนราชการต้องเลือกส่วนราชการที่สังกัดอย่างน้อยหนึ่งแห่ง", "DepartmentIds")
                : null;
        }

        // A retired department has no staff: its members' assignments ended with it.
        var known = await db.Departments.IgnoreQueryFilters().InUse()
            .CountAsync(d => d.OrganizationId == organizationId && departmentIds.Contains(d.Id), cancellationToken);
        return known == departmentIds.Distinct().Count() ? null : Error.Invalid("ส่วนราชการที่เลือกไม่ถูกต้อง", "DepartmentIds");
    }

    private async Task ReplaceRolesAsync(StaffUser user, IReadOnlyCollection<OrgRole> roles, IReadOnlyCollection<int> departmentIds, CancellationToken cancellationToken)
    {
        var organizationId = user.OrganizationId!.Value;
        var oldRoles = await db.StaffRoles.IgnoreQueryFilters()
            .Where(r => r.UserId == user.Id && r.OrganizationId == organizationId).ToListAsync(cancellationToken);
        var oldDepartments = await db.StaffDepartments.IgnoreQueryFilters()
            .Where(d => d.UserId == user.Id && d.OrganizationId == organizationId).ToListAsync(cancellationToken);

        var before = oldRoles.Select(r => r.Role).Order().ToList();
        var after = roles.Distinct().Order().ToList();
        db.StaffRoles.RemoveRange(oldRoles.Where(r => !after.Contains(r.Role)));
        foreach (var role in after.Where(r => !before.Contains(r)))
        {
            db.StaffRoles.Add(new StaffRoleAssignment { OrganizationId = organizationId, UserId = user.Id, Role = role });
        }

        var departments = departmentIds.Distinct().ToList();
        db.StaffDepartments.RemoveRange(oldDepartments.Where(d => !departments.Contains(d.DepartmentId)));
        foreach (var id in departments.Where(id => oldDepartments.All(d => d.DepartmentId != id)))
        {
            db.StaffDepartments.Add(new StaffDepartment { OrganizationId = organizationId, UserId = user.Id, DepartmentId = id });
        }

        if (!before.SequenceEqual(after))
        {
            Record(user, AuditActions.PermissionChange, new { roles = new[] { before.Select(r => r.ToString()), after.Select(r => r.ToString()) } });
        }

        var grantsComplaintOfficer = after.Contains(OrgRole.ComplaintOfficer) && !before.Contains(OrgRole.ComplaintOfficer);
        if (grantsComplaintOfficer)
        {
            await NotifyOrgAdminsAsync(organizationId, user, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>ComplaintOfficer sees complainants' identities, so every OrgAdmin is told who got it.</summary>
    private async Task NotifyOrgAdminsAsync(int organizationId, StaffUser user, CancellationToken cancellationToken)
    {
        var admins = await db.StaffRoles.IgnoreQueryFilters()
            .Where(r => r.OrganizationId == organizationId && r.Role == OrgRole.OrgAdmin)
            .Select(r => r.UserId).Distinct().ToListAsync(cancellationToken);
        // Named as colleagues know them; the e-mail (the account's user name) stays in the audit trail.
        var granter = actor.UserId is null ? null : await db.Users.IgnoreQueryFilters()
            .Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var by = string.IsNullOrWhiteSpace(granter) ? actor.UserName : granter;
        var text = new NotificationText(
            $"{by} ได้มอบบทบาท \"{OrgRole.ComplaintOfficer.Thai()}\" (เห็นตัวตนผู้ร้องเรียน) ให้แก่ {user.DisplayName}",
            $"{by} has given {user.DisplayName} the role \"{OrgRole.ComplaintOfficer.English()}\" (sees who complainants are)");
        foreach (var adminId in admins)
        {
            var notification = StaffNotification.For(adminId, text, clock.GetUtcNow(), "staff/" + user.Id);
            notification.OrganizationId = organizationId;
            db.Add(notification);
        }
    }

    private void Record(StaffUser user, string action, object? changes) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            OrganizationId = user.OrganizationId,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Entity = nameof(StaffUser),
            EntityId = user.Id,
            Action = action,
            Changes = changes is null ? null : JsonSerializer.Serialize(changes, AuditJson.Options),
        });
}
