using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>What the service form sends; a field left empty arrives as null.</summary>
public sealed record CountedServiceInput(string? Name, string? Unit, int? DepartmentId);

/// <summary>
/// Keeps the list of services whose monthly numbers the office publishes: adds one, corrects its name, unit or
/// department, stops asking for it (เลิกให้บริการ) and takes that back. A service is never deleted: its months are part
/// of published statistics. Department roles keep their own departments' services.
/// </summary>
public sealed class ManageCountedServices(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<CountedService>> AddAsync(StaffActor actor, CountedServiceInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ServiceStatisticsPermissions.RecordServiceStatistics) is { } forbidden)
        {
            return forbidden;
        }

        if (await ValidateAsync(actor, input, null, cancellationToken) is { Count: > 0 } errors)
        {
            return Result<CountedService>.Fail(errors);
        }

        var last = await db.Set<CountedService>().MaxAsync(s => (int?)s.SortOrder, cancellationToken) ?? 0;
        var service = new CountedService
        {
            Name = Text.NameText.Normalize(input.Name),
            Unit = UnitOf(input),
            DepartmentId = input.DepartmentId,
            SortOrder = last + 1,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<CountedService>().Add(service);
        return await SaveAsync(service, cancellationToken);
    }

    public async Task<Result<CountedService>> EditAsync(StaffActor actor, int serviceId, CountedServiceInput input, CancellationToken cancellationToken = default)
    {
        if (await FindMineAsync(actor, serviceId, cancellationToken) is not { } found)
        {
            return Missing;
        }

        if (found.Error is { } refused)
        {
            return refused;
        }

        var service = found.Service!;
        if (await ValidateAsync(actor, input, service, cancellationToken) is { Count: > 0 } errors)
        {
            return Result<CountedService>.Fail(errors);
        }

        service.Name = Text.NameText.Normalize(input.Name);
        service.Unit = UnitOf(input);
        service.DepartmentId = input.DepartmentId;
        return await SaveAsync(service, cancellationToken);
    }

    /// <summary>Stops asking for the service in new months; the months already counted stay published.</summary>
    public async Task<Result<CountedService>> RetireAsync(StaffActor actor, int serviceId, CancellationToken cancellationToken = default)
    {
        if (await FindMineAsync(actor, serviceId, cancellationToken) is not { } found)
        {
            return Missing;
        }

        if (found.Error is { } refused)
        {
            return refused;
        }

        var service = found.Service!;
        if (service.RetiredAt is not null)
        {
            return Error.Conflict("บริการนี้เลิกให้บริการไปแล้ว");
        }

        service.RetiredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    /// <summary>Takes a retirement back: the service is asked for again from this month on.</summary>
    public async Task<Result<CountedService>> RestoreAsync(StaffActor actor, int serviceId, CancellationToken cancellationToken = default)
    {
        if (await FindMineAsync(actor, serviceId, cancellationToken) is not { } found)
        {
            return Missing;
        }

        if (found.Error is { } refused)
        {
            return refused;
        }

        var service = found.Service!;
        if (service.RetiredAt is null)
        {
            return Error.Conflict("บริการนี้ยังให้บริการอยู่");
        }

        service.RetiredAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    private static Error Missing => Error.NotFound("ไม่พบบริการนี้");

    private sealed record Found(CountedService? Service, Error? Error);

    /// <summary>The service, or why the actor may not change it; null when it does not exist in this organization.</summary>
    private async Task<Found?> FindMineAsync(StaffActor actor, int serviceId, CancellationToken cancellationToken)
    {
        if (actor.Lacks(ServiceStatisticsPermissions.RecordServiceStatistics) is { } forbidden)
        {
            return new Found(null, forbidden);
        }

        var service = await db.Set<CountedService>().FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return null;
        }

        return actor.HasFor(ServiceStatisticsPermissions.RecordServiceStatistics, service.DepartmentId)
            ? new Found(service, null)
            : new Found(null, Error.Forbidden("บริการนี้เป็นของส่วนราชการอื่น คุณแก้ไขได้เฉพาะบริการของส่วนราชการของคุณ"));
    }

    private static string UnitOf(CountedServiceInput input) =>
        string.IsNullOrWhiteSpace(input.Unit) ? ServiceStatisticsRules.DefaultUnit : input.Unit.Trim();

    private async Task<List<Error>> ValidateAsync(StaffActor actor, CountedServiceInput input, CountedService? service, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var name = Text.NameText.Normalize(input.Name);
        var serviceId = service?.Id;
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(Error.Invalid("กรุณากรอกชื่อบริการ เช่น รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "Name"));
        }
        else if (name.Length > ServiceStatisticsRules.Name)
        {
            errors.Add(Error.Invalid($"ชื่อบริการยาวได้ไม่เกิน {ServiceStatisticsRules.Name:N0} ตัวอักษร", "Name"));
        }
        else if (await db.Set<CountedService>().AnyAsync(s => s.Name == name && s.Id != serviceId, cancellationToken))
        {
            errors.Add(Error.Conflict($"มีบริการชื่อ \"{name}\" อยู่แล้ว (รวมบริการที่เลิกให้บริการ) กรุณาใช้บริการเดิม", "Name"));
        }

        if (input.Unit?.Trim() is { Length: > ServiceStatisticsRules.Unit })
        {
            errors.Add(Error.Invalid($"หน่วยนับยาวได้ไม่เกิน {ServiceStatisticsRules.Unit:N0} ตัวอักษร", "Unit"));
        }

        if (input.DepartmentId is { } departmentId
            && !await DepartmentChoices.IsOfferedAsync(db, departmentId, service?.DepartmentId, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก กรุณาเลือกใหม่", "DepartmentId"));
        }
        else if (!actor.HasFor(ServiceStatisticsPermissions.RecordServiceStatistics, input.DepartmentId))
        {
            errors.Add(Error.Invalid(input.DepartmentId is null
                ? "บริการของทั้งหน่วยงานบันทึกได้โดยผู้ดูแลระบบของหน่วยงาน กรุณาเลือกส่วนราชการของคุณ"
                : "คุณบันทึกได้เฉพาะบริการของส่วนราชการของคุณ", "DepartmentId"));
        }

        return errors;
    }

    private async Task<Result<CountedService>> SaveAsync(CountedService service, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return service;
        }
        catch (DbUpdateException)
        {
            // Two clerks adding the same name at once: the unique index decides, the second hears why.
            db.Entry(service).State = EntityState.Detached;
            return Error.Conflict($"มีบริการชื่อ \"{service.Name}\" อยู่แล้ว กรุณาใช้บริการเดิม", "Name");
        }
    }
}
