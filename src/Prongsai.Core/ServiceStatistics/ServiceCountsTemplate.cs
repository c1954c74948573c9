using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// The import's template for a fiscal year: the services with a box per month from October, all empty, for the clerk to
/// fill from the counter books. A member who records lists the services they record; anyone else, all of them. Services
/// retired before the year began are left out.
/// </summary>
public static class ServiceCountsTemplate
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) For(
        StaffActor actor, FiscalYear year, IEnumerable<(CountedService Service, string? Department)> services)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var months = Enumerable.Range(0, 12).Select(year.FirstMonth.AddMonths).ToList();
        IReadOnlyList<string> header =
            [ServiceCountsColumns.Name, ServiceCountsColumns.Unit, ServiceCountsColumns.Department, .. months.Select(ThaiDate.FormatShortMonthYear)];
        var records = actor.Has(ServiceStatisticsPermissions.RecordServiceStatistics);
        var rows = services
            .Where(s => s.Service.IsAskedFor(year.FirstMonth) && (!records || actor.HasFor(ServiceStatisticsPermissions.RecordServiceStatistics, s.Service.DepartmentId)))
            .Select(s => (IReadOnlyList<string>)[s.Service.Name, s.Service.Unit, s.Department ?? DepartmentChoices.WholeOffice, .. months.Select(_ => "")])
            .ToList();
        return (header, rows);
    }
}
