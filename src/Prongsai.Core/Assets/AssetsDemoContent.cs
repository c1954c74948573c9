using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Assets;

/// <summary>
/// The demo organization's register: what an อบต. typically lends to its villages (tents, chairs, tables, a sound
/// system, listed on its website), what only its staff borrow (the projector) and what it does not lend (the water truck), with a few sample loans of fiscal year 2567 already returned —
/// every borrower marked as a sample (ตัวอย่าง).
/// </summary>
public sealed class AssetsDemoContent(ProngsaiDbContext db, CurrentOrganization current, ManageAssetRegister register) : IDemoContent
{
    private static readonly (string Code, string Name, string Category, int Quantity, bool Lendable, bool Public, string Location, string Department)[] Articles =
    [
        ("416-59-0001", "เต็นท์ผ้าใบ ขนาด 4x8 เมตร", "ครุภัณฑ์งานบ้านงานครัว", 10, true, true, "โรงเก็บพัสดุ", "สำนักปลัด"),
        ("416-60-0002", "เก้าอี้พลาสติก", "ครุภัณฑ์งานบ้านงานครัว", 200, true, true, "โรงเก็บพัสดุ", "สำนักปลัด"),
        ("416-60-0003", "โต๊ะพับ ขนาด 60x180 ซม.", "ครุภัณฑ์สำนักงาน", 30, true, true, "โรงเก็บพัสดุ", "สำนักปลัด"),
        ("413-62-0001", "เครื่องขยายเสียงพร้อมลำโพงและไมโครโฟน", "ครุภัณฑ์โฆษณาและเผยแพร่", 1, true, true, "ห้องประชุม", "สำนักปลัด"),
        ("413-63-0002", "เครื่องฉายภาพ (โปรเจคเตอร์)", "ครุภัณฑ์โฆษณาและเผยแพร่", 1, true, false, "ห้องประชุม", "สำนักปลัด"),
        ("023-58-0001", "รถบรรทุกน้ำอเนกประสงค์ 6,000 ลิตร", "ครุภัณฑ์ยานพาหนะและขนส่ง", 1, false, false, "โรงจอดรถ", "สำนักปลัด"),
        ("416-64-0004", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "ครุภัณฑ์คอมพิวเตอร์", 1, false, false, "กองคลัง", "กองคลัง"),
    ];

    private static readonly (string Code, int Quantity, string Borrower, string Purpose, DateOnly From, int Days)[] SampleLoans =
    [
        ("416-59-0001", 4, "ตัวอย่าง: ผู้ใหญ่บ้านหมู่ที่ 3", "งานบุญประจำปีของหมู่บ้าน", new DateOnly(2023, 11, 24), 3),
        ("416-60-0002", 150, "ตัวอย่าง: ผู้ใหญ่บ้านหมู่ที่ 3", "งานบุญประจำปีของหมู่บ้าน", new DateOnly(2023, 11, 24), 3),
        ("413-62-0001", 1, "ตัวอย่าง: โรงเรียนบ้านบางคา", "กิจกรรมวันเด็กแห่งชาติ", new DateOnly(2024, 1, 12), 2),
        ("416-59-0001", 2, "ตัวอย่าง: ประธานกลุ่มผู้สูงอายุ", "ประชุมประจำเดือนของชมรมผู้สูงอายุ", new DateOnly(2024, 5, 8), 1),
    ];

    /// <summary>The code's middle part is the BE year it was bought (59 → 2559), as offices number their articles.</summary>
    private static DateOnly AcquiredOn(string code) =>
        new(FiscalYear.BeToCe(2500 + int.Parse(code.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture)), 3, 1);

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<Asset>().AnyAsync(cancellationToken))
        {
            return;
        }

        var system = StaffActor.System(Prongsai.Core.Demo.DemoSeeder.ActorName, organization.Id);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);
        var ids = new Dictionary<string, int>();
        foreach (var article in Articles)
        {
            var added = await register.AddAsync(system, new AssetInput(
                article.Code, article.Name, article.Category, article.Quantity,
                departments.TryGetValue(article.Department, out var departmentId) ? departmentId : null, article.Location,
                AcquiredOn(article.Code),
                null, article.Lendable, AssetCondition.Good, article.Lendable ? null : "ใช้ในภารกิจของหน่วยงาน ไม่ให้ยืม", article.Public), cancellationToken);
            ids[article.Code] = added.Value?.Id ?? throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Message)));
        }

        // Past loans are history, not requests: written as they ended, since the use cases only take requests from today on.
        foreach (var sample in SampleLoans)
        {
            var requested = new DateTimeOffset(sample.From.AddDays(-7).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
            db.Set<AssetLoan>().Add(new AssetLoan
            {
                AssetId = ids[sample.Code],
                Quantity = sample.Quantity,
                BorrowerName = sample.Borrower,
                BorrowerContact = "ตัวอย่าง (ไม่ใช่ข้อมูลจริง)",
                Purpose = sample.Purpose,
                Place = "ตัวอย่าง: ศาลาประชาคมหมู่ที่ 3",
                From = sample.From,
                Until = sample.From.AddDays(sample.Days - 1),
                Status = AssetLoanStatus.Returned,
                RequestedAt = requested,
                RequestedByUserId = "demo",
                RequestedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
                DecidedAt = requested.AddDays(1),
                DecidedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
                ReturnedOn = sample.From.AddDays(sample.Days - 1),
                ReturnRecordedAt = requested.AddDays(7 + sample.Days),
                ReturnReceivedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
                ReturnCondition = AssetCondition.Good,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
