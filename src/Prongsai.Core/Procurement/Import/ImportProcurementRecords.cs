using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement.Import;

/// <summary>
/// Imports สขร.1 lines from a table read from CSV or XLSX: the preview lists every warning and error; the import
/// saves every line or none (one transaction). Lines already there (same month, work and amount) are skipped with a
/// warning, so importing the same file twice adds nothing.
/// </summary>
public sealed class ImportProcurementRecords(
    ProngsaiDbContext db, FinanceAccess access, ContentVersion contentVersion, CurrentOrganization organization, TimeProvider clock)
{
    public async Task<Result<ProcurementImportPreview>> PreviewAsync(
        StaffActor actor, int fiscalYear, IReadOnlyList<IReadOnlyList<string>> table, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (ManageProcurementPlan.CheckYear(fiscalYear) is { } badYear)
        {
            return badYear;
        }

        var read = ProcurementRowReader.Read(table, fiscalYear);
        if (read.Errors.Count > 0)
        {
            return read;
        }

        var existing = await db.Set<ProcurementRecord>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear)
            .Select(r => new { r.Month, r.Title, r.BudgetAmount }).ToListAsync(cancellationToken);
        var keys = existing.Select(e => (e.Month, e.Title, e.BudgetAmount)).ToHashSet();
        var warnings = read.Warnings.ToList();
        var rows = new List<ProcurementImportRow>();
        foreach (var row in read.Rows)
        {
            if (!keys.Add((row.Month.FirstDay, row.Title, row.BudgetAmount)))
            {
                warnings.Add(new ImportMessage(row.Line, null, "มีรายการนี้แล้ว (เดือน งาน และวงเงินเดียวกัน) จะข้ามแถวนี้"));
                continue;
            }

            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            return read with { Rows = rows, Warnings = warnings, Errors = [new ImportMessage(0, null, "ไม่มีรายการใหม่ให้นำเข้า ทุกรายการมีอยู่แล้ว")] };
        }

        return read with { Rows = rows, Warnings = warnings };
    }

    /// <summary>Checks again and saves all rows in one transaction; with any error nothing is saved.</summary>
    public async Task<Result<ProcurementImportPreview>> ImportAsync(
        StaffActor actor, int fiscalYear, IReadOnlyList<IReadOnlyList<string>> table, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(actor, fiscalYear, table, cancellationToken);
        if (!preview.Succeeded || !preview.Value!.CanImport)
        {
            return preview;
        }

        var now = clock.GetUtcNow();
        var next = (await db.Set<ProcurementRecord>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear)
                .Select(r => new { r.Month, r.Ordinal }).ToListAsync(cancellationToken))
            .GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Max(r => r.Ordinal));
        foreach (var row in preview.Value.Rows.OrderBy(r => r.Month).ThenBy(r => r.Ordinal ?? int.MaxValue).ThenBy(r => r.Line))
        {
            var month = row.Month.FirstDay;
            var ordinal = next.GetValueOrDefault(month) + 1;
            next[month] = ordinal;
            db.Set<ProcurementRecord>().Add(new ProcurementRecord
            {
                FiscalYear = fiscalYear, Month = month, Ordinal = ordinal, Title = row.Title, BudgetAmount = row.BudgetAmount,
                ReferencePrice = row.ReferencePrice, Method = row.Method, MethodNote = row.MethodNote,
                SelectedSupplier = row.SelectedSupplier, AgreedPrice = row.AgreedPrice, SelectionReason = row.SelectionReason,
                ContractNumber = row.ContractNumber, ContractDate = row.ContractDate, EgpProjectNumber = row.EgpProjectNumber,
                Status = row.ContractNumber is null ? ProcurementStatus.InProgress : ProcurementStatus.Completed,
                CreatedAt = now, UpdatedAt = now,
                Bids = row.Bids.Select((b, i) => new ProcurementBid { Ordinal = i + 1, Bidder = b.Name, Price = b.Price }).ToList(),
            });
        }

        // One SaveChanges: one transaction, so a failure leaves nothing half imported.
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return preview;
    }
}
