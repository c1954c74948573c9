using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

public sealed record PublishedFiscalYearDto(int FiscalYear, string Title, int LatestVersion, DateTimeOffset PublishedAt, string Url, string Json);

/// <summary>
/// Published measures reports, public and read-only. The report body is the frozen snapshot of the
/// version — byte for byte the same JSON as report.json.
/// </summary>
public sealed class MeasuresApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        var measures = v1.MapGroup("/orgs/{org}/measures").WithTags("Measures");
        measures.MapGet("/", ListFiscalYears).WithName("ListMeasuresReports")
            .WithSummary("Fiscal years with a published measures report");
        measures.MapGet("/{fiscalYear:int}", GetReport).WithName("GetMeasuresReport")
            .WithSummary("The published measures report of a fiscal year (latest version, or ?version=N)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static async Task<Ok<PublishedFiscalYearDto[]>> ListFiscalYears(HttpContext http, MeasureReportVersions versions, CancellationToken cancellationToken)
    {
        var slug = http.Organization()!.Slug;
        var years = await versions.FiscalYearsAsync(cancellationToken);
        return TypedResults.Ok(years.Select(y => new PublishedFiscalYearDto(
            y.FiscalYear, y.Title, y.LatestVersion, y.PublishedAt,
            string.Create(CultureInfo.InvariantCulture, $"/{slug}/measures/{y.FiscalYear}"),
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/orgs/{slug}/measures/{y.FiscalYear}"))).ToArray());
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetReport(
        int fiscalYear, int? version, MeasureReportVersions versions, CancellationToken cancellationToken)
    {
        var stored = await versions.GetAsync(fiscalYear, version, cancellationToken);
        return stored is null
            ? TypedResults.NotFound()
            : TypedResults.Content(stored.SnapshotJson, "application/json; charset=utf-8");
    }
}
