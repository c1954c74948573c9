using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Procurement;

/// <summary>
/// A removed สขร.1 line in the trash (<see cref="ManageProcurementRecords.RemoveAsync"/>), with its bidders and
/// announcements. It comes back with its ids, in its month at its place when that is free, to who may edit finance
/// data; a plan item, department or announced document gone since is left out rather than refusing the restore. A
/// published month is read live, so the delete and the restore both bump the content stamp (pages, search).
/// </summary>
public sealed class ProcurementRecordTrash(ProngsaiDbContext db, FinanceAccess access) : ITrashKind
{
    public async Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        await db.Set<ProcurementRecord>().Where(r => r.Id == item.ItemId).Select(r => (int?)r.FiscalYear).FirstOrDefaultAsync(cancellationToken) is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"procurement/{year}")
            : null;

    public const string Key = "procurement-record";

    public string Kind => Key;
    public string Label => "รายการจัดซื้อจัดจ้าง (สขร.1)";
    public string LabelEnglish => "Procurement record (สขร.1)";
    public string AuditEntity => nameof(ProcurementRecord);
    public bool ChangesPublicContent => true;

    /// <summary>The item for a record loaded with its bids and announcements.</summary>
    public static TrashItem Of(ProcurementRecord record, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, record.OrganizationId, record.Id, $"สขร.1 {ThaiDate.FormatMonthYear(record.Month)}: {record.Title}", FinancePermissions.EditFinance, TrashPayload.Of(record), actor, now);

    public async Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        await access.CheckEditAsync(actor, cancellationToken) is null;

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (await access.CheckEditAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.Set<ProcurementRecord>().AnyAsync(r => r.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("รายการจัดซื้อจัดจ้างนี้ถูกกู้คืนไปแล้ว");
        }

        var record = TrashPayload.Read<ProcurementRecord>(item);
        if (record.PlanItemId is { } planItem && !await db.Set<ProcurementPlanItem>().AnyAsync(i => i.Id == planItem, cancellationToken))
        {
            record.PlanItemId = null;
        }

        if (record.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            record.DepartmentId = null;
        }

        var documentIds = record.Announcements.Select(a => a.DocumentId).ToList();
        var documents = await db.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        record.Announcements.RemoveAll(a => !documents.Contains(a.DocumentId));

        // Its ลำดับที่ in the month, unless a line added since took it: then after the month's last.
        var ordinals = await db.Set<ProcurementRecord>().Where(r => r.FiscalYear == record.FiscalYear && r.Month == record.Month)
            .Select(r => r.Ordinal).ToListAsync(cancellationToken);
        if (ordinals.Contains(record.Ordinal))
        {
            record.Ordinal = ordinals.Max() + 1;
        }

        // Added (the whole graph, with its ids), not attached: EF inserts the rows rather than taking them for updates.
        db.Set<ProcurementRecord>().Add(record);
        return null;
    }
}
