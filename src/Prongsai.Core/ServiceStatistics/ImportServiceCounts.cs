using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>A file of a fiscal year's figures to check (preview) or save, with what the clerk chose.</summary>
public sealed record ServiceCountsImportRequest(StaffActor Actor, int FiscalYear, Stream Content, ServiceCountsImportOptions Options);

/// <summary>
/// Imports a fiscal year of service figures from a spreadsheet (CSV or .xlsx; docs/service-statistics.md, "Importing a
/// year"): the preview says which services, months and figures would be saved, which boxes change or clear a recorded
/// figure, with every warning and every error (row and column); the import checks the file again and saves all of it in
/// one transaction, or nothing. The same rules as the month's form: department roles import their own departments'
/// services, months must have begun, a service retired before a month takes no figure for it.
/// </summary>
public sealed class ImportServiceCounts(ProngsaiDbContext db, IUploadedTables tables, ManageCountedServices manage, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private const string Permission = ServiceStatisticsPermissions.RecordServiceStatistics;

    public async Task<Result<ServiceCountsImportPreview>> PreviewAsync(ServiceCountsImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Actor.Lacks(Permission) is { } forbidden)
        {
            return forbidden;
        }

        var thisYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (request.FiscalYear < ServiceStatisticsRules.FirstYear || request.FiscalYear > thisYear)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"นำเข้าได้ตั้งแต่ปีงบประมาณ พ.ศ. {ServiceStatisticsRules.FirstYear} ถึงปีปัจจุบัน ({thisYear})"), "FiscalYear");
        }

        var table = await tables.ReadAsync(request.Content, MaxBytes, cancellationToken);
        if (table.Problem is { } problem)
        {
            return ServiceCountsImportPreview.Refused(request.FiscalYear, request.Options, problem);
        }

        var year = new FiscalYear(request.FiscalYear);
        var file = ServiceCountsFileReader.Read(table.Rows, year);
        var compared = await new ServiceCountsComparison(request.Actor, year, request.Options, file, YearMonth.FromDate(BangkokTime.Today(clock)))
            .RunAsync(db, cancellationToken);
        return new ServiceCountsImportPreview(request.FiscalYear, table.Format, table.Encoding, file.Shape, file.Months, compared.Services,
            compared.Warnings, compared.Errors.OrderBy(e => e.Line).ToList(), request.Options);
    }

    /// <summary>
    /// Checks the file again and saves it all in one transaction when it has no error. <paramref name="previewed"/> is the
    /// fingerprint of the preview the clerk confirmed: when the figures recorded meanwhile make the writes differ, nothing
    /// is saved and the clerk is asked to look again.
    /// </summary>
    public async Task<Result<ServiceCountsImportPreview>> ImportAsync(
        ServiceCountsImportRequest request, string? previewed, CancellationToken cancellationToken = default)
    {
        var checkedAgain = await PreviewAsync(request, cancellationToken);
        if (!checkedAgain.Succeeded || !checkedAgain.Value!.CanImport)
        {
            return checkedAgain;
        }

        var preview = checkedAgain.Value;
        if (previewed is not null && previewed != preview.Fingerprint)
        {
            return Error.Conflict("ตัวเลขในระบบเปลี่ยนไปหลังจากตรวจสอบไฟล์ (อาจมีผู้บันทึกพร้อมกัน) กรุณาตรวจสอบตัวอย่างอีกครั้งก่อนยืนยัน ยังไม่ได้บันทึกข้อมูลใด ๆ");
        }

        return await SaveAsync(request.Actor, preview, cancellationToken);
    }

    private async Task<Result<ServiceCountsImportPreview>> SaveAsync(StaffActor actor, ServiceCountsImportPreview preview, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var ids = new List<(ImportedService Service, int Id)>();
            foreach (var service in preview.Services.Where(s => s.Writes))
            {
                if (service.ServiceId is { } id)
                {
                    ids.Add((service, id));
                    continue;
                }

                // A new service is added as the service form adds it, with its checks, inside this transaction.
                var added = await manage.AddAsync(actor, new CountedServiceInput(service.Name, service.Unit, service.DepartmentId), cancellationToken);
                if (!added.Succeeded)
                {
                    return Result<ServiceCountsImportPreview>.Fail(added.Errors.Select(e => e with { Message = AtRow(service.Row, e.Message) }).ToList());
                }

                ids.Add((service, added.Value!.Id));
            }

            var (first, last) = (new FiscalYear(preview.FiscalYear).Start, new FiscalYear(preview.FiscalYear).End);
            var serviceIds = ids.Select(i => i.Id).ToList();
            var rows = await db.Set<ServiceMonthCount>().Where(c => c.Month >= first && c.Month <= last && serviceIds.Contains(c.ServiceId))
                .ToDictionaryAsync(c => (c.ServiceId, c.Month), cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var (service, id) in ids)
            {
                foreach (var figure in service.Figures.Where(f => f.Writes))
                {
                    ServiceMonthFigures.Apply(db.Set<ServiceMonthCount>(), rows.GetValueOrDefault((id, figure.Month.FirstDay)), id, figure.Month.FirstDay,
                        figure.Figure, preview.Options.EmptyClears, actor, now);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return preview with { Saved = true };
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("มีผู้บันทึกสถิติพร้อมกัน ยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาตรวจสอบไฟล์อีกครั้งแล้วยืนยันใหม่");
        }
    }

    private static string AtRow(int row, string message) => string.Create(CultureInfo.InvariantCulture, $"แถวที่ {row}: {message}");
}
