using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>One figure of the month's form: the service and what was typed (empty: not recorded).</summary>
public sealed record ServiceCountInput(int ServiceId, string? Count)
{
    /// <summary>
    /// The figure the box showed when the form was drawn (<see cref="RecordServiceCounts.NoneDrawn"/> for an empty box);
    /// null from an import, which states every figure.
    /// </summary>
    public string? Drawn { get; init; }
}

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

    /// <summary>The form's hidden field with the figure its box showed when drawn.</summary>
    public static string DrawnFieldOf(int serviceId) => string.Create(CultureInfo.InvariantCulture, $"Drawn-{serviceId}");

    /// <summary>What <see cref="ServiceCountInput.Drawn"/> says for a box drawn empty (an empty hidden field posts nothing).</summary>
    public const string NoneDrawn = "-";

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
            if (input.Drawn is { } drawnText && drawnText != NoneDrawn
                && !int.TryParse(drawnText, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                // The page's own hidden field, as it drew it: anything else was not sent by the page, and reading it as
                // "drawn empty" would let the post write over a colleague's figure unannounced.
                errors.Add(Error.Invalid($"{service.Name}: หน้านี้ส่งข้อมูลมาไม่ครบ กรุณาเปิดหน้านี้ใหม่แล้วบันทึกอีกครั้ง",
                    FieldOf(service.Id)));
            }
            else if (!read.IsValid)
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

        var drawn = counts.Where(c => c.Drawn is not null).ToDictionary(c => c.ServiceId, c => c.Drawn == NoneDrawn ? null : ServiceFigures.Read(c.Drawn).Value);
        return await SaveAsync(actor, month, figures, drawn, services, cancellationToken);
    }

    /// <summary>
    /// Writes the figures. A box the clerk left as it was drawn is not theirs to write: an empty box on a page drawn
    /// before a colleague recorded that service would otherwise clear the colleague's figure. A box both changed is
    /// refused beside it, with the figure now recorded.
    /// </summary>
    private async Task<Result<RecordedMonth>> SaveAsync(
        StaffActor actor, YearMonth month, Dictionary<int, int?> figures, Dictionary<int, int?> drawn,
        Dictionary<int, CountedService> services, CancellationToken cancellationToken)
    {
        var first = month.FirstDay;
        var ids = figures.Keys.ToList();
        var existing = await db.Set<ServiceMonthCount>().Where(c => c.Month == first && ids.Contains(c.ServiceId))
            .ToDictionaryAsync(c => c.ServiceId, cancellationToken);
        var conflicts = new List<Error>();
        foreach (var (serviceId, shown) in drawn)
        {
            var recorded = existing.GetValueOrDefault(serviceId)?.Count;
            if (figures[serviceId] == shown)
            {
                figures.Remove(serviceId);
            }
            else if (recorded != shown)
            {
                conflicts.Add(Error.Conflict(
                    $"{services[serviceId].Name}: มีผู้บันทึกเป็น {(recorded is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "ว่าง")} หลังจากที่คุณเปิดหน้านี้ ตัวเลขที่คุณพิมพ์ยังอยู่ในช่อง กดบันทึกอีกครั้งถ้าต้องการใช้ตัวเลขของคุณ",
                    FieldOf(serviceId)));
            }
        }

        if (conflicts.Count > 0)
        {
            return Result<RecordedMonth>.Fail(conflicts);
        }

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
