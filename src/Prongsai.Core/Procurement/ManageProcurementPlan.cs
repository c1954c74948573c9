using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement;

/// <summary>A plan item as typed into the form (amounts and quantity as text, read the Thai way).</summary>
public sealed record PlanItemInput(
    string? Name, string? Quantity, string? Unit, string? UnitPrice, string? Budget, string? FundingSource,
    ProcurementMethod Method, YearMonth? ExpectedMonth, int? DepartmentId);

/// <summary>
/// The procurement plan of a fiscal year: created with the budget allocation date, its items edited by the finance
/// departments (the working copy), and published by an Executive as revision 0, then แก้ไขครั้งที่ N with a reason.
/// The public only ever sees published revisions.
/// </summary>
public sealed class ManageProcurementPlan(
    ProngsaiDbContext db, FinanceAccess access, ContentVersion contentVersion, CurrentOrganization organization, TimeProvider clock)
{
    public async Task<Result<ProcurementPlan>> CreateAsync(StaffActor actor, int fiscalYear, string? budgetAllocatedOn, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (CheckYear(fiscalYear) is { } badYear)
        {
            return badYear;
        }

        var allocated = ThaiDateInput.Parse(budgetAllocatedOn, required: false);
        if (allocated.Error is not null)
        {
            return Error.Invalid(allocated.Error, "BudgetAllocatedOn");
        }

        if (await db.Set<ProcurementPlan>().AnyAsync(p => p.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture, $"มีแผนการจัดซื้อจัดจ้างปีงบประมาณ {fiscalYear} อยู่แล้ว"));
        }

        var now = clock.GetUtcNow();
        var plan = db.Set<ProcurementPlan>().Add(new ProcurementPlan
        {
            FiscalYear = fiscalYear, BudgetAllocatedOn = allocated.Value, CreatedAt = now, UpdatedAt = now,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public async Task<Result<ProcurementPlan>> SetBudgetAllocatedOnAsync(StaffActor actor, int fiscalYear, string? budgetAllocatedOn, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var allocated = ThaiDateInput.Parse(budgetAllocatedOn, required: false);
        if (allocated.Error is not null)
        {
            return Error.Invalid(allocated.Error, "BudgetAllocatedOn");
        }

        if (await FindAsync(fiscalYear, cancellationToken) is not { } plan)
        {
            return NoPlan(fiscalYear);
        }

        plan.BudgetAllocatedOn = allocated.Value;
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>Adds an item (<paramref name="itemId"/> null) or changes one of the working copy.</summary>
    public async Task<Result<ProcurementPlanItem>> SaveItemAsync(StaffActor actor, int fiscalYear, int? itemId, PlanItemInput input, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await FindAsync(fiscalYear, cancellationToken) is not { } plan)
        {
            return NoPlan(fiscalYear);
        }

        var errors = new List<Error>();
        var name = Required(input.Name, ProcurementLimits.Title, "Name", "กรุณาระบุรายการที่จะจัดซื้อจัดจ้าง", errors);
        var unit = Required(input.Unit, ProcurementLimits.Short, "Unit", "กรุณาระบุหน่วยนับ เช่น ชุด โครงการ", errors);
        var source = Required(input.FundingSource, ProcurementLimits.Name, "FundingSource", "กรุณาระบุแหล่งที่มาของงบประมาณ", errors);
        var quantity = Amount(input.Quantity, "Quantity", errors, allowZero: false);
        var unitPrice = Amount(input.UnitPrice, "UnitPrice", errors, allowZero: true);
        var budget = Amount(input.Budget, "Budget", errors, allowZero: false);
        if (!Enum.IsDefined(input.Method))
        {
            errors.Add(Error.Invalid("กรุณาเลือกวิธีจัดซื้อจัดจ้าง", "Method"));
        }

        if (input.ExpectedMonth is not { } month || !new FiscalYear(fiscalYear).Contains(month))
        {
            errors.Add(Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"กรุณาเลือกเดือนที่คาดว่าจะจัดหา ภายในปีงบประมาณ {fiscalYear}"), "ExpectedMonth"));
        }

        ProcurementPlanItem? item = null;
        if (itemId is { } id)
        {
            item = await db.Set<ProcurementPlanItem>().FirstOrDefaultAsync(i => i.Id == id && i.PlanId == plan.Id, cancellationToken);
            if (item is null)
            {
                return Error.NotFound("ไม่พบรายการในแผน");
            }
        }

        if (input.DepartmentId is { } departmentId && !await DepartmentChoices.IsOfferedAsync(db, departmentId, item?.DepartmentId, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId"));
        }

        if (errors.Count > 0)
        {
            return Result<ProcurementPlanItem>.Fail(errors);
        }

        if (item is null)
        {
            var last = await db.Set<ProcurementPlanItem>().Where(i => i.PlanId == plan.Id).MaxAsync(i => (int?)i.Ordinal, cancellationToken) ?? 0;
            item = db.Set<ProcurementPlanItem>().Add(new ProcurementPlanItem
            {
                PlanId = plan.Id, Ordinal = last + 1, Name = "", Unit = "", FundingSource = "",
            }).Entity;
        }

        item.Name = name!;
        item.Unit = unit!;
        item.FundingSource = source!;
        item.Quantity = quantity!.Value;
        item.UnitPrice = unitPrice!.Value;
        item.Budget = budget!.Value;
        item.Method = input.Method;
        item.ExpectedMonth = input.ExpectedMonth!.Value.FirstDay;
        item.DepartmentId = input.DepartmentId;
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>
    /// Moves an item of the working copy to the trash for 30 days (<see cref="ProcurementPlanItemTrash"/>); published
    /// revisions keep it. Records linked to it lose the link (a restore gives it back), which the annual report counts.
    /// </summary>
    public async Task<Result<ProcurementPlanItem>> RemoveItemAsync(StaffActor actor, int itemId, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var item = await db.Set<ProcurementPlanItem>().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound("ไม่พบรายการในแผน");
        }

        var fiscalYear = await db.Set<ProcurementPlan>().Where(p => p.Id == item.PlanId).Select(p => p.FiscalYear).FirstAsync(cancellationToken);
        var linked = await db.Set<ProcurementRecord>().Where(r => r.PlanItemId == item.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        db.Add(ProcurementPlanItemTrash.Of(item, fiscalYear, linked, actor, clock.GetUtcNow()));
        db.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return item;
    }

    /// <summary>
    /// Publishes the working copy as the next revision (Executive): revision 0 is the plan, later ones are amendments
    /// and need a reason. <paramref name="publishedOn"/> (the announcement's date, พ.ศ.) defaults to today.
    /// </summary>
    public async Task<Result<ProcurementPlanRevision>> PublishAsync(
        StaffActor actor, int fiscalYear, string? reason, string? publishedOn = null, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(FinancePermissions.PublishFinanceReports) is { } forbidden)
        {
            return forbidden;
        }

        var plan = await db.Set<ProcurementPlan>().Include(p => p.Items).Include(p => p.Revisions)
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return NoPlan(fiscalYear);
        }

        if (plan.Items.Count == 0)
        {
            return Error.Invalid("แผนยังไม่มีรายการ เพิ่มรายการก่อนเผยแพร่");
        }

        var number = plan.Revisions.Count == 0 ? 0 : plan.Revisions.Max(r => r.Number) + 1;
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (number > 0 && why is null)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"กรุณาระบุเหตุผลของการแก้ไขแผนครั้งที่ {number}"), "Reason");
        }

        if (why is { Length: > ProcurementLimits.Reason })
        {
            return Error.Invalid("เหตุผลยาวเกินไป", "Reason");
        }

        var today = BangkokTime.Today(clock);
        var on = ThaiDateInput.Parse(publishedOn, required: false);
        if (on.Error is not null)
        {
            return Error.Invalid(on.Error, "PublishedOn");
        }

        var date = on.Value ?? today;
        if (date > today)
        {
            return Error.Invalid("วันที่ประกาศต้องไม่เกินวันนี้", "PublishedOn");
        }

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var snapshot = ProcurementPlanSnapshot.ToJson(plan.Items.OrderBy(i => i.Ordinal).Select(i => new ProcurementPlanItemSnapshot(
            i.Id, i.Ordinal, i.Name, i.Quantity, i.Unit, i.UnitPrice, i.Budget, i.FundingSource, i.Method, i.ExpectedMonth,
            i.DepartmentId, i.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null)));
        var revision = new ProcurementPlanRevision
        {
            PlanId = plan.Id, Number = number, PublishedOn = date, PublishedAt = clock.GetUtcNow(),
            PublishedByUserId = actor.UserId ?? "", PublishedByName = actor.UserName, Reason = why, ItemsJson = snapshot,
        };
        plan.Revisions.Add(revision);
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return revision;
    }

    /// <summary>The working copy's items in order (for the back office).</summary>
    public async Task<IReadOnlyList<ProcurementPlanItem>> ItemsAsync(int planId, CancellationToken cancellationToken) =>
        await db.Set<ProcurementPlanItem>().AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Ordinal).ToListAsync(cancellationToken);

    public async Task<ProcurementPlanItem?> FindItemAsync(int itemId, CancellationToken cancellationToken) =>
        await db.Set<ProcurementPlanItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);

    public Task<ProcurementPlan?> FindAsync(int fiscalYear, CancellationToken cancellationToken) =>
        db.Set<ProcurementPlan>().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);

    internal static Error? CheckYear(int fiscalYear) =>
        fiscalYear is < 2500 or > 2700 ? Error.Invalid("ปีงบประมาณต้องเป็น พ.ศ. เช่น 2568", "FiscalYear") : null;

    private static Error NoPlan(int fiscalYear) =>
        Error.NotFound(string.Create(CultureInfo.InvariantCulture, $"ยังไม่มีแผนการจัดซื้อจัดจ้างปีงบประมาณ {fiscalYear}"));

    private static string? Required(string? text, int max, string field, string message, List<Error> errors)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            errors.Add(Error.Invalid(message, field));
            return null;
        }

        if (t.Length > max)
        {
            errors.Add(Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"ยาวเกิน {max} ตัวอักษร"), field));
            return null;
        }

        return t;
    }

    private static decimal? Amount(string? text, string field, List<Error> errors, bool allowZero)
    {
        var result = ThaiMoney.Parse(text, required: true, allowZero);
        if (result.Error is not null)
        {
            errors.Add(Error.Invalid(result.Error, field));
        }

        return result.Value;
    }
}
