using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita.Catalogs;

/// <param name="FromRevision">The revision the Operator saw on the confirmation page; a newer one saved since is a conflict.</param>
public sealed record TakeShippedCatalogRequest(StaffActor Actor, int FiscalYear, string Variant, int FromRevision);

/// <summary>
/// The platform Operator takes the catalog file this release ships as the next revision of its fiscal year and
/// variant: the same revision an import of that file would make (<see cref="Catalog.CatalogRevision.Next"/>), saved
/// as shipped, so a later release can offer its own file again. The audit interceptor records the new revision with
/// the Operator's name.
/// </summary>
public sealed class TakeShippedItaCatalog(ShippedCatalogUpdates updates, ItaCatalogs catalogs)
{
    public async Task<Result<ShippedCatalogUpdate>> RunAsync(TakeShippedCatalogRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลระบบ (Operator) เปลี่ยนรายการ ITA ได้");
        }

        var variant = request.Variant.Trim().ToLowerInvariant();
        if (await updates.FindAsync(request.FiscalYear, variant, cancellationToken) is not { } update)
        {
            return Error.NotFound(string.Create(CultureInfo.InvariantCulture,
                $"รายการ ITA ปีงบประมาณ {request.FiscalYear} ({variant}) ไม่มีฉบับใหม่จากโปรแกรม: ฉบับที่ใช้อยู่ตรงกับฉบับที่มากับโปรแกรมแล้ว"));
        }

        if (update.CurrentRevision != request.FromRevision)
        {
            // Someone imported or took a revision after this Operator looked: what they confirmed is not what would change.
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"มีการบันทึกรายการฉบับที่ {update.CurrentRevision} หลังจากที่คุณเปิดดู กรุณาตรวจสอบสิ่งที่จะเปลี่ยนอีกครั้ง"));
        }

        try
        {
            await catalogs.SaveAsync(update.Next, shipped: true, request.Actor.UserName, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same revision number was saved by another request a moment ago (the unique index refused this one).
            return Error.Conflict("มีการบันทึกรายการฉบับใหม่พร้อมกันจากที่อื่น กรุณาตรวจสอบสิ่งที่จะเปลี่ยนอีกครั้ง");
        }

        return update;
    }
}
