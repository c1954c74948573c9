using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>A service as its form holds it, adding one or correcting it.</summary>
public sealed class CountedServiceForm
{
    public string? Name { get; set; }
    public string? Unit { get; set; } = ServiceStatisticsRules.DefaultUnit;
    public int? DepartmentId { get; set; }

    public static CountedServiceForm Of(CountedService service) =>
        new() { Name = service.Name, Unit = service.Unit, DepartmentId = service.DepartmentId };

    public CountedServiceInput ToInput() => new(Name, Unit, DepartmentId);
}

/// <summary>What the shared fields partial (<c>_ServiceFields</c>) shows: the form, its field prefix, the departments offered.</summary>
public sealed record ServiceFieldsView(CountedServiceForm Form, string Prefix, IReadOnlyList<DepartmentChoice> Departments);

/// <summary>What the year table partial (<c>_YearTable</c>) shows.</summary>
public sealed record YearTableView(ServiceStatisticsView View, IReadOnlyList<ServiceYearRow> Rows, string Label, string FirstColumn);

/// <summary>A begun month of the year and how many services this member records have no figure for it.</summary>
public sealed record MonthToRecord(YearMonth Month, int Missing, bool Over = true);
