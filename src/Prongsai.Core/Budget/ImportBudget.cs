using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;
using Prongsai.Core.Text;

namespace Prongsai.Core.Budget;

public enum BudgetImportKind
{
    /// <summary>The plan's lines (ปีงบประมาณ, ด้าน, แผนงาน, งาน, งบ, หมวด, รายการ, ส่วนราชการ, จำนวนเงิน, optional months).</summary>
    Plan,

    /// <summary>Disbursements per month (ปีงบประมาณ, เดือน, รายการ, จำนวนเงินเบิกจ่าย).</summary>
    Disbursements,
}

public sealed record BudgetImportRequest(StaffActor Actor, Stream Content, int FiscalYear, bool DryRun = false, bool Replace = false);

/// <summary>A plan line read from the file, with its row.</summary>
public sealed record BudgetImportedLine(int Row, BudgetLine Line);

/// <summary>A disbursement read from the file: the line it matched and the month.</summary>
public sealed record BudgetImportedDisbursement(int Row, int LineId, string Item, int FiscalMonth, decimal Amount);

/// <summary>What an import read (and, unless a dry run, saved) with every warning; the preview page shows it.</summary>
public sealed record BudgetImportOutcome(
    BudgetImportKind Kind, string Format, string? Encoding, IReadOnlyList<BudgetImportedLine> Lines,
    IReadOnlyList<BudgetImportedDisbursement> Disbursements, IReadOnlyList<ImportWarning> Warnings, bool Saved, bool PlanHasLines);

/// <summary>
/// Imports a spending plan or a month's disbursements from CSV (UTF-8 or TIS-620) or XLSX: headers by their Thai names in
/// any order, codes in the cell or not, amounts as offices type them. Every problem is a Thai error with its row and
/// column; one error and nothing is saved. A preview (dry run) shows every warning first; the save is one transaction.
/// </summary>
public sealed class ImportBudget(ProngsaiDbContext db, FinanceAccess access, IUploadedTables tables, EditBudgetPlan edit,
    ContentVersion contentVersion, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;

    public const string UnknownDepartmentCode = "unknown-department";
    public const string MonthsOverAmountCode = "months-over-amount";
    public const string DisbursedOverAmountCode = "disbursed-over-amount";
    public const string ReplacesDisbursementCode = "replaces-disbursement";

    public async Task<Result<BudgetImportOutcome>> RunAsync(BudgetImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await access.CheckEditAsync(request.Actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (EditBudgetPlan.CheckYear(request.FiscalYear) is { } badYear)
        {
            return badYear;
        }

        var table = await tables.ReadAsync(request.Content, MaxBytes, cancellationToken);
        if (table.Problem is { } problem)
        {
            return Refuse(problem);
        }

        var (rows, format, encoding) = (table.Rows.ToList(), table.Format, table.Encoding);

        if (rows.Count > MaxRows)
        {
            return Refuse(string.Create(CultureInfo.InvariantCulture, $"ไฟล์มีเกิน {MaxRows:#,0} แถว"));
        }

        var headerIndex = rows.FindIndex(r => r.Any(c => TableHeadings.Key(c) == TableHeadings.Key(BudgetTable.Item)));
        if (headerIndex < 0)
        {
            return Refuse("ไม่พบแถวหัวตาราง (ต้องมีคอลัมน์ \"รายการ\") ดูหัวคอลัมน์ที่ต้องใช้ในหน้านำเข้า");
        }

        var header = rows[headerIndex].Select(TableHeadings.Key).ToList();
        var kind = IndexOf(header, BudgetTable.DisbursedAmount) >= 0 ? BudgetImportKind.Disbursements : BudgetImportKind.Plan;
        var required = kind == BudgetImportKind.Plan ? BudgetTable.PlanColumns : BudgetTable.DisbursementColumns;
        var missing = required.Where(c => IndexOf(header, c) < 0).ToList();
        if (missing.Count > 0)
        {
            return Refuse(string.Create(CultureInfo.InvariantCulture,
                $"แถวที่ {headerIndex + 1}: ไม่พบคอลัมน์ {string.Join(", ", missing.Select(m => $"\"{m}\""))}"));
        }

        var data = rows.Select((cells, index) => (Row: index + 1, Cells: cells)).Skip(headerIndex + 1)
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (data.Count == 0)
        {
            return Refuse("ไฟล์ไม่มีรายการใต้หัวตาราง");
        }

        var plan = await db.Set<BudgetPlan>().Include(p => p.Lines).ThenInclude(l => l.Months)
            .FirstOrDefaultAsync(p => p.FiscalYear == request.FiscalYear, cancellationToken);
        return kind == BudgetImportKind.Plan
            ? await ImportPlanAsync(request, plan, header, data, format, encoding, cancellationToken)
            : await ImportDisbursementsAsync(request, plan, header, data, format, encoding, cancellationToken);
    }

    private async Task<Result<BudgetImportOutcome>> ImportPlanAsync(
        BudgetImportRequest request, BudgetPlan? plan, List<string> header, List<(int Row, IReadOnlyList<string> Cells)> data,
        string format, string? encoding, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var warnings = new List<ImportWarning>();
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var monthColumns = Enumerable.Range(0, 12).Select(i =>
            header.FindIndex(h => h == TableHeadings.Key(BudgetNames.ShortMonths[i]) || h == TableHeadings.Key(BudgetNames.LongMonths[i]))).ToArray();
        var disbursedColumns = Enumerable.Range(0, 12).Select(i => IndexOf(header, BudgetTable.DisbursedPrefix + BudgetNames.ShortMonths[i])).ToArray();
        var lines = new List<BudgetImportedLine>();
        var unknownDepartments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (row, cells) in data)
        {
            string Cell(string column) => CellAt(cells, IndexOf(header, column));
            var rowErrors = new List<Error>();
            CheckFiscalYear(Cell(BudgetTable.FiscalYear), request.FiscalYear, row, rowErrors);
            var line = new BudgetLine { Sector = "", Program = "", Work = "", Subcategory = "", Item = "", DepartmentName = "", Ordinal = lines.Count + 1 };
            var applied = EditBudgetPlan.Apply(line, new BudgetLineInput(
                Cell(BudgetTable.Sector), Cell(BudgetTable.Program), Cell(BudgetTable.Work), Cell(BudgetTable.Category),
                Cell(BudgetTable.Subcategory), Cell(BudgetTable.Item), Cell(BudgetTable.Department), Cell(BudgetTable.Amount)), departments);
            rowErrors.AddRange(applied.Select(e => AtRow(row, ColumnOf(e.Field), e.Message)));
            for (var m = 0; m < 12; m++)
            {
                var planned = ReadAmount(cells, monthColumns[m], row, BudgetNames.ShortMonths[m], rowErrors);
                var disbursed = ReadAmount(cells, disbursedColumns[m], row, BudgetTable.DisbursedPrefix + BudgetNames.ShortMonths[m], rowErrors);
                if (planned is not null || disbursed is not null)
                {
                    line.Months.Add(new BudgetLineMonth { FiscalMonth = m + 1, Planned = planned, Disbursed = disbursed });
                }
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count > 0)
            {
                continue;
            }

            var plannedSum = line.Months.Sum(x => x.Planned ?? 0);
            if (plannedSum > line.Amount)
            {
                warnings.Add(new ImportWarning(MonthsOverAmountCode, $"แผนรายเดือนรวม {ThaiMoney.Format(plannedSum)} บาท มากกว่าจำนวนเงินของรายการ {ThaiMoney.Format(line.Amount)} บาท ({line.Item})", row));
            }

            var disbursedSum = line.Months.Sum(x => x.Disbursed ?? 0);
            if (disbursedSum > line.Amount)
            {
                warnings.Add(new ImportWarning(DisbursedOverAmountCode, $"เบิกจ่ายรวม {ThaiMoney.Format(disbursedSum)} บาท มากกว่าจำนวนเงินของรายการ {ThaiMoney.Format(line.Amount)} บาท ({line.Item})", row));
            }

            if (line.DepartmentId is null)
            {
                unknownDepartments.Add(line.DepartmentName);
            }

            lines.Add(new BudgetImportedLine(row, line));
        }

        if (unknownDepartments.Count > 0)
        {
            warnings.Add(new ImportWarning(UnknownDepartmentCode,
                "ไม่พบส่วนราชการชื่อ " + string.Join(", ", unknownDepartments.Select(n => $"\"{n}\"")) + " ในระบบ จะเก็บไว้เป็นชื่อตามแผน (รายงานแยกตามชื่อนี้)", null));
        }

        if (errors.Count > 0)
        {
            return Result<BudgetImportOutcome>.Fail(errors.Append(Error.Invalid(NothingSaved, "file")).ToList());
        }

        var planHasLines = plan is { Lines.Count: > 0 };
        if (planHasLines && !request.Replace && !request.DryRun)
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"ปีงบประมาณ {request.FiscalYear} มีรายการในแผนอยู่แล้ว เลือก \"แทนที่รายการเดิม\" (--replace) หากต้องการแทนที่ทั้งหมด {NothingSaved}"), "replace");
        }

        if (planHasLines && request.Replace
            && await db.Set<BudgetReportPublication>().AnyAsync(p => p.FiscalYear == request.FiscalYear, cancellationToken))
        {
            return Error.Conflict($"แผนของปีนี้เผยแพร่แล้ว จึงแทนที่ทั้งแผนไม่ได้ แก้ไขทีละรายการ หรือนำเข้าเฉพาะผลการเบิกจ่าย {NothingSaved}", "replace");
        }

        var outcome = new BudgetImportOutcome(BudgetImportKind.Plan, format, encoding, lines, [], warnings, Saved: !request.DryRun, planHasLines);
        if (request.DryRun)
        {
            return outcome;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (plan is null)
        {
            plan = new BudgetPlan { FiscalYear = request.FiscalYear, CreatedAt = now };
            db.Set<BudgetPlan>().Add(plan);
        }
        else
        {
            db.Set<BudgetLine>().RemoveRange(plan.Lines);
            plan.Lines.Clear();
        }

        plan.UpdatedAt = now;
        plan.Lines.AddRange(lines.Select(l => l.Line));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(plan.OrganizationId, cancellationToken);
        return outcome;
    }

    private async Task<Result<BudgetImportOutcome>> ImportDisbursementsAsync(
        BudgetImportRequest request, BudgetPlan? plan, List<string> header, List<(int Row, IReadOnlyList<string> Cells)> data,
        string format, string? encoding, CancellationToken cancellationToken)
    {
        if (plan is null || plan.Lines.Count == 0)
        {
            return Refuse(string.Create(CultureInfo.InvariantCulture,
                $"ปีงบประมาณ {request.FiscalYear} ยังไม่มีแผนการใช้จ่ายงบประมาณ นำเข้าแผนก่อน แล้วจึงนำเข้าผลการเบิกจ่าย"));
        }

        var byItem = plan.Lines.OrderBy(l => l.Ordinal).ToLookup(l => BudgetNames.MatchKey(l.Item));
        var errors = new List<Error>();
        var warnings = new List<ImportWarning>();
        var found = new List<BudgetImportedDisbursement>();
        var seen = new Dictionary<(int LineId, int Month), int>();
        foreach (var (row, cells) in data)
        {
            string Cell(string column) => CellAt(cells, IndexOf(header, column));
            var rowErrors = new List<Error>();
            CheckFiscalYear(Cell(BudgetTable.FiscalYear), request.FiscalYear, row, rowErrors);
            var (month, monthError) = BudgetNames.ParseMonth(Cell(BudgetTable.Month), request.FiscalYear);
            if (monthError is not null)
            {
                rowErrors.Add(AtRow(row, BudgetTable.Month, monthError));
            }

            var item = BudgetNames.Collapse(Cell(BudgetTable.Item));
            var matches = byItem[BudgetNames.MatchKey(item)].ToList();
            if (item.Length == 0)
            {
                rowErrors.Add(AtRow(row, BudgetTable.Item, "กรุณากรอกรายการ (ตามที่เขียนไว้ในแผน)"));
            }
            else if (matches.Count == 0)
            {
                rowErrors.Add(AtRow(row, BudgetTable.Item, $"ไม่พบรายการ \"{PlainText.Typed(item, 61)}\" ในแผนของปีนี้ (ต้องเขียนให้ตรงกับรายการในแผน)"));
            }
            else if (matches.Count > 1)
            {
                rowErrors.Add(AtRow(row, BudgetTable.Item, string.Create(CultureInfo.InvariantCulture,
                    $"รายการ \"{PlainText.Typed(item, 61)}\" ตรงกับหลายรายการในแผน (ลำดับที่ {string.Join(", ", matches.Select(m => m.Ordinal))}) จึงไม่รู้ว่าเป็นรายการใด แก้ชื่อรายการในแผนให้ไม่ซ้ำกันก่อน")));
            }

            var amount = ThaiMoney.Parse(Cell(BudgetTable.DisbursedAmount), required: true);
            if (!amount.IsValid)
            {
                rowErrors.Add(AtRow(row, BudgetTable.DisbursedAmount, amount.Error!));
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count > 0)
            {
                continue;
            }

            var line = matches[0];
            if (seen.TryGetValue((line.Id, month!.Value), out var earlier))
            {
                errors.Add(AtRow(row, BudgetTable.Item, string.Create(CultureInfo.InvariantCulture,
                    $"รายการนี้ของเดือน{BudgetNames.LongMonths[month.Value - 1]}ซ้ำกับแถวที่ {earlier} (ใส่ยอดรวมของเดือนในแถวเดียว)")));
                continue;
            }

            seen[(line.Id, month.Value)] = row;
            found.Add(new BudgetImportedDisbursement(row, line.Id, line.Item, month.Value, amount.Value!.Value));
        }

        if (errors.Count > 0)
        {
            return Result<BudgetImportOutcome>.Fail(errors.Append(Error.Invalid(NothingSaved, "file")).ToList());
        }

        foreach (var d in found)
        {
            var line = plan.Lines.First(l => l.Id == d.LineId);
            var existing = line.Months.FirstOrDefault(m => m.FiscalMonth == d.FiscalMonth)?.Disbursed;
            if (existing is { } old && old != d.Amount)
            {
                warnings.Add(new ImportWarning(ReplacesDisbursementCode,
                    $"แทนที่ยอดเบิกจ่ายเดิมของเดือน{BudgetNames.LongMonths[d.FiscalMonth - 1]} {ThaiMoney.Format(old)} บาท ด้วย {ThaiMoney.Format(d.Amount)} บาท ({line.Item})", d.Row));
            }
        }

        foreach (var line in plan.Lines.Where(l => found.Any(d => d.LineId == l.Id)))
        {
            var total = Enumerable.Range(1, 12).Sum(m =>
                found.FirstOrDefault(d => d.LineId == line.Id && d.FiscalMonth == m)?.Amount
                ?? line.Months.FirstOrDefault(x => x.FiscalMonth == m)?.Disbursed ?? 0);
            if (total > line.Amount)
            {
                warnings.Add(new ImportWarning(DisbursedOverAmountCode,
                    $"เบิกจ่ายรวม {ThaiMoney.Format(total)} บาท เกินจำนวนเงินในแผน {ThaiMoney.Format(line.Amount)} บาท ({line.Item})",
                    found.Last(d => d.LineId == line.Id).Row));
            }
        }

        var outcome = new BudgetImportOutcome(BudgetImportKind.Disbursements, format, encoding, [], found, warnings, Saved: !request.DryRun, PlanHasLines: true);
        if (request.DryRun)
        {
            return outcome;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var d in found)
        {
            var line = plan.Lines.First(l => l.Id == d.LineId);
            var month = line.Months.FirstOrDefault(m => m.FiscalMonth == d.FiscalMonth);
            edit.SetMonth(line, d.FiscalMonth, month?.Planned, d.Amount);
        }

        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(plan.OrganizationId, cancellationToken);
        return outcome;
    }

    public const string NothingSaved = "ไม่ได้บันทึกข้อมูลใด ๆ";

    /// <summary>Where a column stands in the header row, the header as <see cref="TableHeadings.Key"/> reads it; -1 when absent.</summary>
    private static int IndexOf(List<string> header, string column) => header.IndexOf(TableHeadings.Key(column));

    private static void CheckFiscalYear(string text, int fiscalYear, int row, List<Error> errors)
    {
        var t = BudgetNames.Collapse(ThaiDigits.ToAscii(text));
        if (t.Length == 0)
        {
            return;
        }

        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year != fiscalYear)
        {
            errors.Add(AtRow(row, BudgetTable.FiscalYear, string.Create(CultureInfo.InvariantCulture,
                $"ปีงบประมาณ \"{PlainText.Typed(text, 61)}\" ไม่ตรงกับปีที่นำเข้า ({fiscalYear})")));
        }
    }

    private static decimal? ReadAmount(IReadOnlyList<string> cells, int column, int row, string heading, List<Error> errors)
    {
        if (column < 0)
        {
            return null;
        }

        var amount = ThaiMoney.Parse(CellAt(cells, column), required: false);
        if (!amount.IsValid)
        {
            errors.Add(AtRow(row, heading, amount.Error!));
        }

        return amount.Value;
    }

    private static string CellAt(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] ?? "" : "";

    private static string ColumnOf(string? field) => field switch
    {
        "sector" => BudgetTable.Sector,
        "program" => BudgetTable.Program,
        "work" => BudgetTable.Work,
        "category" => BudgetTable.Category,
        "subcategory" => BudgetTable.Subcategory,
        "item" => BudgetTable.Item,
        "department" => BudgetTable.Department,
        _ => BudgetTable.Amount,
    };

    /// <summary>"แถวที่ 7 คอลัมน์ "จำนวนเงิน": …" — the row as the spreadsheet numbers it.</summary>
    private static Error AtRow(int row, string column, string message) =>
        Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"แถวที่ {row} คอลัมน์ \"{column}\": {message}"), "file");

    private static Error Refuse(string message) => Error.Invalid(message + " " + NothingSaved, "file");

}
