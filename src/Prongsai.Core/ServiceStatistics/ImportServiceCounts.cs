using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement.Import;
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

        var content = await LimitedRead.ReadAtMostAsync(request.Content, MaxBytes, cancellationToken);
        if (content is null)
        {
            return ServiceCountsImportPreview.Refused(request.FiscalYear, request.Options, "ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 5 MB) แบ่งไฟล์แล้วนำเข้าทีละส่วน");
        }

        var table = tables.Read(content);
        if (table.Problem is { } problem)
        {
            return ServiceCountsImportPreview.Refused(request.FiscalYear, request.Options, problem);
        }

        var year = new FiscalYear(request.FiscalYear);
        var file = ServiceCountsFileReader.Read(table.Rows, year);
        var compared = await new Comparison(request.Actor, year, request.Options, file, YearMonth.FromDate(BangkokTime.Today(clock)))
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

    /// <summary>The file's services against the office's: what each box would do, and what stops the import.</summary>
    private sealed class Comparison(StaffActor actor, FiscalYear year, ServiceCountsImportOptions options, ServiceCountsFile file, YearMonth thisMonth)
    {
        public List<ImportMessage> Errors { get; } = [.. file.Errors];
        public List<ImportMessage> Warnings { get; } = [.. file.Warnings];
        public List<ImportedService> Services { get; } = [];

        private Dictionary<(int ServiceId, DateOnly Month), int> recorded = [];
        private Dictionary<int, string> departmentNames = [];

        public async Task<Comparison> RunAsync(ProngsaiDbContext db, CancellationToken cancellationToken)
        {
            if (file.Services.Count == 0)
            {
                if (Errors.Count == 0)
                {
                    Errors.Add(new ImportMessage(0, null, "ไม่มีรายการใต้หัวตาราง"));
                }

                return this;
            }

            var services = await db.Set<CountedService>().AsNoTracking().ToListAsync(cancellationToken);
            var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
            departmentNames = departments.ToDictionary(d => d.Id, d => d.Name);
            recorded = (await db.Set<ServiceMonthCount>().AsNoTracking().Where(c => c.Month >= year.Start && c.Month <= year.End)
                    .Select(c => new { c.ServiceId, c.Month, c.Count }).ToListAsync(cancellationToken))
                .ToDictionary(c => (c.ServiceId, c.Month), c => c.Count);
            var newDepartments = new NewServiceDepartments(await DepartmentChoices.ForAsync(db, actor, Permission, cancellationToken), departments);
            var byKey = services.ToLookup(s => ServiceNames.Key(s.Name));
            var taken = new Dictionary<int, int>();
            foreach (var row in file.Services)
            {
                var matches = byKey[ServiceNames.Key(row.Name)].ToList();
                if (matches.Count > 1)
                {
                    Errors.Add(new ImportMessage(row.Row, row.Column, $"ชื่อ \"{row.Name}\" ตรงกับหลายบริการในรายการ ({string.Join(", ", matches.Select(m => m.Name))}) แก้ชื่อบริการในรายการให้ต่างกันก่อน"));
                }
                else if (matches.Count == 1 && taken.TryGetValue(matches[0].Id, out var earlier))
                {
                    Errors.Add(new ImportMessage(row.Row, row.Column, string.Create(CultureInfo.InvariantCulture,
                        $"แถวนี้เป็นบริการ \"{matches[0].Name}\" เดียวกับแถวที่ {earlier}")));
                }
                else if (matches.Count == 1)
                {
                    taken[matches[0].Id] = row.Row;
                    Existing(row, matches[0]);
                }
                else
                {
                    New(row, newDepartments);
                }
            }

            return this;
        }

        private void Existing(FileService row, CountedService service)
        {
            var department = DepartmentName(service.DepartmentId);
            if (row.Unit is { } unit && ServiceNames.Key(unit) != ServiceNames.Key(service.Unit))
            {
                Warnings.Add(new ImportMessage(row.Row, null, $"หน่วยนับในไฟล์ \"{unit}\" ต่างจากในรายการ \"{service.Unit}\" ({service.Name}) จะใช้หน่วยนับในรายการ"));
            }

            if (row.Department is { } named && ServiceNames.Key(named) != ServiceNames.Key(department))
            {
                Warnings.Add(new ImportMessage(row.Row, null, $"ส่วนราชการในไฟล์ \"{named}\" ต่างจากในรายการ \"{department}\" ({service.Name}) ไม่เปลี่ยนส่วนราชการของบริการ"));
            }

            var figures = Figures(row, service.Id, month => service.IsAskedFor(month) ? null
                : $"{service.Name} เลิกให้บริการเมื่อ {ThaiDate.FormatLong(service.RetiredAt!.Value)} จึงบันทึกจำนวนของเดือน{ThaiDate.FormatMonthYear(month)}ไม่ได้");
            if (figures.Any(f => f.Writes) && !actor.HasFor(Permission, service.DepartmentId))
            {
                Errors.Add(new ImportMessage(row.Row, row.Column, $"\"{service.Name}\" เป็นบริการของ{department} คุณนำเข้าได้เฉพาะบริการของส่วนราชการของคุณ"));
            }

            Services.Add(new ImportedService(row.Row, service.Id, service.Name, service.Unit, service.DepartmentId, department, figures));
        }

        private void New(FileService row, NewServiceDepartments departments)
        {
            if (!row.HasFigures)
            {
                Warnings.Add(new ImportMessage(row.Row, row.Column, $"ไม่พบบริการ \"{row.Name}\" ในรายการ และแถวนี้ไม่มีตัวเลข จึงข้ามแถวนี้"));
                return;
            }

            if (!options.AddNewServices)
            {
                Errors.Add(new ImportMessage(row.Row, row.Column,
                    $"ไม่พบบริการ \"{row.Name}\" ในรายการบริการของหน่วยงาน แก้ชื่อให้ตรงกับรายการ หรือเลือก \"เพิ่มเป็นบริการใหม่\" แล้วตรวจสอบอีกครั้ง"));
                return;
            }

            var before = Errors.Count;
            if (row.Name.Length > ServiceStatisticsRules.Name)
            {
                Errors.Add(new ImportMessage(row.Row, row.Column, string.Create(CultureInfo.InvariantCulture, $"ชื่อบริการยาวได้ไม่เกิน {ServiceStatisticsRules.Name} ตัวอักษร")));
            }

            var unit = row.Unit ?? ServiceStatisticsRules.DefaultUnit;
            if (unit.Length > ServiceStatisticsRules.Unit)
            {
                Errors.Add(new ImportMessage(row.Row, null, string.Create(CultureInfo.InvariantCulture, $"หน่วยนับ \"{unit}\" ยาวได้ไม่เกิน {ServiceStatisticsRules.Unit} ตัวอักษร")));
            }

            var department = departments.For(row.Department);
            if (department.Error is { } refused)
            {
                Errors.Add(new ImportMessage(row.Row, null, $"{row.Name}: {refused}"));
            }
            else if (department.Warning is { } warning)
            {
                Warnings.Add(new ImportMessage(row.Row, null, warning));
            }

            var figures = Figures(row, null, _ => null);
            if (Errors.Count == before)
            {
                Services.Add(new ImportedService(row.Row, null, row.Name, unit, department.Choice!.Id, department.Choice.Name, figures));
            }
        }

        /// <summary>The service's boxes in the file's months (a month the file does not give it: nothing), checked as the month's form checks them.</summary>
        private List<ImportedFigure> Figures(FileService row, int? serviceId, Func<YearMonth, string?> notAskedFor)
        {
            var figures = new List<ImportedFigure>();
            foreach (var month in file.Months)
            {
                var box = row.Figures.FirstOrDefault(f => f.Month == month);
                int? existing = serviceId is { } id && recorded.TryGetValue((id, month.FirstDay), out var count) ? count : null;
                if (box?.Figure is not null && month > thisMonth)
                {
                    Errors.Add(new ImportMessage(box.Row, box.Column, $"ยังไม่ถึงเดือน{ThaiDate.FormatMonthYear(month)} บันทึกได้ตั้งแต่วันแรกของเดือน (เว้นว่างไว้)"));
                }
                else if (box?.Figure is not null && notAskedFor(month) is { } retired)
                {
                    Errors.Add(new ImportMessage(box.Row, box.Column, retired));
                }

                var change = box is null ? FigureChange.None : ServiceMonthFigures.ChangeOf(box.Figure, existing, options.EmptyClears);
                figures.Add(new ImportedFigure(month, box?.Figure, existing, change));
            }

            return figures;
        }

        private string DepartmentName(int? id) =>
            id is { } known && departmentNames.TryGetValue(known, out var name) ? name : DepartmentChoices.WholeOffice;
    }
}
