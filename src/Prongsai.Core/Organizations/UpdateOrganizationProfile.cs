using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

public sealed class OrganizationProfileInput
{
    public string? Name { get; set; }
    public string? NameEnglish { get; set; }
    public OrganizationKind Kind { get; set; } = OrganizationKind.Sao;
    public string? Province { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? FacebookUrl { get; set; }
    public string? LineUrl { get; set; }
    public string? YouTubeUrl { get; set; }

    /// <summary>Comma- or space-separated host names.</summary>
    public string? HostNames { get; set; }

    /// <summary>The organization's <see cref="EditVersions">edit count</see> when the form was drawn.</summary>
    public int? EditVersion { get; set; }
}

/// <summary>
/// An OrgAdmin edits the organization's profile and claims its own host names. A new claim waits for the
/// platform Operator's approval (<see cref="HostClaims"/>); until then the host serves nothing.
/// </summary>
public sealed partial class UpdateOrganizationProfile(
    ProngsaiDbContext db, IOptions<PlatformHostOptions> platform, ContentVersion contentVersion, TimeProvider clock)
{
    // A Thai domain arrives here in its ASCII form (HostNames.Normalize); a Thai top-level name (.ไทย) is xn--o3cw4h.
    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$", RegexOptions.CultureInvariant)]
    private static partial Regex HostShape();

    public async Task<OrganizationProfileInput?> LoadAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var o = await db.Organizations.AsNoTracking().Include(x => x.Hosts).FirstOrDefaultAsync(x => x.Id == organizationId, cancellationToken);
        return o is null ? null : new OrganizationProfileInput
        {
            Name = o.Name, NameEnglish = o.NameEnglish, Kind = o.Kind, Province = o.Province, District = o.District,
            Address = o.Address, Phone = o.Phone, Email = o.Email,
            FacebookUrl = o.FacebookUrl, LineUrl = o.LineUrl, YouTubeUrl = o.YouTubeUrl, HostNames = string.Join(", ", o.Hosts.Select(h => h.HostName)),
            EditVersion = o.EditVersion,
        };
    }

    /// <summary>The organization's host claims and where each stands, for the profile page.</summary>
    public async Task<IReadOnlyList<OrganizationHost>> HostsAsync(int organizationId, CancellationToken cancellationToken = default) =>
        (await db.OrganizationHosts.AsNoTracking().Where(h => h.OrganizationId == organizationId).ToListAsync(cancellationToken))
            .OrderBy(h => h.HostName, StringComparer.Ordinal).ToList();

    public async Task<Result<Organization>> RunAsync(StaffActor actor, OrganizationProfileInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageOrganizationProfile) is not null || actor.OrganizationId is not { } organizationId)
        {
            return Error.Forbidden();
        }

        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อหน่วยงาน (ไม่เกิน 200 ตัวอักษร)", nameof(input.Name)));
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && !System.Net.Mail.MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add(Error.Invalid("รูปแบบอีเมลไม่ถูกต้อง", nameof(input.Email)));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(Error.Invalid("ประเภทหน่วยงานไม่ถูกต้อง", nameof(input.Kind)));
        }

        Check(errors, input.NameEnglish, 200, nameof(input.NameEnglish));
        Check(errors, input.Province, 100, nameof(input.Province));
        Check(errors, input.District, 100, nameof(input.District));
        Check(errors, input.Address, 500, nameof(input.Address));
        Check(errors, input.Phone, 50, nameof(input.Phone));
        Check(errors, input.Email, 200, nameof(input.Email));
        var channels = OnlineChannels.Normalize(errors, input.FacebookUrl, input.LineUrl, input.YouTubeUrl);

        var hosts = (input.HostNames ?? "").Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(HostNames.Normalize).Distinct().ToList();
        foreach (var host in hosts)
        {
            if (platform.Value.IsReserved(host))
            {
                errors.Add(Error.Invalid($"ชื่อโดเมน \"{host}\" เป็นชื่อของระบบหรือของเครื่อง จึงขอใช้เป็นโดเมนของหน่วยงานไม่ได้", nameof(input.HostNames)));
            }
            else if (!HostShape().IsMatch(host))
            {
                errors.Add(Error.Invalid($"ชื่อโดเมน \"{host}\" ไม่ถูกต้อง (ตัวอย่าง: bangkha.go.th)", nameof(input.HostNames)));
            }
        }

        if (errors.Count > 0)
        {
            return Result<Organization>.Fail(errors);
        }

        // A claim of another organization holds its host while pending or approved; a rejected one gives it up.
        var others = await db.OrganizationHosts
            .Where(h => hosts.Contains(h.HostName) && h.OrganizationId != organizationId).ToListAsync(cancellationToken);
        var taken = others.Where(h => h.Status != HostClaimStatus.Rejected).Select(h => h.HostName).ToList();
        if (taken.Count > 0)
        {
            return Error.Conflict($"ชื่อโดเมน {string.Join(", ", taken)} เป็นของหน่วยงานอื่นแล้ว", nameof(input.HostNames));
        }

        db.OrganizationHosts.RemoveRange(others);

        var organization = await db.Organizations.Include(o => o.Hosts).FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return Error.NotFound();
        }

        if (EditVersions.Claim(organization, input.EditVersion) is { } stale)
        {
            return stale;
        }

        organization.Name = input.Name!.Trim();
        organization.NameEnglish = Blank(input.NameEnglish);
        organization.Kind = input.Kind;
        organization.Province = Blank(input.Province);
        organization.District = Blank(input.District);
        organization.Address = Blank(input.Address);
        organization.Phone = Blank(input.Phone);
        organization.Email = Blank(input.Email);
        (organization.FacebookUrl, organization.LineUrl, organization.YouTubeUrl) = channels;
        organization.Hosts.RemoveAll(h => !hosts.Contains(h.HostName));
        foreach (var host in hosts.Where(h => organization.Hosts.All(x => x.HostName != h)))
        {
            organization.Hosts.Add(new OrganizationHost
            {
                OrganizationId = organizationId, HostName = host, Status = HostClaimStatus.Pending,
                ClaimedBy = actor.UserId ?? actor.UserName, ClaimedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        // The name, address, telephone and channels show on every public page: the cached ones must go.
        await contentVersion.BumpAsync(organizationId, cancellationToken);
        return Result<Organization>.Ok(organization);
    }

    private static void Check(List<Error> errors, string? value, int max, string field)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(Error.Invalid($"ข้อความยาวเกิน {max} ตัวอักษร", field));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
