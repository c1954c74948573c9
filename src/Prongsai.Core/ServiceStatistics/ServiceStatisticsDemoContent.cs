using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// Five counter services of the demo organization with last fiscal year's months and this year's ended months
/// recorded — the month just ended only for some, so the dashboard shows what waits and the website a month in progress.
/// </summary>
public sealed class ServiceStatisticsDemoContent(
    ProngsaiDbContext db, CurrentOrganization current, ManageCountedServices services, RecordServiceCounts record, TimeProvider clock) : IDemoContent
{
    private static readonly (string Name, string Unit, string Department, int Base, bool LastMonthRecorded)[] Services =
    [
        ("รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ราย", "กองคลัง", 60, true),
        ("ขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", "ราย", "กองช่าง", 4, false),
        ("ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุและผู้พิการ", "ราย", "สำนักปลัด", 12, true),
        ("บริการรถบรรทุกน้ำอุปโภคบริโภค", "เที่ยว", "สำนักปลัด", 8, false),
        ("รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก", "ราย", "กองการศึกษา ศาสนาและวัฒนธรรม", 3, true),
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<CountedService>().AnyAsync(cancellationToken))
        {
            return;
        }

        var system = StaffActor.System(Prongsai.Core.Demo.DemoSeeder.ActorName, organization.Id);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);
        var ids = new List<int>();
        foreach (var service in Services)
        {
            var added = await services.AddAsync(system, new CountedServiceInput(service.Name, service.Unit,
                departments.TryGetValue(service.Department, out var departmentId) ? departmentId : null), cancellationToken);
            var counted = added.Value ?? throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Message)));
            counted.IsSample = true;
            ids.Add(counted.Id);
        }

        await db.SaveChangesAsync(cancellationToken);

        var lastMonth = YearMonth.FromDate(BangkokTime.Today(clock)).AddMonths(-1);
        var first = new FiscalYear(FiscalYear.ForMonth(lastMonth).BeYear - 1).FirstMonth;
        for (var month = first; month <= lastMonth; month = month.AddMonths(1))
        {
            var figures = Services.Select((s, i) => (s, i))
                .Where(x => month < lastMonth || x.s.LastMonthRecorded)
                .Select(x => new ServiceCountInput(ids[x.i], Figure(x.s.Base, month).ToString(CultureInfo.InvariantCulture)))
                .ToList();
            var saved = await record.RunAsync(system, month, figures, cancellationToken);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", saved.Errors.Select(e => e.Message)));
            }
        }
    }

    /// <summary>
    /// A believable month: land tax peaks from April to June (when it falls due), the water truck in the dry season
    /// (February to May); the rest wanders a little around the base.
    /// </summary>
    private static int Figure(int baseCount, YearMonth month)
    {
        var wander = ((month.Year * 7) + (month.Month * 13) + baseCount) % 5 - 2;
        var season = baseCount switch
        {
            60 => month.Month is >= 4 and <= 6 ? 5 : 1,
            8 => month.Month is >= 2 and <= 5 ? 3 : 1,
            _ => 1,
        };
        return Math.Max(0, (baseCount * season) + (wander * Math.Max(1, baseCount / 10)));
    }
}
