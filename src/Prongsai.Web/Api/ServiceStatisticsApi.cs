using System.Globalization;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Text;
using Prongsai.Documents.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

/// <summary>
/// One service's fiscal year. <see cref="Counts"/> follows the year's <see cref="ServiceStatisticsYearDto.Months"/>: null
/// for a month not recorded or not begun. <see cref="CountedBy"/> is "office" (recorded by its clerks) or "system"
/// (counted by Prongsai from requests made on the website); <see cref="Department"/> is null for the whole office and for
/// the system's rows.
/// </summary>
public sealed record ServiceStatisticsRowDto(
    string Name, string Unit, string? Department, string CountedBy, bool Retired, int Total, int MonthsRecorded, IReadOnlyList<int?> Counts);

/// <summary>
/// Months are BE "yyyy-mm" (October first), as in the public addresses. Of them, <see cref="MonthsBegun"/> have begun and
/// <see cref="MonthsEnded"/> are over: a null count in a month not over yet is not a missing figure.
/// </summary>
public sealed record ServiceStatisticsYearDto(
    string Organization, string OrganizationName, int FiscalYear, IReadOnlyList<string> Months, int MonthsBegun, int MonthsEnded, bool IncludesSamples,
    IReadOnlyList<ServiceStatisticsRowDto> Services);

/// <summary>
/// GET /api/v1/orgs/{org}/service-statistics/{fiscalYear}: the year's service statistics as the public page shows them
/// (docs/service-statistics.md), as JSON or with ?format=csv|xlsx as the page's own files. Public, read only; not cached,
/// since the automatic figures move with every request made on the website.
/// </summary>
public sealed class ServiceStatisticsApi : IApiEndpoints
{
    public const string ByOffice = "office";
    public const string BySystem = "system";

    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1) =>
        v1.MapGet("/orgs/{org}/service-statistics/{fiscalYear:int}", GetYearAsync).WithTags("Service statistics").WithName("GetServiceStatistics")
            .WithSummary("A fiscal year's service statistics (BE): each service's figure per month; ?format=csv|xlsx for files")
            .WithDescription("Services the office counts at its counters, recorded month by month (countedBy \"office\"; null: not recorded), " +
                "and what Prongsai counts from requests made on the website (countedBy \"system\": questions, complaints, loan requests " +
                "from outside borrowers, withdrawn ones not counted). Months from October; those not begun are null. " +
                "404 for an unknown organization or a year outside 2500–2700.")
            .Produces<ServiceStatisticsYearDto>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status404NotFound);

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> GetYearAsync(HttpContext http, int fiscalYear, string? format, ServiceStatisticsBoard board,
        CancellationToken cancellationToken)
    {
        var organization = http.Organization();
        if (organization is null || fiscalYear is < 2500 or > 2700)
        {
            return TypedResults.NotFound();
        }

        var view = await board.ForYearAsync(organization.Id, fiscalYear, cancellationToken);
        var stem = string.Create(CultureInfo.InvariantCulture, $"service-statistics-{organization.Slug}-{fiscalYear}");
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "json":
                return TypedResults.Ok(ToDto(view, organization));
            case "csv":
                var (header, rows) = ServiceStatisticsTable.For(view);
                return File(http, CsvFiles.ToFile(header, rows), "text/csv; charset=utf-8", stem + ".csv");
            case "xlsx":
                var (xlsxHeader, xlsxRows) = ServiceStatisticsTable.For(view);
                using (var buffer = new MemoryStream())
                {
                    TableXlsxWriter.Write(buffer, "สถิติการให้บริการ", xlsxHeader, xlsxRows, (ServiceStatisticsTable.Figure, ColumnKind.Count));
                    return File(http, buffer.ToArray(), XlsxType, stem + ".xlsx");
                }

            default:
                return TypedResults.Problem(title: Lang.T("รูปแบบไม่ถูกต้อง ใช้ json, csv หรือ xlsx", "The format must be json, csv or xlsx"),
                    statusCode: StatusCodes.Status400BadRequest);
        }
    }

    public static ServiceStatisticsYearDto ToDto(ServiceStatisticsView view, OrganizationRef organization)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(organization);
        static ServiceStatisticsRowDto Row(ServiceYearRow r, string countedBy) =>
            new(r.Name, r.Unit, r.Department, countedBy, r.Retired, r.Total, r.Recorded, r.Months);

        return new ServiceStatisticsYearDto(organization.Slug, organization.Name, view.FiscalYear,
            view.Months.Select(ServiceStatisticsTable.MonthKey).ToList(), view.Begun, view.Ended, view.IncludesSamples,
            [.. view.Counted.Select(r => Row(r, ByOffice)), .. view.Online.Select(r => Row(r, BySystem))]);
    }

    private static IResult File(HttpContext http, byte[] bytes, string contentType, string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        http.Response.Headers.ContentDisposition = header.ToString();
        return TypedResults.Bytes(bytes, contentType);
    }
}
