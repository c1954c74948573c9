using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement;

/// <summary>
/// One สขร.1 line as typed into the form. Bidders, the selected supplier and the contract are typed as on the paper
/// form ("บริษัท ก จำกัด 12,000 บาท" one per line; "เลขที่ 12/2568 ลงวันที่ 5 ต.ค. 2567") and read by the same rules
/// as the import.
/// </summary>
public sealed record RecordInput(
    YearMonth? Month, string? Title, string? BudgetAmount, string? ReferencePrice, ProcurementMethod Method, string? MethodNote,
    string? Bidders, string? Selected, string? SelectionReason, string? Contract, string? BudgetSource,
    ProcurementStatus Status, string? EgpProjectNumber, int? PlanItemId, IReadOnlyList<int> AnnouncementDocumentIds)
{
    /// <summary>The record's <see cref="EditVersions">edit count</see> when the form was drawn; none from an import.</summary>
    public int? EditVersion { get; init; }
}

/// <summary>The สขร.1 lines of a fiscal year, kept by the finance departments.</summary>
public sealed class ManageProcurementRecords(
    ProngsaiDbContext db, FinanceAccess access, ContentVersion contentVersion, CurrentOrganization organization, TimeProvider clock)
{
    public async Task<Result<ProcurementRecord>> SaveAsync(
        StaffActor actor, int fiscalYear, int? recordId, RecordInput input, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (ManageProcurementPlan.CheckYear(fiscalYear) is { } badYear)
        {
            return badYear;
        }

        var errors = new List<Error>();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > ProcurementLimits.Title)
        {
            errors.Add(Error.Invalid("กรุณาระบุงานที่จัดซื้อหรือจัดจ้าง (ไม่เกิน 1,000 ตัวอักษร)", "Title"));
        }

        if (input.Month is not { } month || !new FiscalYear(fiscalYear).Contains(month))
        {
            errors.Add(Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"กรุณาเลือกเดือนภายในปีงบประมาณ {fiscalYear}"), "Month"));
        }

        var budget = ProcurementCells.Amount(input.BudgetAmount, required: true);
        Add(budget.Error, "BudgetAmount", errors);
        var reference = ProcurementCells.Amount(input.ReferencePrice, required: false);
        Add(reference.Error, "ReferencePrice", errors);
        var bids = ProcurementCells.Bids(input.Bidders);
        Add(bids.Error, "Bidders", errors);
        var selected = ProcurementCells.NameAndPrice(input.Selected);
        Add(selected.Error, "Selected", errors);
        var contract = ProcurementCells.Contract(input.Contract);
        Add(contract.Error, "Contract", errors);
        if (!Enum.IsDefined(input.Method))
        {
            errors.Add(Error.Invalid("กรุณาเลือกวิธีซื้อหรือจ้าง", "Method"));
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(Error.Invalid("กรุณาเลือกสถานะ", "Status"));
        }

        Limit(input.MethodNote, ProcurementLimits.Name, "MethodNote", errors);
        Limit(input.SelectionReason, ProcurementLimits.Reason, "SelectionReason", errors);
        Limit(input.BudgetSource, ProcurementLimits.Name, "BudgetSource", errors);
        Limit(input.EgpProjectNumber, ProcurementLimits.Short, "EgpProjectNumber", errors);
        Limit(contract.Value?.Number, ProcurementLimits.Short, "Contract", errors);
        Limit(selected.Value?.Name, ProcurementLimits.Name, "Selected", errors);
        if (bids.Value?.Any(b => b.Name.Length > ProcurementLimits.Name) == true)
        {
            errors.Add(Error.Invalid("ชื่อผู้เสนอราคายาวเกินไป", "Bidders"));
        }

        if (input.PlanItemId is { } planItemId
            && !await db.Set<ProcurementPlanItem>().AnyAsync(i => i.Id == planItemId && db.Set<ProcurementPlan>().Any(p => p.Id == i.PlanId && p.FiscalYear == fiscalYear), cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบรายการในแผนการจัดซื้อจัดจ้างของปีนี้", "PlanItemId"));
        }

        var documentIds = input.AnnouncementDocumentIds.Distinct().ToList();
        if (documentIds.Count > 0)
        {
            var published = await db.Documents.CountAsync(d => documentIds.Contains(d.Id) && d.Status == DocumentStatus.Published, cancellationToken);
            if (published != documentIds.Count)
            {
                errors.Add(Error.Invalid("ประกาศที่แนบต้องเป็นเอกสารที่เผยแพร่แล้วในคลังเอกสาร", "AnnouncementDocumentIds"));
            }
        }

        if (errors.Count > 0)
        {
            return Result<ProcurementRecord>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        ProcurementRecord? record;
        var oldMonth = (DateOnly?)null;
        if (recordId is { } id)
        {
            record = await db.Set<ProcurementRecord>().Include(r => r.Bids).Include(r => r.Announcements)
                .FirstOrDefaultAsync(r => r.Id == id && r.FiscalYear == fiscalYear, cancellationToken);
            if (record is null)
            {
                return Error.NotFound("ไม่พบรายการจัดซื้อจัดจ้าง");
            }

            if (EditVersions.Claim(record, input.EditVersion) is { } stale)
            {
                return stale;
            }

            oldMonth = record.Month;
        }
        else
        {
            record = db.Set<ProcurementRecord>().Add(new ProcurementRecord { FiscalYear = fiscalYear, Title = "", CreatedAt = now }).Entity;
        }

        var first = input.Month!.Value.FirstDay;
        if (oldMonth != first)
        {
            record.Ordinal = (await db.Set<ProcurementRecord>().Where(r => r.FiscalYear == fiscalYear && r.Month == first)
                .MaxAsync(r => (int?)r.Ordinal, cancellationToken) ?? 0) + 1;
        }

        record.Month = first;
        record.Title = title!;
        record.BudgetAmount = budget.Value!.Value;
        record.ReferencePrice = reference.Value;
        record.Method = input.Method;
        record.MethodNote = input.Method == ProcurementMethod.Other ? Trim(input.MethodNote) : null;
        record.SelectedSupplier = selected.Value?.Name;
        record.AgreedPrice = selected.Value?.Price;
        record.SelectionReason = Trim(input.SelectionReason);
        record.ContractNumber = contract.Value?.Number;
        record.ContractDate = contract.Value?.Date;
        record.BudgetSource = Trim(input.BudgetSource);
        record.Status = input.Status;
        record.EgpProjectNumber = Trim(input.EgpProjectNumber);
        record.PlanItemId = input.PlanItemId;
        record.UpdatedAt = now;
        db.RemoveRange(record.Bids);
        record.Bids = bids.Value!.Select((b, i) => new ProcurementBid { Ordinal = i + 1, Bidder = b.Name, Price = b.Price }).ToList();
        db.RemoveRange(record.Announcements.Where(a => !documentIds.Contains(a.DocumentId)));
        foreach (var documentId in documentIds.Where(d => record.Announcements.All(a => a.DocumentId != d)))
        {
            record.Announcements.Add(new ProcurementAnnouncement { DocumentId = documentId });
        }

        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return record;
    }

    /// <summary>A record with its bids and announcements (for the form), or null.</summary>
    public Task<ProcurementRecord?> FindAsync(int recordId, CancellationToken cancellationToken) =>
        db.Set<ProcurementRecord>().AsNoTracking().Include(r => r.Bids).Include(r => r.Announcements)
            .FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);

    /// <summary>Published library documents that can be attached as announcements (newest first).</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> AnnouncementChoicesAsync(CancellationToken cancellationToken) =>
        (await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published).OrderByDescending(d => d.Id).Take(200)
            .Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken)).Select(d => (d.Id, d.Title)).ToList();

    /// <summary>Moves a record, with its bidders and announcements, to the trash for 30 days (<see cref="ProcurementRecordTrash"/>).</summary>
    public async Task<Result<ProcurementRecord>> RemoveAsync(StaffActor actor, int recordId, CancellationToken cancellationToken = default)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var record = await db.Set<ProcurementRecord>().Include(r => r.Bids).Include(r => r.Announcements)
            .FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
        if (record is null)
        {
            return Error.NotFound("ไม่พบรายการจัดซื้อจัดจ้าง");
        }

        // One save: the trash row and the removal, so nothing is ever gone without its copy.
        db.Add(ProcurementRecordTrash.Of(record, actor, clock.GetUtcNow()));
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return record;
    }

    private static void Add(string? error, string field, List<Error> errors)
    {
        if (error is not null)
        {
            errors.Add(Error.Invalid(error, field));
        }
    }

    private static void Limit(string? text, int max, string field, List<Error> errors)
    {
        if (text?.Trim().Length > max)
        {
            errors.Add(Error.Invalid(string.Create(CultureInfo.InvariantCulture, $"ยาวเกิน {max} ตัวอักษร"), field));
        }
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
