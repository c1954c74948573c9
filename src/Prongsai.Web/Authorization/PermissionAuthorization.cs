using Prongsai.Core.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Prongsai.Web.Authorization;

/// <summary>The user must hold Permission in the organization of the request.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Reading (GET, HEAD) needs ViewBackOffice; any other method needs Permission.</summary>
public sealed record ChangePermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>The user must be the platform Operator.</summary>
public sealed record OperatorRequirement : IAuthorizationRequirement;

/// <summary>[RequirePermission(OrganizationPermissions.ManageStaff)] on a page model or endpoint.</summary>
public sealed class RequirePermissionAttribute(string permission)
    : AuthorizeAttribute(PermissionPolicies.NameOf(permission));

/// <summary>
/// [RequirePermissionToChange(OrganizationPermissions.ManageStaff)] on a back-office page that everyone in the back office
/// may read (docs/permissions.md: ViewBackOffice "reads its pages"; the Auditor reads everything) while its
/// forms change something only with the named permission. Pages whose very reading is the privilege (the audit
/// trail, complainants' identities) keep [RequirePermission].
/// </summary>
public sealed class RequirePermissionToChangeAttribute(string permission)
    : AuthorizeAttribute(PermissionPolicies.ChangeNameOf(permission));

public static class PermissionPolicies
{
    public const string Prefix = "permission:";
    public const string ChangePrefix = "change:";
    public const string Operator = "operator";

    public static string NameOf(string permission) => Prefix + permission;

    public static string ChangeNameOf(string permission) => ChangePrefix + permission;
}

/// <summary>
/// Fails closed: no organization on the request, no membership there, or no such permission
/// all leave the requirement unmet (403 for a signed-in user).
/// </summary>
public sealed class PermissionHandler(StaffSession session) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var actor = await session.GetActorAsync();
        if (actor.Has(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// Reads need only ViewBackOffice, writes the named permission. The method is the request's own, so a
/// write cannot pass as a read; with no request at hand the write permission is required (fails closed).
/// </summary>
public sealed class ChangePermissionHandler(StaffSession session, IHttpContextAccessor http) : AuthorizationHandler<ChangePermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ChangePermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var method = http.HttpContext?.Request.Method;
        var reading = method is not null && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
        var actor = await session.GetActorAsync();
        if (actor.Has(reading ? OrganizationPermissions.ViewBackOffice : requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed class OperatorHandler(StaffSession session) : AuthorizationHandler<OperatorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperatorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && (await session.GetUserAsync())?.IsOperator == true)
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Builds "permission:X" policies on demand, so each permission needs no registration of its own.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        // An undeclared permission still gets a policy — one nobody meets (fail closed, not a 500).
        if (policyName.StartsWith(PermissionPolicies.Prefix, StringComparison.Ordinal))
        {
            var permission = policyName[PermissionPolicies.Prefix.Length..];
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission))
                .Build();
        }

        if (policyName.StartsWith(PermissionPolicies.ChangePrefix, StringComparison.Ordinal))
        {
            var changing = policyName[PermissionPolicies.ChangePrefix.Length..];
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new ChangePermissionRequirement(changing))
                .Build();
        }

        if (policyName == PermissionPolicies.Operator)
        {
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new OperatorRequirement()).Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
