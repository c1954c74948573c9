using System.Security.Claims;
using Prongsai.Core.Auditing;

namespace Prongsai.Web.Authorization;

/// <summary>The audit trail's "who": the signed-in user, or "anonymous" for public actions.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => http.HttpContext?.User.Identity?.IsAuthenticated == true
        ? http.HttpContext.User.Identity.Name ?? "staff"
        : "anonymous";
}
