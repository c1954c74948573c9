using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement.Demo;

/// <summary>
/// Sample procurement for the demo organization, as an office that keeps its publications up to date has it on the day
/// the demo starts: last fiscal year whole (its plan published and amended once, all twelve สขร.1 months — January with
/// no procurement, so the empty month can be seen — and the annual report), and this year's plan with the months that
/// have ended. Nothing is dated after today. Two to four lines a month across the methods, with bidders, contracts and
/// e-GP numbers. Everything is marked IsSample.
/// </summary>
public sealed class ProcurementDemoContent(ProngsaiDbContext db, CurrentOrganization current, TimeProvider clock) : IDemoContent
{
    /// <summary>The month left empty (ไม่มีการจัดซื้อจัดจ้าง): January, the fourth month of the fiscal year.</summary>
    public const int EmptyMonthIndex = 3;

    private static readonly (string Title, ProcurementMethod Method, decimal Budget, string Unit)[] Work =
    [
        ("จัดซื้อวัสดุสำนักงาน (ตัวอย่าง)", ProcurementMethod.Specific, 12_000m, "รายการ"),
        ("จัดจ้างซ่อมแซมเครื่องปรับอากาศ สำนักงาน (ตัวอย่าง)", ProcurementMethod.Specific, 8_500m, "งาน"),
        ("จัดซื้อวัสดุเชื้อเพลิงและหล่อลื่น (ตัวอย่าง)", ProcurementMethod.Specific, 45_000m, "รายการ"),
        ("จัดซื้ออาหารเสริม (นม) โรงเรียน (ตัวอย่าง)", ProcurementMethod.Specific, 96_000m, "งวด"),
        ("จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก 3 เครื่อง (ตัวอย่าง)", ProcurementMethod.EMarket, 66_000m, "เครื่อง"),
        ("จัดซื้อวัสดุก่อสร้าง ซ่อมแซมถนนหมู่ที่ 3 (ตัวอย่าง)", ProcurementMethod.Selection, 180_000m, "รายการ"),
        ("จ้างเหมาก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 (ตัวอย่าง)", ProcurementMethod.EBidding, 1_450_000m, "โครงการ"),
        ("จ้างเหมาขุดลอกคลองบางคา (ตัวอย่าง)", ProcurementMethod.EBidding, 620_000m, "โครงการ"),
    ];

    private static readonly string[] Suppliers =
        ["ร้านบางคาพาณิชย์ (ตัวอย่าง)", "บริษัท ราชสาส์นก่อสร้าง จำกัด (ตัวอย่าง)", "ห้างหุ้นส่วนจำกัด ฉะเชิงเทราวัสดุ (ตัวอย่าง)", "ร้านช่างดีแอร์ (ตัวอย่าง)"];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        current.Set(organization.Id, organization.Slug);
        var today = BangkokTime.Today(clock);
        var thisYear = FiscalYear.ForDate(today);
        var finance = await db.Departments.Where(d => d.Name.Contains("คลัง")).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        await SeedYearAsync(new FiscalYear(thisYear.BeYear - 1), today, finance, cancellationToken);
        await SeedYearAsync(thisYear, today, finance, cancellationToken);
    }

    private async Task SeedYearAsync(FiscalYear year, DateOnly today, int? finance, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plan = new ProcurementPlan { FiscalYear = year.BeYear, BudgetAllocatedOn = Earliest(year.Start.AddDays(14), today), IsSample = true, CreatedAt = now, UpdatedAt = now };
        plan.Items = Work.Select((w, i) => new ProcurementPlanItem
        {
            Ordinal = i + 1, Name = w.Title, Quantity = 1, Unit = w.Unit, UnitPrice = w.Budget, Budget = w.Budget,
            FundingSource = i == 7 ? "เงินอุดหนุนเฉพาะกิจ" : "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", Method = w.Method,
            ExpectedMonth = year.FirstMonth.AddMonths(i + 1).FirstDay, DepartmentId = finance,
        }).ToList();
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);

        var snapshot = ProcurementPlanSnapshot.ToJson(plan.Items.Select(i => new ProcurementPlanItemSnapshot(
            i.Id, i.Ordinal, i.Name, i.Quantity, i.Unit, i.UnitPrice, i.Budget, i.FundingSource, i.Method, i.ExpectedMonth, i.DepartmentId,
            finance is null ? null : "กองคลัง")));
        plan.Revisions.Add(new ProcurementPlanRevision
        {
            Number = 0, PublishedOn = Earliest(year.Start.AddDays(30), today), PublishedAt = now, PublishedByUserId = "", PublishedByName = Publisher,
            ItemsJson = snapshot,
        });
        if (year.Start.AddDays(120) <= today)
        {
            plan.Revisions.Add(new ProcurementPlanRevision
            {
                Number = 1, PublishedOn = year.Start.AddDays(120), PublishedAt = now, PublishedByUserId = "", PublishedByName = Publisher,
                Reason = "ได้รับเงินอุดหนุนเฉพาะกิจเพิ่มเติม (ตัวอย่าง)", ItemsJson = snapshot,
            });
        }

        // Only the months that have ended are summarised and published (สขร.1 reports a month once it is over).
        for (var m = 0; m < 12 && year.FirstMonth.AddMonths(m).LastDay < today; m++)
        {
            var month = year.FirstMonth.AddMonths(m);
            db.Add(new ProcurementReportPublication
            {
                FiscalYear = year.BeYear, Kind = ProcurementReportKind.Monthly, Month = month.FirstDay, PublishedAt = now,
                PublishedByUserId = "", PublishedByName = Publisher,
            });
            if (m != EmptyMonthIndex)
            {
                AddMonthsRecords(year, month, m, plan, finance, now);
            }
        }

        if (year.End < today)
        {
            db.Add(new ProcurementReportPublication
            {
                FiscalYear = year.BeYear, Kind = ProcurementReportKind.Annual, PublishedAt = now, PublishedByUserId = "", PublishedByName = Publisher,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddMonthsRecords(FiscalYear year, YearMonth month, int m, ProcurementPlan plan, int? finance, DateTimeOffset now)
    {
        var count = 2 + (m % 3);
        for (var n = 0; n < count; n++)
        {
            var w = Work[(m + (n * 3)) % Work.Length];
            var planItem = plan.Items.First(i => i.Name == w.Title);
            var reference = w.Budget;
            var winner = Suppliers[(m + n) % Suppliers.Length];
            var agreed = reference - (w.Budget * (n + 1) / 100m);
            var other = Suppliers[(m + n + 1) % Suppliers.Length];
            var bids = w.Method == ProcurementMethod.Specific
                ? [new ProcurementBid { Ordinal = 1, Bidder = winner, Price = agreed }]
                : new List<ProcurementBid>
                {
                    new() { Ordinal = 1, Bidder = winner, Price = agreed },
                    new() { Ordinal = 2, Bidder = other, Price = agreed + (w.Budget / 50m) },
                };
            db.Add(new ProcurementRecord
            {
                FiscalYear = year.BeYear, Month = month.FirstDay, Ordinal = n + 1, Title = w.Title, BudgetAmount = w.Budget,
                ReferencePrice = reference, Method = w.Method, SelectedSupplier = winner, AgreedPrice = decimal.Round(agreed, 2),
                SelectionReason = w.Method == ProcurementMethod.Specific ? "เป็นผู้มีอาชีพขายหรือรับจ้างโดยตรง ราคาเหมาะสม" : "เสนอราคาต่ำสุดและคุณสมบัติถูกต้องตามเงื่อนไข",
                ContractNumber = $"{m + 1}{n + 1}/{year.BeYear}", ContractDate = month.FirstDay.AddDays(4 + (n * 6)),
                BudgetSource = planItem.FundingSource, Status = ProcurementStatus.Completed,
                EgpProjectNumber = w.Budget >= 5_000m ? $"6{year.BeYear % 100}{(m * 10) + n + 1:D2}0{n}1234" : null,
                PlanItemId = planItem.Id, DepartmentId = finance, IsSample = true, CreatedAt = now, UpdatedAt = now,
                Bids = bids.Select(b => { b.Price = b.Price is { } p ? decimal.Round(p, 2) : null; return b; }).ToList(),
            });
        }
    }

    private const string Publisher = Prongsai.Core.Demo.DemoSeeder.ActorName;

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
