using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Budget;
using Prongsai.Core.Caching;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.OpenData;

/// <summary>
/// A fresh organization and its budget, procurement and measures rows, written straight through the DbContext (the
/// budget and procurement use cases live elsewhere): each publication row makes its data public exactly as the
/// shared rules say. Every write bumps the content stamp, as the use cases do, so cached public pages move on.
/// </summary>
internal sealed class OpenDataSeed
{
    private readonly ProngsaiApp app;

    private OpenDataSeed(ProngsaiApp app, Organization organization)
    {
        this.app = app;
        Organization = organization;
    }

    public Organization Organization { get; }
    public string Slug => Organization.Slug;
    public int Id => Organization.Id;

    public static async Task<OpenDataSeed> CreateAsync(ProngsaiApp app, string? province = "นนทบุรี", string? name = null)
    {
        var slug = "od" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>().RunAsync(StaffActor.PlatformOperator(),
            new CreateOrganizationRequest(slug, name ?? $"องค์การบริหารส่วนตำบลข้อมูลเปิด {slug}", Province: province, Departments: ["กองคลัง"]));
        return new OpenDataSeed(app, created.Value ?? throw new InvalidOperationException(created.Errors[0].Message));
    }

    public async Task<T> WriteAsync<T>(Func<ProngsaiDbContext, T> add)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(Id, Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var added = add(db);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<ContentVersion>().BumpAsync(Id);
        return added;
    }

    public static readonly DateTimeOffset At = new(2025, 3, 3, 2, 30, 0, TimeSpan.Zero); // 09:30 in Bangkok

    /// <summary>A สขร.1 line of <paramref name="month"/> (first day) in fiscal year <paramref name="fiscalYear"/>.</summary>
    public Task<ProcurementRecord> RecordAsync(int fiscalYear, DateOnly month, string title, ProcurementMethod method,
        Action<ProcurementRecord>? shape = null, params (string Bidder, decimal? Price)[] bids) =>
        WriteAsync(db =>
        {
            var record = new ProcurementRecord
            {
                FiscalYear = fiscalYear, Month = month, Ordinal = 1, Title = title, BudgetAmount = 150_000m, ReferencePrice = 149_500m,
                Method = method, Status = ProcurementStatus.Completed, BudgetSource = "ข้อบัญญัติงบประมาณ", CreatedAt = At, UpdatedAt = At,
            };
            var ordinal = 0;
            foreach (var (bidder, price) in bids)
            {
                record.Bids.Add(new ProcurementBid { Ordinal = ++ordinal, Bidder = bidder, Price = price });
            }

            if (bids.Length > 0)
            {
                record.SelectedSupplier = bids[0].Bidder;
                record.AgreedPrice = bids[0].Price;
                record.SelectionReason = "เสนอราคาต่ำสุดและคุณสมบัติครบถ้วน";
                record.ContractNumber = "ข้อตกลง " + title.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/2568";
                record.ContractDate = month.AddDays(9);
            }

            shape?.Invoke(record);
            db.Add(record);
            return record;
        });

    /// <summary>The สขร.1 of a month approved for the public.</summary>
    public Task PublishMonthAsync(int fiscalYear, DateOnly month) =>
        WriteAsync(db => db.Add(new ProcurementReportPublication
        {
            FiscalYear = fiscalYear, Kind = ProcurementReportKind.Monthly, Month = month, PublishedAt = At.AddDays(30),
            PublishedByUserId = "executive", PublishedByName = "นายกทดสอบ",
        }));

    /// <summary>A procurement plan with its items and one published revision holding them.</summary>
    public async Task<IReadOnlyList<int>> PlanAsync(int fiscalYear, params (string Name, decimal Budget, ProcurementMethod Method)[] items)
    {
        var plan = await WriteAsync(db =>
        {
            var plan = new ProcurementPlan { FiscalYear = fiscalYear, CreatedAt = At, UpdatedAt = At };
            var ordinal = 0;
            foreach (var (name, budget, method) in items)
            {
                plan.Items.Add(new ProcurementPlanItem
                {
                    Ordinal = ++ordinal, Name = name, Quantity = 1, Unit = "โครงการ", UnitPrice = budget, Budget = budget,
                    FundingSource = "ข้อบัญญัติงบประมาณ", Method = method, ExpectedMonth = new DateOnly(2024, 12, 1),
                });
            }

            db.Add(plan);
            return plan;
        });
        await WriteAsync(db => db.Add(new ProcurementPlanRevision
        {
            PlanId = plan.Id, Number = 0, PublishedOn = new DateOnly(2024, 11, 1), PublishedAt = At.AddDays(-120),
            PublishedByUserId = "executive", PublishedByName = "นายกทดสอบ",
            ItemsJson = ProcurementPlanSnapshot.ToJson(plan.Items.Select(i => new ProcurementPlanItemSnapshot(
                i.Id, i.Ordinal, i.Name, i.Quantity, i.Unit, i.UnitPrice, i.Budget, i.FundingSource, i.Method, i.ExpectedMonth, null, "กองคลัง"))),
        }));
        return plan.Items.Select(i => i.Id).ToList();
    }

    /// <summary>A spending plan with one line, and the given reports published.</summary>
    public Task BudgetAsync(int fiscalYear, params BudgetReportKind[] published) => BudgetAsync(fiscalYear, false, published);

    /// <summary>The same, as demo content (IsSample) when <paramref name="sample"/>.</summary>
    public async Task BudgetAsync(int fiscalYear, bool sample, params BudgetReportKind[] published)
    {
        await WriteAsync(db =>
        {
            var plan = new BudgetPlan { FiscalYear = fiscalYear, CreatedAt = At, UpdatedAt = At, IsSample = sample };
            plan.Lines.Add(new BudgetLine
            {
                Ordinal = 1, Sector = "ด้านบริหารทั่วไป", Program = "แผนงานบริหารงานทั่วไป", Work = "งานบริหารทั่วไป",
                Category = BudgetCategory.Operating, Subcategory = "ค่าใช้สอย", Item = "ค่าจ้างเหมาบริการ", DepartmentName = "กองคลัง", Amount = 120_000m,
            });
            db.Add(plan);
            return plan;
        });
        foreach (var kind in published)
        {
            await WriteAsync(db => db.Add(new BudgetReportPublication
            {
                FiscalYear = fiscalYear, Kind = kind, PublishedAt = At.AddDays((int)kind * 10), PublishedByUserId = "executive", PublishedByName = "นายกทดสอบ",
            }));
        }
    }

    /// <summary>A counted service with a figure for each of <paramref name="months"/> (first days), recorded at <see cref="At"/> plus the month's index in days.</summary>
    public async Task ServiceFiguresAsync(string name, bool sample, params DateOnly[] months)
    {
        var service = await WriteAsync(db =>
        {
            var service = new CountedService { Name = name, Unit = "ราย", CreatedAt = At, IsSample = sample };
            db.Add(service);
            return service;
        });
        await WriteAsync(db =>
        {
            for (var i = 0; i < months.Length; i++)
            {
                db.Add(new ServiceMonthCount { ServiceId = service.Id, Month = months[i], Count = 10 + i, RecordedAt = At.AddDays(i), RecordedBy = "เจ้าหน้าที่ทดสอบ" });
            }

            return months.Length;
        });
    }

    /// <summary>A published version of the measures report (the row the public pages read).</summary>
    public async Task MeasuresAsync(int fiscalYear)
    {
        var plan = await WriteAsync(db =>
        {
            var plan = new MeasurePlan { FiscalYear = fiscalYear, Title = "มาตรการส่งเสริมคุณธรรม" };
            db.Add(plan);
            return plan;
        });
        await WriteAsync(db => db.Add(new MeasureReportVersion
        {
            PlanId = plan.Id, FiscalYear = fiscalYear, Version = 1, PublishedAt = At, PublishedBy = "นายกทดสอบ", SnapshotJson = "{}",
        }));
    }
}
