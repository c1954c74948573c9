using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement.Import;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// A file's services against the office's (<see cref="ImportServiceCounts"/>): which service each row is or would be, what
/// each box would do to what is recorded, and what stops the import — the month's form's rules (months begun, services
/// asked for, department roles' own services) and names not in the list.
/// </summary>
internal sealed class ServiceCountsComparison(StaffActor actor, FiscalYear year, ServiceCountsImportOptions options, ServiceCountsFile file, YearMonth thisMonth)
{
    private const string Permission = ServiceStatisticsPermissions.RecordServiceStatistics;

    public List<ImportMessage> Errors { get; } = [.. file.Errors];
    public List<ImportMessage> Warnings { get; } = [.. file.Warnings];
    public List<ImportedService> Services { get; } = [];

    private Dictionary<(int ServiceId, DateOnly Month), int> recorded = [];
    private Dictionary<int, string> departmentNames = [];

    public async Task<ServiceCountsComparison> RunAsync(ProngsaiDbContext db, CancellationToken cancellationToken)
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
