using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>
/// Who sees and does what with one request, beyond the permission itself:
/// corruption complaints exist only for ComplaintOfficers; organization-wide readers (OrgAdmin, Executive, Auditor,
/// ComplaintOfficer) see every other request; department roles see their departments' requests. The identity is
/// shown only where the type allows (complaints: ComplaintOfficer), never when anonymous.
/// </summary>
public static class RequestAccess
{
    public static bool SeesConfidential(StaffActor actor) => actor.Has(RequestsPermissions.ViewCorruptionComplaints);

    /// <summary>Reads every department's (non-confidential) requests.</summary>
    public static bool ReadsAll(StaffActor actor) =>
        actor.IsOrganizationWide || actor.Roles.Contains(OrgRole.Auditor) || actor.Has(RequestsPermissions.ScreenRequests);

    public static bool CanSee(StaffActor actor, RequestType type, TrackedRequest request) =>
        actor.IsMember
        && (type.Confidential ? SeesConfidential(actor)
            : ReadsAll(actor) || (request.DepartmentId is { } d && actor.DepartmentIds.Contains(d)));

    public static bool CanScreen(StaffActor actor, RequestType type, TrackedRequest request) =>
        actor.Has(RequestsPermissions.ScreenRequests) && CanSee(actor, type, request);

    public static bool CanAnswer(StaffActor actor, RequestType type, TrackedRequest request) =>
        actor.Has(RequestsPermissions.AnswerRequests) && CanSee(actor, type, request)
        && (actor.IsOrganizationWide || actor.Has(RequestsPermissions.ScreenRequests)
            || (request.DepartmentId is { } d && actor.DepartmentIds.Contains(d)));

    public static bool CanSeeIdentity(StaffActor actor, RequestType type, TrackedRequest request) =>
        !request.IsAnonymous && CanSee(actor, type, request)
        && (type.IdentityRestricted ? actor.Has(OrganizationPermissions.ViewComplainantIdentity) : CanAnswer(actor, type, request));
}
