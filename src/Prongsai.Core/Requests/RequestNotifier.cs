using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Notifications;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>
/// Tells people about a request, inside the caller's SaveChanges: staff through in-app notifications (never with the
/// requester's identity), the citizen by e-mail through the outbox — only when they gave an e-mail address, so never
/// for an anonymous request.
/// </summary>
public sealed class RequestNotifier(ProngsaiDbContext db, IOptions<PlatformHostOptions> platform)
{
    private static readonly OrgRole[] DepartmentRoles = [OrgRole.DepartmentHead, OrgRole.DepartmentStaff];

    /// <summary>
    /// The people responsible for a request: ComplaintOfficers for complaints whose identity or content is restricted,
    /// the members of its department otherwise, or the OrgAdmins while no department has it.
    /// </summary>
    public async Task<List<string>> ResponsibleAsync(RequestType type, int? departmentId, CancellationToken cancellationToken)
    {
        if (ForComplaintOfficers(type, departmentId))
        {
            return await UsersWithRoleAsync(OrgRole.ComplaintOfficer, cancellationToken);
        }

        if (departmentId is { } id)
        {
            var members = await db.StaffDepartments.Where(d => d.DepartmentId == id).Select(d => d.UserId)
                .Where(u => db.StaffRoles.Any(r => r.UserId == u && DepartmentRoles.Contains(r.Role)))
                .Distinct().ToListAsync(cancellationToken);
            if (members.Count > 0)
            {
                return members;
            }
        }

        return await UsersWithRoleAsync(OrgRole.OrgAdmin, cancellationToken);
    }

    public async Task NotifyStaffAsync(RequestType type, TrackedRequest request, NotificationText text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"{ConfidentialRequestRows.NotificationPath}{request.Id}");
        var responsible = await ResponsibleAsync(type, request.DepartmentId, cancellationToken);
        foreach (var userId in responsible)
        {
            db.StaffNotifications.Add(StaffNotification.For(userId, text, now, path));
        }

        if (responsible.Count == 0 && ForComplaintOfficers(type, request.DepartmentId))
        {
            // Only a complaint officer may open it, and the office has none: it would wait unseen. The OrgAdmins, who
            // grant the role, are told that much — not what the complaint says, nor a link they could not open — once
            // while they have not read it, however many complaints come.
            var told = await db.StaffNotifications.Where(n => n.ReadAt == null && n.Path == "staff" && n.Text == NoComplaintOfficer.Thai)
                .Select(n => n.UserId).ToListAsync(cancellationToken);
            foreach (var admin in (await UsersWithRoleAsync(OrgRole.OrgAdmin, cancellationToken)).Except(told))
            {
                db.StaffNotifications.Add(StaffNotification.For(admin, NoComplaintOfficer, now, "staff"));
            }
        }
    }

    /// <summary>What the OrgAdmins are told when a complaint only a complaint officer may open finds none.</summary>
    public static readonly NotificationText NoComplaintOfficer = new(
        "มีเรื่องร้องเรียนใหม่ที่เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียนเปิดอ่านได้ แต่หน่วยงานยังไม่มีผู้ได้รับบทบาทนี้ โปรดมอบบทบาทให้เจ้าหน้าที่อย่างน้อยหนึ่งคน",
        "A new complaint only a complaint officer may open has arrived, but nobody holds that role: give it to at least one member.");

    private static bool ForComplaintOfficers(RequestType type, int? departmentId) =>
        type.Confidential || (type.IdentityRestricted && departmentId is null);

    /// <summary>Queues the citizen's mail; <paramref name="body"/> is given the words that point to the tracking page.</summary>
    public async Task MailCitizenAsync(TrackedRequest request, string organizationName, string subject, Func<string, string> body,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.IsAnonymous || !IsEmail(request.RequesterContact))
        {
            return;
        }

        var trackingPage = await TrackingPageAsync(request.OrganizationId, cancellationToken);
        MailOutbox.Queue(db, request.OrganizationId, request.RequesterContact!, $"{subject} – {organizationName}", body(trackingPage), now);
    }

    /// <summary>
    /// Where the citizen reads the request's progress, as the mail says it: a link on the office's own host name when
    /// the operator approved one (that is the website the citizen knows), else on the platform's public address when
    /// configured, else the path on the office's website. Never the tracking code itself (the mail stays in the outbox
    /// table, where the code is never kept in clear).
    /// </summary>
    private async Task<string> TrackingPageAsync(int organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new
            {
                o.Slug,
                OwnHost = o.Hosts.Where(h => h.Status == HostClaimStatus.Approved).OrderBy(h => h.Id).Select(h => h.HostName).FirstOrDefault(),
            })
            .FirstAsync(cancellationToken);
        var root = platform.Value.PublicRoot;
        if (organization.OwnHost is { } host)
        {
            // The scheme the platform is reached by; an office's public website is https when nothing says otherwise.
            var scheme = root is null ? Uri.UriSchemeHttps : root[..root.IndexOf("://", StringComparison.Ordinal)];
            return $"หน้าติดตามเรื่อง {scheme}://{host}/{organization.Slug}/track";
        }

        return root is not null
            ? $"หน้าติดตามเรื่อง {root}/{organization.Slug}/track"
            : $"หน้าติดตามเรื่อง /{organization.Slug}/track ของเว็บไซต์หน่วยงาน";
    }

    public static string Number(TrackedRequest request) => string.Create(CultureInfo.InvariantCulture, $"#{request.Id}");

    public static bool IsEmail(string? contact) =>
        contact is not null && System.Net.Mail.MailAddress.TryCreate(contact, out var address) && address.Address == contact.Trim();

    private Task<List<string>> UsersWithRoleAsync(OrgRole role, CancellationToken cancellationToken) =>
        db.StaffRoles.Where(r => r.Role == role).Select(r => r.UserId).Distinct().ToListAsync(cancellationToken);
}
