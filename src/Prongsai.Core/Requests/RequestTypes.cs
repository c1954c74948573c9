using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

public sealed record RequestTypeInput(int? HandlingDepartmentId, int DeadlineWorkingDays, bool PublishesAnswers);

/// <summary>
/// The organization's request types. The built-in ones are created on the first write that needs them (a filing, a
/// configuration) — never while a page is read: until then <see cref="Defaults"/> describes them.
/// </summary>
public sealed class RequestTypes(ProngsaiDbContext db)
{
    /// <summary>The built-in types with their default rules.</summary>
    public static IReadOnlyList<RequestType> Defaults(int organizationId) =>
    [
        new()
        {
            OrganizationId = organizationId, Kind = RequestKind.Question, Name = "ถาม-ตอบ", NameEnglish = "Question (Q&A)",
            PublishesAnswers = true, AllowsAnonymous = true, DeadlineWorkingDays = 5,
        },
        new()
        {
            OrganizationId = organizationId, Kind = RequestKind.Grievance, Name = "ร้องเรียน/ร้องทุกข์", NameEnglish = "Complaint or grievance",
            IdentityRestricted = true, AllowsAnonymous = true, DeadlineWorkingDays = 15,
        },
        new()
        {
            OrganizationId = organizationId, Kind = RequestKind.Corruption, Name = "ร้องเรียนการทุจริตและประพฤติมิชอบ",
            NameEnglish = "Corruption or misconduct complaint", IdentityRestricted = true, Confidential = true, AllowsAnonymous = true,
            DeadlineWorkingDays = 30,
        },
    ];

    /// <summary>The stored types, or the defaults when none is stored yet (read-only).</summary>
    public async Task<IReadOnlyList<RequestType>> ListAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<RequestType>().AsNoTracking().OrderBy(t => t.Kind).ToListAsync(cancellationToken);
        return Defaults(organizationId).Select(d => stored.FirstOrDefault(s => s.Kind == d.Kind) ?? d).ToList();
    }

    /// <summary>Adds the built-in types that are missing (saved with the caller's next SaveChanges) and returns the one asked for.</summary>
    public async Task<RequestType> EnsureAsync(int organizationId, RequestKind kind, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<RequestType>().ToListAsync(cancellationToken);
        // Types added earlier in this unit of work (not saved yet) count as present.
        stored.AddRange(db.ChangeTracker.Entries<RequestType>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).Where(t => !stored.Contains(t)));
        foreach (var missing in Defaults(organizationId).Where(d => stored.All(s => s.Kind != d.Kind)))
        {
            db.Add(missing);
            stored.Add(missing);
        }

        return stored.First(t => t.Kind == kind);
    }

    public async Task<Result<RequestType>> ConfigureAsync(StaffActor actor, RequestKind kind, RequestTypeInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(RequestsPermissions.ConfigureRequests) is { } forbidden)
        {
            return forbidden;
        }

        if (actor.OrganizationId is not { } organizationId || !Enum.IsDefined(kind))
        {
            return Error.NotFound();
        }

        if (input.DeadlineWorkingDays is < 1 or > 120)
        {
            return Error.Invalid("กำหนดเวลาต้องอยู่ระหว่าง 1 ถึง 120 วันทำการ", nameof(input.DeadlineWorkingDays));
        }

        var type = await EnsureAsync(organizationId, kind, cancellationToken);
        if (input.HandlingDepartmentId is { } departmentId && !await DepartmentChoices.IsOfferedAsync(db, departmentId, type.HandlingDepartmentId, cancellationToken))
        {
            return Error.Invalid("ไม่พบส่วนราชการที่เลือก", nameof(input.HandlingDepartmentId));
        }

        type.HandlingDepartmentId = input.HandlingDepartmentId;
        type.DeadlineWorkingDays = input.DeadlineWorkingDays;
        // Corruption complaints are never published, whatever the form says.
        type.PublishesAnswers = kind == RequestKind.Question && input.PublishesAnswers;
        await db.SaveChangesAsync(cancellationToken);
        return type;
    }
}
