using Prongsai.Web.Infrastructure;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Budget;
using Prongsai.Core.Measures.Reports;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

public sealed record BudgetMonthDto(int FiscalMonth, string Month, decimal? Planned, decimal? Disbursed);

public sealed record BudgetLineDto(
    int Ordinal, string? SectorCode, string Sector, string? ProgramCode, string Program, string? WorkCode, string Work,
    string Category, string CategoryName, string Subcategory, string Item, string Department, decimal Amount,
    decimal Disbursed, IReadOnlyList<BudgetMonthDto> Months);

public sealed record BudgetGroupDto(string Name, decimal Amount, decimal Disbursed, decimal PercentDisbursed);

public sealed record BudgetPublicationDto(string Report, DateTimeOffset PublishedAt, string Url);

/// <summary>The public part of a year's spending plan: only what its publications opened (see docs/budget.md).</summary>
public sealed record BudgetPlanDto(
    string Organization, string OrganizationName, int FiscalYear, bool IsSample, DateOnly? AllocatedOn,
    int DisbursementMonthsPublished, decimal Amount, decimal Disbursed, decimal PercentDisbursed,
    IReadOnlyList<BudgetPublicationDto> Publications, IReadOnlyList<BudgetGroupDto> ByDepartment, IReadOnlyList<BudgetGroupDto> ByCategory,
    IReadOnlyList<BudgetLineDto> Lines);

/// <summary>
/// GET /api/v1/orgs/{org}/budget/{fiscalYear}: the published plan with the disbursements its reports opened, as JSON, or
/// with ?format=csv|xlsx as the same rows under the import's own headers (a downloaded CSV imports again). And the
/// report files of the public page: /{org}/budget/{fiscalYear}/report.{pdf|docx|xlsx}?report=plan|six-month|annual.
/// </summary>
public sealed class BudgetApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        v1.MapGroup("/orgs/{org}/budget").WithTags("Budget")
            .MapGet("/{fiscalYear:int}", GetPlanAsync).WithName("GetBudgetPlan")
            .WithSummary("The published budget-spending plan of a fiscal year (JSON, or ?format=csv|xlsx for the same rows as a file)")
            .WithDescription("Lines with their planned amounts per month; disbursements of October–March once the six-month report is published, of every month once the annual report is. 404 until the plan is published.")
            .Produces<BudgetPlanDto>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ReportFormats.ContentType(ReportFormats.Xlsx))
            .Produces(StatusCodes.Status404NotFound);
        endpoints.MapGetAndHead("/{org}/budget/{fiscalYear:int}/report.{format}", DownloadAsync).WithName("DownloadBudgetReport")
            .CachedAsPublicPage().ExcludeFromDescription();
    }

    private static async Task<IResult> GetPlanAsync(HttpContext http, int fiscalYear, string? format, BudgetReports reports, IBudgetDocuments documents,
        CancellationToken cancellationToken)
    {
        var report = await LatestPublicAsync(reports, fiscalYear, cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"budget-{report.OrganizationSlug}-{fiscalYear}");
        switch ((format ?? "json").ToLowerInvariant())
        {
            case "csv":
                SetDisposition(http, $"แผนการใช้จ่ายงบประมาณ-{fiscalYear}.csv", name + ".csv");
                return TypedResults.Bytes(BudgetTable.ToCsv(report), ReportFormats.ContentType(ReportFormats.Csv));
            case "xlsx":
                using (var buffer = new MemoryStream())
                {
                    documents.WriteTableXlsx(report, buffer);
                    SetDisposition(http, $"แผนการใช้จ่ายงบประมาณ-{fiscalYear}.xlsx", name + ".xlsx");
                    return TypedResults.Bytes(buffer.ToArray(), ReportFormats.ContentType(ReportFormats.Xlsx));
                }

            case "json":
                return TypedResults.Ok(ToDto(report));
            default:
                return TypedResults.Problem(title: Lang.T("รูปแบบไม่ถูกต้อง ใช้ json, csv หรือ xlsx", "The format must be json, csv or xlsx"), statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, int fiscalYear, string format, string? report, BudgetReports reports,
        IBudgetDocuments documents, CancellationToken cancellationToken)
    {
        format = format.ToLowerInvariant();
        if (BudgetNames.ParseKind(report) is not { } kind || format is not (ReportFormats.Pdf or ReportFormats.Docx or ReportFormats.Xlsx))
        {
            return TypedResults.NotFound();
        }

        var published = await reports.PublicAsync(fiscalYear, kind, cancellationToken);
        if (published is null)
        {
            return TypedResults.NotFound();
        }

        var canonical = string.Create(CultureInfo.InvariantCulture,
            $"/{published.OrganizationSlug}/budget/{fiscalYear}/report.{format}?report={BudgetNames.Token(kind)}");
        if (CanonicalAddress.RedirectUnlessAt(http, canonical) is { } elsewhere)
        {
            return elsewhere;
        }

        var thai = string.Create(CultureInfo.InvariantCulture, $"{BudgetNames.Thai(kind).Split(' ')[0]}-{fiscalYear}.{format}");
        var ascii = string.Create(CultureInfo.InvariantCulture, $"budget-{BudgetNames.Token(kind)}-{published.OrganizationSlug}-{fiscalYear}.{format}");
        http.Response.Headers.CacheControl = "public, max-age=300";
        if (format == ReportFormats.Pdf)
        {
            var pdf = await documents.RenderPdfAsync(published, cancellationToken);
            if (!pdf.Succeeded)
            {
                return TypedResults.Problem(title: Lang.T("ทำไฟล์ PDF ไม่ได้ในขณะนี้ ใช้ไฟล์ Word หรือ Excel แทน", "The PDF cannot be made now: use the Word or Excel file"),
                    detail: pdf.Problem, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            SetDisposition(http, thai, ascii);
            return TypedResults.Bytes(pdf.Pdf!, ReportFormats.ContentType(format));
        }

        using var buffer = new MemoryStream();
        if (format == ReportFormats.Docx)
        {
            documents.WriteDocx(published, buffer);
        }
        else
        {
            documents.WriteXlsx(published, buffer);
        }

        SetDisposition(http, thai, ascii);
        return TypedResults.Bytes(buffer.ToArray(), ReportFormats.ContentType(format));
    }

    /// <summary>The public view of the year with every month its publications opened (the annual, else six months, else the plan).</summary>
    public static async Task<BudgetReport?> LatestPublicAsync(BudgetReports reports, int fiscalYear, CancellationToken cancellationToken)
    {
        var publications = await reports.PublicationsAsync(fiscalYear, cancellationToken);
        if (publications.All(p => p.Kind != BudgetReportKind.Plan))
        {
            return null;
        }

        return await reports.PublicAsync(fiscalYear, publications.Max(p => p.Kind), cancellationToken);
    }

    public static BudgetPlanDto ToDto(BudgetReport r) => new(
        r.OrganizationSlug, r.OrganizationName, r.FiscalYear, r.IsSample, r.AllocatedOn, r.DisbursementMonthsShown,
        r.Amount, r.Disbursed, r.PercentDisbursed,
        r.Publications.Select(p => new BudgetPublicationDto(BudgetNames.Token(p.Kind), p.PublishedAt,
            BudgetEvidenceSource.PublicPath(r.OrganizationSlug, r.FiscalYear, p.Kind))).ToList(),
        r.ByDepartment().Select(Group).ToList(), r.ByCategory().Select(Group).ToList(),
        r.Lines.Select(l => new BudgetLineDto(l.Ordinal, l.SectorCode, l.Sector, l.ProgramCode, l.Program, l.WorkCode, l.Work,
            l.Category.ToString(), BudgetNames.Thai(l.Category), l.Subcategory, l.Item, l.DepartmentName, l.Amount, l.DisbursedTotal,
            Enumerable.Range(1, 12).Select(m => new BudgetMonthDto(m, BudgetNames.LongMonthYear(r.FiscalYear, m), l.Planned[m - 1], l.Disbursed[m - 1])).ToList()))
            .ToList());

    private static BudgetGroupDto Group(BudgetGroupTotal g) => new(g.Name, g.Amount, g.Disbursed, g.PercentDisbursed);

    private static void SetDisposition(HttpContext http, string fileName, string asciiFallback)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        header.FileName = asciiFallback;
        http.Response.Headers.ContentDisposition = header.ToString();
    }
}
