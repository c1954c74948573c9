using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Trash;

/// <summary>
/// A row of a fiscal year's record that is removed only while the record is a draft: a risk of the year's corruption
/// risk assessment, a project of the year's anti-corruption plan. It belongs to a department, or to the whole office.
/// </summary>
public interface IDraftYearRow : ITenantOwned
{
    int Id { get; }

    /// <summary>The department in charge; null for the whole office.</summary>
    int? DepartmentId { get; set; }
}

/// <summary>A removed row as the trash keeps it: the row with its children, and the fiscal year of its record (for the messages).</summary>
public interface IDeletedDraftYearRow<out TRow>
{
    TRow Row { get; }
    int FiscalYear { get; }
}

/// <summary>
/// The trash kind of a row removed from a draft year's record (<see cref="IDraftYearRow"/>), with its children. It comes
/// back with its ids into the same year's record, to who may write its department's rows, while that record is still a
/// draft: an approved record is fixed, so the restore is refused until the head of the office reopens it. The item's
/// <see cref="TrashItem.ParentId"/> is the row's department (0: the whole office), which decides who may restore it.
/// Only a draft's row is ever removed and the public sees approved records only, so the content stamp is untouched.
/// A kind says what it is in its <see cref="DraftYearRowKind{TRow}"/>.
/// </summary>
public abstract class DraftYearRowTrash<TRow, TPayload>(ProngsaiDbContext db, DraftYearRowKind<TRow> definition) : ITrashKind
    where TRow : class, IDraftYearRow
    where TPayload : class, IDeletedDraftYearRow<TRow>
{
    public string Kind => definition.Key;
    public string Label => definition.Label;
    public string LabelEnglish => definition.LabelEnglish;
    public string AuditEntity => typeof(TRow).Name;

    /// <summary>
    /// The item for a removed row (its snapshot in <paramref name="removed"/>): titled "label ปีงบประมาณ 2567:
    /// <paramref name="name"/>", its parent the row's department.
    /// </summary>
    protected static TrashItem ItemOf(DraftYearRowKind<TRow> kind, TPayload removed, string name, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(kind.Key, removed.Row.OrganizationId, removed.Row.Id,
            string.Create(CultureInfo.InvariantCulture, $"{kind.Label} ปีงบประมาณ {removed.FiscalYear}: {name}"),
            kind.Permission, TrashPayload.Of(removed), actor, now, parentId: removed.Row.DepartmentId ?? 0);

    public Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult(actor.HasFor(definition.Permission, item.ParentId == 0 ? null : item.ParentId));

    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(string.Create(CultureInfo.InvariantCulture, $"{definition.PagePath}/{item.ItemId}"));

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var (rowWord, recordWords) = (definition.RowWord, definition.YearRecordWords);
        if (!await MayRestoreAsync(actor, item, cancellationToken))
        {
            return Error.Forbidden($"คุณกู้คืนได้เฉพาะ{rowWord}ของส่วนราชการของคุณ");
        }

        if (await db.Set<TRow>().AnyAsync(r => r.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict($"{rowWord}นี้ถูกกู้คืนไปแล้ว");
        }

        var removed = TrashPayload.Read<TPayload>(item);
        var (row, fiscalYear, record) = (removed.Row, removed.FiscalYear, definition.YearRecordOf(removed.Row));
        if (!await definition.YearRecordExistsAsync(db, record, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"{recordWords} ปีงบประมาณ {fiscalYear} ของ{rowWord}นี้ไม่มีแล้ว จึงกู้คืนไม่ได้"));
        }

        // Under the record's lock, as every change of its rows: an approval at the same moment comes first or after.
        if (await definition.DraftOrConflictAsync(db, record, cancellationToken) is not null)
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"{recordWords} ปีงบประมาณ {fiscalYear} อนุมัติแล้ว จึงกู้คืน{rowWord}นี้ไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน แล้วจึงกู้คืน"));
        }

        // A department deleted since: the row comes back as the whole office's (as a department's delete leaves its rows).
        if (row.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            row.DepartmentId = null;
        }

        // Added with its children and their ids, not attached: EF inserts the rows rather than taking them for updates.
        db.Set<TRow>().Add(row);
        return null;
    }
}
