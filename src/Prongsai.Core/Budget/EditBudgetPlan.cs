using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Budget;

/// <summary>
/// The clerk's edits of a year's spending plan: create it, change its allocation date, add/edit/remove lines, enter the
/// planned and disbursed amounts per month, and remove a whole plan that was never published (removals go to the trash). Every call checks the
/// finance rule first (<see cref="FinanceAccess"/>), and every change bumps the public cache stamp, since a published
/// plan is read live.
/// </summary>
public sealed class EditBudgetPlan(ProngsaiDbContext db, FinanceAccess access, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<BudgetPlan>> CreatePlanAsync(
        StaffActor actor, int fiscalYear, string? allocatedOn, BudgetPlanningPeriod period = BudgetPlanningPeriod.Month, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (CheckYear(fiscalYear) is { } badYear)
        {
            return badYear;
        }

        var date = ThaiDateInput.Parse(allocatedOn, required: false);
        if (!date.IsValid)
        {
            return Error.Invalid(date.Error!, "allocatedOn");
        }

        if (await db.Set<BudgetPlan>().AnyAsync(p => p.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {fiscalYear} มีแผนการใช้จ่ายงบประมาณอยู่แล้ว"), "fiscalYear");
        }

        var now = clock.GetUtcNow();
        var plan = new BudgetPlan { FiscalYear = fiscalYear, AllocatedOn = date.Value, PlanningPeriod = period, CreatedAt = now, UpdatedAt = now };
        db.Set<BudgetPlan>().Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public async Task<Result<BudgetPlan>> UpdatePlanAsync(
        StaffActor actor, int fiscalYear, string? allocatedOn, BudgetPlanningPeriod period, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var plan = await db.Set<BudgetPlan>().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return NoPlan(fiscalYear);
        }

        var date = ThaiDateInput.Parse(allocatedOn, required: false);
        if (!date.IsValid)
        {
            return Error.Invalid(date.Error!, "allocatedOn");
        }

        plan.AllocatedOn = date.Value;
        plan.PlanningPeriod = period;
        await SaveAsync(plan, cancellationToken);
        return plan;
    }

    public async Task<Result<BudgetLine>> AddLineAsync(StaffActor actor, int fiscalYear, BudgetLineInput input, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var plan = await db.Set<BudgetPlan>().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return NoPlan(fiscalYear);
        }

        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var line = new BudgetLine { PlanId = plan.Id, Sector = "", Program = "", Work = "", Subcategory = "", Item = "", DepartmentName = "" };
        if (Apply(line, input, departments) is { Count: > 0 } errors)
        {
            return Result<BudgetLine>.Fail(errors);
        }

        var ordinals = await db.Set<BudgetLine>().Where(l => l.PlanId == plan.Id).Select(l => l.Ordinal).ToListAsync(cancellationToken);
        line.Ordinal = ordinals.Count == 0 ? 1 : ordinals.Max() + 1;
        db.Set<BudgetLine>().Add(line);
        await SaveAsync(plan, cancellationToken);
        return line;
    }

    public async Task<Result<BudgetLine>> UpdateLineAsync(StaffActor actor, int lineId, BudgetLineInput input, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var line = await db.Set<BudgetLine>().FirstOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null)
        {
            return Error.NotFound("ไม่พบรายการงบประมาณนี้");
        }

        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        if (Apply(line, input, departments) is { Count: > 0 } errors)
        {
            return Result<BudgetLine>.Fail(errors);
        }

        if (EditVersions.Claim(line, input.EditVersion) is { } stale)
        {
            return stale;
        }

        await SaveAsync(await db.Set<BudgetPlan>().FirstAsync(p => p.Id == line.PlanId, cancellationToken), cancellationToken);
        return line;
    }

    /// <summary>Moves a line with its months to the trash for 30 days (<see cref="BudgetLineTrash"/>); the page asks first.</summary>
    public async Task<Result<BudgetLine>> RemoveLineAsync(StaffActor actor, int lineId, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var line = await db.Set<BudgetLine>().Include(l => l.Months).FirstOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null)
        {
            return Error.NotFound("ไม่พบรายการงบประมาณนี้");
        }

        var plan = await db.Set<BudgetPlan>().FirstAsync(p => p.Id == line.PlanId, cancellationToken);
        db.Add(BudgetLineTrash.Of(line, plan.FiscalYear, actor, clock.GetUtcNow()));
        db.Set<BudgetLine>().Remove(line);
        await SaveAsync(plan, cancellationToken);
        return line;
    }

    /// <summary>
    /// Moves a whole plan, with its lines and months, to the trash for 30 days (<see cref="BudgetPlanTrash"/>). Refused
    /// once any of its documents is published (the public and the ITA evidence point at it); a draft goes only after
    /// the confirmation page.
    /// </summary>
    public async Task<Result<BudgetPlan>> DeletePlanAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var plan = await db.Set<BudgetPlan>().Include(p => p.Lines).ThenInclude(l => l.Months).FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return NoPlan(fiscalYear);
        }

        if (await db.Set<BudgetReportPublication>().AnyAsync(p => p.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.Conflict("แผนนี้เผยแพร่แล้ว จึงลบทั้งแผนไม่ได้ (ประชาชนและหลักฐาน ITA อ้างถึงอยู่) แก้ไขหรือลบทีละรายการแทน");
        }

        db.Add(BudgetPlanTrash.Of(plan, actor, clock.GetUtcNow()));
        db.Set<BudgetPlan>().Remove(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>Sets a line's 12 planned and disbursed amounts. A blank month clears it.</summary>
    public async Task<Result<BudgetLine>> SetMonthsAsync(StaffActor actor, int lineId, BudgetMonthsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var line = await db.Set<BudgetLine>().Include(l => l.Months).FirstOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null)
        {
            return Error.NotFound("ไม่พบรายการงบประมาณนี้");
        }

        var errors = new List<Error>();
        var planned = new decimal?[12];
        var disbursed = new decimal?[12];
        for (var i = 0; i < 12; i++)
        {
            planned[i] = Read(input.Planned.ElementAtOrDefault(i), $"planned[{i}]", BudgetNames.LongMonths[i], "แผน", errors);
            disbursed[i] = Read(input.Disbursed.ElementAtOrDefault(i), $"disbursed[{i}]", BudgetNames.LongMonths[i], "เบิกจ่าย", errors);
        }

        if (errors.Count > 0)
        {
            return Result<BudgetLine>.Fail(errors);
        }

        if (EditVersions.Claim(line, input.EditVersion) is { } stale)
        {
            return stale;
        }

        for (var i = 0; i < 12; i++)
        {
            SetMonth(line, i + 1, planned[i], disbursed[i]);
        }

        await SaveAsync(await db.Set<BudgetPlan>().FirstAsync(p => p.Id == line.PlanId, cancellationToken), cancellationToken);
        return line;
    }

    /// <summary>Puts a month's amounts on a tracked line: a row for a month with something, none for an empty month.</summary>
    internal void SetMonth(BudgetLine line, int fiscalMonth, decimal? planned, decimal? disbursed)
    {
        var month = line.Months.FirstOrDefault(m => m.FiscalMonth == fiscalMonth);
        if (planned is null && disbursed is null)
        {
            if (month is not null)
            {
                line.Months.Remove(month);
                db.Set<BudgetLineMonth>().Remove(month);
            }

            return;
        }

        if (month is null)
        {
            month = new BudgetLineMonth { FiscalMonth = fiscalMonth };
            line.Months.Add(month);
        }

        month.Planned = planned;
        month.Disbursed = disbursed;
    }

    /// <summary>Reads and checks the typed fields onto the line; the errors name their fields.</summary>
    internal static List<Error> Apply(BudgetLine line, BudgetLineInput input, IReadOnlyList<Department> departments)
    {
        var errors = new List<Error>();
        var sector = Required(input.Sector, "sector", "ด้าน", BudgetLimits.Name, errors);
        var program = Required(input.Program, "program", "แผนงาน", BudgetLimits.Name, errors);
        var work = Required(input.Work, "work", "งาน", BudgetLimits.Name, errors);
        var category = BudgetNames.ParseCategory(input.Category);
        if (category is null)
        {
            errors.Add(Error.Invalid("กรุณาเลือกงบ (งบบุคลากร งบดำเนินงาน งบลงทุน งบเงินอุดหนุน งบรายจ่ายอื่น หรืองบกลาง)", "category"));
        }

        var subcategory = Required(input.Subcategory, "subcategory", "หมวด", BudgetLimits.Name, errors);
        var item = Required(input.Item, "item", "รายการ", BudgetLimits.Item, errors);
        var department = Required(input.Department, "department", "ส่วนราชการ", BudgetLimits.Name, errors);
        var amount = ThaiMoney.Parse(input.Amount, required: true);
        if (!amount.IsValid)
        {
            errors.Add(Error.Invalid(amount.Error!, "amount"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        (line.SectorCode, line.Sector) = sector;
        (line.ProgramCode, line.Program) = program;
        (line.WorkCode, line.Work) = work;
        line.Category = category!.Value;
        line.Subcategory = subcategory.Name;
        line.Item = item.Name;
        line.DepartmentName = department.Name;
        line.DepartmentId = FindDepartment(departments, department.Name)?.Id;
        line.Amount = amount.Value!.Value;
        return errors;
    }

    /// <summary>A department by its name as the plan writes it (ignoring spaces).</summary>
    public static Department? FindDepartment(IReadOnlyList<Department> departments, string name)
    {
        var key = BudgetNames.MatchKey(name).Replace(" ", "", StringComparison.Ordinal);
        return departments.FirstOrDefault(d => BudgetNames.MatchKey(d.Name).Replace(" ", "", StringComparison.Ordinal) == key);
    }

    private static (string? Code, string Name) Required(string? text, string field, string thai, int max, List<Error> errors)
    {
        var (code, name) = field is "subcategory" or "item" or "department" ? (null, BudgetNames.Collapse(text)) : BudgetNames.CodeAndName(text);
        if (name.Length == 0)
        {
            errors.Add(Error.Invalid($"กรุณากรอก{thai}", field));
        }
        else if (name.Length > max || code?.Length > BudgetLimits.Code)
        {
            errors.Add(Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"{thai}ยาวเกิน {max} ตัวอักษร"), field));
        }

        return (code, name);
    }

    private static decimal? Read(string? text, string field, string month, string what, List<Error> errors)
    {
        var amount = ThaiMoney.Parse(text, required: false);
        if (!amount.IsValid)
        {
            errors.Add(Error.Invalid($"{what}เดือน{month}: {amount.Error}", field));
        }

        return amount.Value;
    }

    private async Task SaveAsync(BudgetPlan plan, CancellationToken cancellationToken)
    {
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(plan.OrganizationId, cancellationToken);
    }

    internal static Error? CheckYear(int fiscalYear) => fiscalYear is < 2400 or > 3000
        ? Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {fiscalYear} ไม่ถูกต้อง ต้องเป็นปี พ.ศ. เช่น 2568"), "fiscalYear")
        : null;

    private static Error NoPlan(int fiscalYear) =>
        Error.NotFound(string.Create(CultureInfo.InvariantCulture, $"ยังไม่มีแผนการใช้จ่ายงบประมาณของปีงบประมาณ {fiscalYear}"));
}
