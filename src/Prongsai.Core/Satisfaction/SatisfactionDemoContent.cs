using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Satisfaction;

/// <summary>
/// Sample answers in the demo organization: 48 over the last fiscal year, with its published report, and a few in the
/// current one, so both the report and the running figures can be seen. Scores follow a fixed pattern (mostly
/// "มาก" and "มากที่สุด", as real surveys do); suggestions are marked "ตัวอย่าง".
/// </summary>
public sealed class SatisfactionDemoContent(ProngsaiDbContext db, CurrentOrganization current, TimeProvider clock) : IDemoContent
{
    private const int LastYearAnswers = 48;
    private const int ThisYearAnswers = 6;

    private static readonly string[] Suggestions =
    [
        "ตัวอย่าง: อยากให้มีที่จอดรถเพิ่มหน้าสำนักงาน",
        "ตัวอย่าง: เจ้าหน้าที่กองคลังอธิบายเรื่องภาษีที่ดินได้ชัดเจนมาก ขอบคุณครับ",
        "ตัวอย่าง: ควรติดป้ายบอกขั้นตอนการขออนุญาตก่อสร้างให้ชัดกว่านี้",
        "ตัวอย่าง: ช่วงเที่ยงมีเจ้าหน้าที่น้อย ต้องรอนาน",
        "ตัวอย่าง: อยากให้ชำระภาษีผ่านแอปธนาคารได้",
        "ตัวอย่าง: ห้องน้ำสะอาดดี",
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<SatisfactionResponse>().AnyAsync(cancellationToken))
        {
            return;
        }

        var departments = await db.Set<Department>().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => (int?)d.Id)
            .ToListAsync(cancellationToken);
        departments.Add(null);
        var today = BangkokTime.Today(clock);
        var thisYear = FiscalYear.ForDate(today);
        var lastYear = new FiscalYear(thisYear.BeYear - 1);

        for (var i = 0; i < LastYearAnswers; i++)
        {
            db.Set<SatisfactionResponse>().Add(Answer(i, lastYear, lastYear.Start.AddDays(i * 7), departments));
        }

        for (var i = 0; i < ThisYearAnswers; i++)
        {
            var day = thisYear.Start.AddDays(i * (today.DayNumber - thisYear.Start.DayNumber) / ThisYearAnswers);
            db.Set<SatisfactionResponse>().Add(Answer(LastYearAnswers + i, thisYear, day, departments));
        }

        db.Set<SatisfactionReport>().Add(new SatisfactionReport
        {
            FiscalYear = lastYear.BeYear,
            Findings = "ตัวอย่าง: ผู้รับบริการพึงพอใจด้านเจ้าหน้าที่มากที่สุด และด้านสิ่งอำนวยความสะดวกน้อยที่สุด " +
                "โดยเฉพาะที่จอดรถและการรอรับบริการช่วงพักกลางวัน\n" +
                "หน่วยงานจะจัดเจ้าหน้าที่สลับกันพักกลางวันเพื่อให้มีผู้ให้บริการตลอดเวลาราชการ ติดป้ายขั้นตอนการขออนุญาตก่อสร้าง " +
                "ที่ช่องบริการกองช่าง และเพิ่มช่องทางชำระภาษีผ่านระบบออนไลน์ภายในปีงบประมาณถัดไป",
            PublishedAt = Stamp(lastYear.End.AddDays(20)),
            PublishedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
            IsSample = true,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static SatisfactionResponse Answer(int n, FiscalYear year, DateOnly on, List<int?> departments) => new()
    {
        FiscalYear = year.BeYear,
        ReceivedAt = Stamp(on),
        DepartmentId = departments[n % departments.Count],
        Process = Score(n, 1),
        Staff = Score(n, 2),
        Facilities = Score(n, 3) - (n % 5 == 0 ? 1 : 0),
        Quality = Score(n, 4),
        Suggestion = n % 8 == 3 ? Suggestions[n / 8 % Suggestions.Length] : null,
        IsSample = true,
    };

    /// <summary>5 most of the time, 4 often, 3 now and then: a fixed pattern, so every demo shows the same figures.</summary>
    private static int Score(int n, int aspect) => (((n * 7) + (aspect * 3)) % 10) switch
    {
        < 5 => 5,
        < 9 => 4,
        _ => 3,
    };

    private static DateTimeOffset Stamp(DateOnly on) =>
        new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 30)), TimeSpan.FromHours(7)).ToUniversalTime();
}
