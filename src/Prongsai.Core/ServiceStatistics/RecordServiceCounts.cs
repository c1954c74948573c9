using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>One figure of the month's form: the service and what was typed (empty: not recorded).</summary>
public sealed record ServiceCountInput(int ServiceId, string? Count);

/// <summary>What a save changed.</summary>
public sealed record RecordedMonth(YearMonth Month, int Saved, int Cleared);

/// <summary>
/// Records a month's figures of several services at once, as the clerk types them from the counter's book: all of
/// them or none. A figure left empty is "not recorded" (the public table shows a dash, not a zero), and emptying one
/// removes it. Figures are whole numbers, typed with Arabic or Thai digits and thousands separators as people write
/// them ("1,250", "๑๒"), read by <see cref="ServiceFigures"/> as the import reads them. The month must have begun;
/// department roles record their own departments' services.
/// </summary>
public sealed class RecordServiceCounts(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>The form's field of a service's figure, which errors name.</summary>
    public static string FieldOf(int serviceId) => string.Create(CultureInfo.InvariantCulture, $"Count-{serviceId}");

    public async Task<Result<RecordedMonth>> RunAsync(
        StaffActor actor, YearMonth month, IReadOnlyList<ServiceCountInput> counts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (actor.Lacks(ServiceStatisticsPermissions.RecordServiceStatistics) is { } forbidden)
        {
            return forbidden;
        }

        var thisMonth = YearMonth.FromDate(BangkokTime.Today(clock));
        if (month > thisMonth)
        {
            return Error.Invalid("ยังไม่ถึงเดือนนี้ บันทึกได้ตั้งแต่วันแรกของเดือน", "Month");
        }

        if (month < new FiscalYear(ServiceStatisticsRules.FirstYear).FirstMonth)
        {
            return Error.Invalid($"บันทึกได้ตั้งแต่ปีงบประมาณ พ.ศ. {ServiceStatisticsRules.FirstYear}", "Month");
        }

        var ids = counts.Select(c => c.ServiceId).Distinct().ToList();
        var services = await db.Set<CountedService>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        if (services.Count != ids.Count)
        {
            return Error.NotFound("ไม่พบบริการบางรายการ อาจถูกแก้ไขโดยผู้อื่น กรุณาเปิดหน้านี้ใหม่");
        }

        if (services.Values.Any(s => !actor.HasFor(ServiceStatisticsPermissions.RecordServiceStatistics, s.DepartmentId)))
        {
            return Error.Forbidden("คุณบันทึกได้เฉพาะบริการของส่วนราชการของคุณ");
        }

        var errors = new List<Error>();
        var figures = new Dictionary<int, int?>();
        foreach (var input in counts)
        {
            var service = services[input.ServiceId];
            var read = ServiceFigures.Read(input.Count);
            var figure = read.Value;
            if (!read.IsValid)
            {
                errors.Add(Error.Invalid($"{service.Name}: กรุณากรอกจำนวนเป็นตัวเลขจำนวนเต็ม 0 ถึง {ServiceStatisticsRules.MaxCount:N0} หรือเว้นว่างถ้ายังไม่ได้นับ",
                    FieldOf(service.Id)));
            }
            else if (figure is not null && !service.IsAskedFor(month))
            {
                errors.Add(Error.Invalid($"{service.Name}: เลิกให้บริการก่อนเดือนนี้ จึงบันทึกจำนวนไม่ได้", FieldOf(service.Id)));
            }
            else
            {
                figures[service.Id] = figure;
            }
        }

        if (errors.Count > 0)
        {
            return Result<RecordedMonth>.Fail(errors);
        }

        return await SaveAsync(actor, month, figures, cancellationToken);
    }

    private async Task<Result<RecordedMonth>> SaveAsync(StaffActor actor, YearMonth month, Dictionary<int, int?> figures, CancellationToken cancellationToken)
    {
        var first = month.FirstDay;
        var ids = figures.Keys.ToList();
        var existing = await db.Set<ServiceMonthCount>().Where(c => c.Month == first && ids.Contains(c.ServiceId))
            .ToDictionaryAsync(c => c.ServiceId, cancellationToken);
        var now = clock.GetUtcNow();
        int saved = 0, cleared = 0;
        foreach (var (serviceId, figure) in figures)
        {
            var change = ServiceMonthFigures.Apply(db.Set<ServiceMonthCount>(), existing.GetValueOrDefault(serviceId), serviceId, first, figure,
                emptyClears: true, actor, now);
            saved += change is FigureChange.Added or FigureChange.Changed ? 1 : 0;
            cleared += change == FigureChange.Cleared ? 1 : 0;
        }

        try
        {
            // One SaveChanges is one transaction: the month's figures land together or not at all.
            await db.SaveChangesAsync(cancellationToken);
            return new RecordedMonth(month, saved, cleared);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("มีผู้บันทึกสถิติเดือนนี้พร้อมกัน กรุณาเปิดหน้านี้ใหม่แล้วบันทึกอีกครั้ง");
        }
    }
}
