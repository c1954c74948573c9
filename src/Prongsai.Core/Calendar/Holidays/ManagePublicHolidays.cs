using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Calendar.Holidays;

/// <summary>A line of a holiday file that could not be read.</summary>
public sealed record HolidayLineError(int Line, string Message);

/// <summary>What an import did.</summary>
public sealed record HolidayImport(IReadOnlyList<int> BuddhistYears, int Imported, int Replaced);

/// <summary>
/// The platform Operator keeps the public-holiday calendar: imports the yearly official list (a CSV of date and
/// name, dates as Thais write them — 13/4/2570, 13 เม.ย. 2570 — or ISO), and adds or removes single days the cabinet
/// declares. An import replaces the imported days of the Buddhist-era years it covers and keeps the days added by
/// hand; it is all or nothing.
/// </summary>
public sealed class ManagePublicHolidays(ProngsaiDbContext db)
{
    public const string Imported = "import";
    public const string Manual = "manual";

    public async Task<IReadOnlyList<PublicHoliday>> ListAsync(int buddhistYear, CancellationToken cancellationToken = default)
    {
        var from = new DateOnly(buddhistYear - FiscalYear.BuddhistEraOffset, 1, 1);
        var to = from.AddYears(1).AddDays(-1);
        return await db.Set<PublicHoliday>().AsNoTracking().Where(h => h.Date >= from && h.Date <= to)
            .OrderBy(h => h.Date).ToListAsync(cancellationToken);
    }

    public async Task<Result<HolidayImport>> ImportAsync(StaffActor actor, string csv, CancellationToken cancellationToken = default)
    {
        if (Refuse(actor) is { } forbidden)
        {
            return forbidden;
        }

        var (days, errors) = Read(csv);
        if (errors.Count > 0)
        {
            return Result<HolidayImport>.Fail(errors.Select(e => Error.Invalid($"บรรทัด {e.Line}: {e.Message}", "file")).ToList());
        }

        if (days.Count == 0)
        {
            return Error.Invalid("ไฟล์ไม่มีวันหยุดเลย (แต่ละบรรทัด: วันที่,ชื่อวันหยุด)", "file");
        }

        var years = days.Select(d => d.Date.Year).Distinct().Order().ToList();
        var existing = await db.Set<PublicHoliday>().Where(h => years.Contains(h.Date.Year)).ToListAsync(cancellationToken);
        var stale = existing.Where(h => h.Source == Imported).ToList();
        db.RemoveRange(stale);
        var manual = existing.Where(h => h.Source == Manual).Select(h => h.Date).ToHashSet();
        foreach (var day in days.Where(d => !manual.Contains(d.Date)))
        {
            db.Add(new PublicHoliday { Date = day.Date, Name = day.Name, Source = Imported });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new HolidayImport(years.Select(y => y + FiscalYear.BuddhistEraOffset).ToList(), days.Count, stale.Count);
    }

    public async Task<Result<PublicHoliday>> AddAsync(StaffActor actor, string? date, string? name, CancellationToken cancellationToken = default)
    {
        if (Refuse(actor) is { } forbidden)
        {
            return forbidden;
        }

        var parsed = ThaiDateInput.Parse(date);
        if (parsed.Error is { } dateError)
        {
            return Error.Invalid(dateError, "date");
        }

        var cleanName = name?.Trim() ?? "";
        if (cleanName.Length is 0 or > 200)
        {
            return Error.Invalid("กรุณาระบุชื่อวันหยุด (ไม่เกิน 200 ตัวอักษร)", "name");
        }

        var day = parsed.Value!.Value;
        if (await db.Set<PublicHoliday>().AnyAsync(h => h.Date == day, cancellationToken))
        {
            return Error.Conflict($"วันที่ {ThaiDate.FormatLong(day)} เป็นวันหยุดอยู่แล้ว", "date");
        }

        var holiday = new PublicHoliday { Date = day, Name = cleanName, Source = Manual };
        db.Add(holiday);
        await db.SaveChangesAsync(cancellationToken);
        return holiday;
    }

    public async Task<Result<PublicHoliday>> RemoveAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (Refuse(actor) is { } forbidden)
        {
            return forbidden;
        }

        var holiday = await db.Set<PublicHoliday>().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (holiday is null)
        {
            return Error.NotFound("ไม่พบวันหยุดนี้");
        }

        db.Remove(holiday);
        await db.SaveChangesAsync(cancellationToken);
        return holiday;
    }

    /// <summary>Reads "date,name" lines; a header line, blank lines and lines starting with # are skipped.</summary>
    public static (IReadOnlyList<(DateOnly Date, string Name)> Days, IReadOnlyList<HolidayLineError> Errors) Read(string csv)
    {
        var days = new List<(DateOnly, string)>();
        var errors = new List<HolidayLineError>();
        var seen = new HashSet<DateOnly>();
        var lines = csv.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim().TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var dateText = (comma < 0 ? line : line[..comma]).Trim().Trim('"');
            var name = comma < 0 ? "" : line[(comma + 1)..].Trim().Trim('"');
            if (index == 0 && !dateText.Any(char.IsDigit))
            {
                continue; // header
            }

            var date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? new ThaiDateResult<DateOnly>(iso, null)
                : ThaiDateInput.Parse(dateText);
            if (date.Error is { } dateError)
            {
                errors.Add(new HolidayLineError(index + 1, dateError));
            }
            else if (name.Length is 0 or > 200)
            {
                errors.Add(new HolidayLineError(index + 1, "ต้องมีชื่อวันหยุดหลังเครื่องหมายจุลภาค (ไม่เกิน 200 ตัวอักษร)"));
            }
            else if (!seen.Add(date.Value!.Value))
            {
                errors.Add(new HolidayLineError(index + 1, $"วันที่ {ThaiDate.FormatLong(date.Value.Value)} ซ้ำกับบรรทัดก่อนหน้า"));
            }
            else
            {
                days.Add((date.Value.Value, name));
            }
        }

        return (days, errors);
    }

    private static Error? Refuse(StaffActor actor) =>
        actor.IsOperator ? null : Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่แก้ไขปฏิทินวันหยุดราชการได้");
}
