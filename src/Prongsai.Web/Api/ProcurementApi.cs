using Prongsai.Web.Infrastructure;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Procurement;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

public sealed record ProcurementPlanItemDto(int Ordinal, string Name, decimal Quantity, string Unit, decimal UnitPrice, decimal Budget,
    string FundingSource, string Method, string ExpectedMonth, string? Department);

public sealed record ProcurementPlanRevisionDto(int Number, DateOnly PublishedOn, string? Reason, IReadOnlyList<ProcurementPlanItemDto> Items);

public sealed record ProcurementBidDto(string Bidder, decimal? Price);

public sealed record ProcurementRecordDto(string Month, int Ordinal, string Title, decimal BudgetAmount, decimal? ReferencePrice,
    string Method, string? MethodNote, IReadOnlyList<ProcurementBidDto> Bids, string? SelectedSupplier, decimal? AgreedPrice,
    string? SelectionReason, string? ContractNumber, DateOnly? ContractDate, string? BudgetSource, string Status,
    string? EgpProjectNumber, bool IsSample);

public sealed record ProcurementMonthDto(string Month, string Url, bool Published, DateTimeOffset? PublishedAt, int Count);

/// <summary>Months are BE "yyyy-mm" as in the public addresses; dates are ISO (CE); amounts in baht.</summary>
public sealed record ProcurementYearDto(int FiscalYear, string Organization, ProcurementPlanRevisionDto? Plan,
    IReadOnlyList<ProcurementPlanRevisionDto> Revisions, IReadOnlyList<ProcurementMonthDto> Months, bool AnnualReportPublished,
    IReadOnlyList<ProcurementRecordDto> Records);

/// <summary>
/// Procurement as open data: the published plan and the records of published months, as JSON or (?format=csv|xlsx)
/// as files in the import's own columns; and the public files of each month (สขร.1 as PDF, XLSX, DOCX; the 16-field
/// line as CSV/XLSX per month and per quarter).
/// </summary>
public sealed class ProcurementApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        v1.MapGet("/orgs/{org}/procurement/{fiscalYear:int}", GetYearAsync).WithTags("Procurement").WithName("GetProcurement")
            .WithSummary("The published procurement plan and the records of published months of a fiscal year (BE); ?format=csv|xlsx for files")
            .Produces<ProcurementYearDto>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces(StatusCodes.Status404NotFound);
        endpoints.MapGetAndHead("/{org}/procurement/{fiscalYear:int}/{month}/sorkhor1.{format}", MonthlyFileAsync)
            .WithName("DownloadProcurementMonthly").CachedAsPublicPage().ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/procurement/{fiscalYear:int}/{month}/lines.{format}", MonthLinesAsync)
            .WithName("DownloadProcurementMonthLines").ExcludeFromDescription();
        endpoints.MapGetAndHead("/{org}/procurement/{fiscalYear:int}/q{quarter:int}/lines.{format}", QuarterLinesAsync)
            .WithName("DownloadProcurementQuarterLines").ExcludeFromDescription();
    }

    public static bool ValidYear(int fiscalYear) => fiscalYear is >= 2500 and <= 2700;

    private static async Task<IResult> GetYearAsync(HttpContext http, int fiscalYear, string? format, ProcurementYearReader reader, CancellationToken cancellationToken)
    {
        if (!ValidYear(fiscalYear))
        {
            return TypedResults.NotFound();
        }

        var year = await reader.PublicAsync(fiscalYear, cancellationToken);
        var records = year.PublishedRecords.ToList();
        var slug = http.Organization()!.Slug;
        var stem = string.Create(CultureInfo.InvariantCulture, $"procurement-{slug}-{fiscalYear}");
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "json":
                return TypedResults.Ok(ToDto(year, slug));
            case "csv":
                return File(http, ProcurementFiles.RecordsCsv(records), "text/csv; charset=utf-8", stem + ".csv", stem + ".csv");
            case "xlsx":
                return File(http, ProcurementFiles.RecordsXlsx(records), XlsxType, stem + ".xlsx", stem + ".xlsx");
            default:
                return TypedResults.Problem(title: Lang.T("รูปแบบไม่ถูกต้อง ใช้ json, csv หรือ xlsx", "The format must be json, csv or xlsx"), statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> MonthlyFileAsync(
        HttpContext http, int fiscalYear, string month, string format, ProcurementYearReader reader, ProngsaiDbContext db,
        IPdfConverter pdf, CancellationToken cancellationToken)
    {
        var (summary, _) = await SummaryAsync(http, fiscalYear, month, reader, db, cancellationToken);
        if (summary is null)
        {
            return TypedResults.NotFound();
        }

        var canonical = string.Create(CultureInfo.InvariantCulture,
            $"/{http.Organization()!.Slug}/procurement/{fiscalYear}/{ProcurementTexts.MonthSlug(summary.Month)}/sorkhor1.{format.ToLowerInvariant()}");
        if (CanonicalAddress.RedirectUnlessAt(http, canonical) is { } elsewhere)
        {
            return elsewhere;
        }

        var name = summary.FileStem + "." + format.ToLowerInvariant();
        var ascii = string.Create(CultureInfo.InvariantCulture, $"sorkhor1-{http.Request.RouteValues["org"]}-{ProcurementTexts.MonthSlug(summary.Month)}.{format.ToLowerInvariant()}");
        switch (format.ToLowerInvariant())
        {
            case "xlsx":
                return File(http, ProcurementFiles.MonthlyXlsx(summary), XlsxType, name, ascii);
            case "docx":
                return File(http, MonthlySummaryForm.Docx(summary), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name, ascii);
            case "pdf":
                var rendered = await pdf.HtmlToPdfAsync(MonthlySummaryForm.Html(summary), cancellationToken);
                return rendered.Succeeded
                    ? File(http, rendered.Pdf!, "application/pdf", name, ascii)
                    : TypedResults.Problem(title: Lang.T("สร้างไฟล์ PDF ไม่ได้ในขณะนี้ ดาวน์โหลด Word หรือ Excel แทน", "The PDF cannot be made now: download the Word or Excel file"),
                        detail: rendered.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            default:
                return TypedResults.NotFound();
        }
    }

    private static async Task<IResult> MonthLinesAsync(
        HttpContext http, int fiscalYear, string month, string format, ProcurementYearReader reader, ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        var (summary, organization) = await SummaryAsync(http, fiscalYear, month, reader, db, cancellationToken);
        return summary is null ? TypedResults.NotFound()
            : Lines(http, organization!, fiscalYear, summary.Records, format, "lines-" + ProcurementTexts.MonthSlug(summary.Month));
    }

    private static async Task<IResult> QuarterLinesAsync(
        HttpContext http, int fiscalYear, int quarter, string format, ProcurementYearReader reader, ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        if (!ValidYear(fiscalYear) || quarter is < 1 or > 4)
        {
            return TypedResults.NotFound();
        }

        var year = await reader.PublicAsync(fiscalYear, cancellationToken);
        var organization = await OrganizationAsync(http, db, cancellationToken);
        var records = year.Months.Skip((quarter - 1) * 3).Take(3).Where(m => m.Published).SelectMany(m => m.Records).ToList();
        return Lines(http, organization, fiscalYear, records, format, string.Create(CultureInfo.InvariantCulture, $"lines-{fiscalYear}-q{quarter}"));
    }

    private static IResult Lines(HttpContext http, Organization organization, int fiscalYear, IReadOnlyList<ProcurementRecord> records, string format, string stem) =>
        format.ToLowerInvariant() switch
        {
            "csv" => File(http, ProcurementFiles.LinesCsv(organization, fiscalYear, records), "text/csv; charset=utf-8", stem + ".csv", stem + ".csv"),
            "xlsx" => File(http, ProcurementFiles.LinesXlsx(organization, fiscalYear, records), XlsxType, stem + ".xlsx", stem + ".xlsx"),
            _ => TypedResults.NotFound(),
        };

    /// <summary>The month's สขร.1 when the month is in the fiscal year and published; null otherwise (404).</summary>
    private static async Task<(MonthlySummary? Summary, Organization? Organization)> SummaryAsync(
        HttpContext http, int fiscalYear, string month, ProcurementYearReader reader, ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        if (!ValidYear(fiscalYear) || ProcurementTexts.ParseMonthSlug(month) is not { } ym || !new FiscalYear(fiscalYear).Contains(ym))
        {
            return (null, null);
        }

        var year = await reader.PublicAsync(fiscalYear, cancellationToken);
        var view = year.Month(ym)!;
        if (!view.Published)
        {
            return (null, null);
        }

        var organization = await OrganizationAsync(http, db, cancellationToken);
        return (new MonthlySummary(organization.Name, fiscalYear, ym, view.Records, view.Records.Any(r => r.IsSample)), organization);
    }

    private static Task<Organization> OrganizationAsync(HttpContext http, ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        var id = http.Organization()!.Id;
        return db.Organizations.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken);
    }

    private static IResult File(HttpContext http, byte[] bytes, string contentType, string fileName, string ascii)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        header.FileName = ascii;
        http.Response.Headers.ContentDisposition = header.ToString();
        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Bytes(bytes, contentType);
    }

    public static ProcurementYearDto ToDto(ProcurementYear year, string slug)
    {
        static ProcurementPlanRevisionDto Revision(PlanRevisionView r) => new(r.Number, r.PublishedOn, r.Reason, r.Items.Select(i => new ProcurementPlanItemDto(
            i.Ordinal, i.Name, i.Quantity, i.Unit, i.UnitPrice, i.Budget, i.FundingSource, ProcurementTexts.MethodToken(i.Method),
            ProcurementTexts.MonthSlug(YearMonth.FromDate(i.ExpectedMonth)), i.DepartmentName)).ToList());

        var revisions = year.Revisions.Select(Revision).ToList();
        return new ProcurementYearDto(year.FiscalYear, slug, revisions.LastOrDefault(), revisions,
            year.Months.Select(m => new ProcurementMonthDto(m.Slug, string.Create(CultureInfo.InvariantCulture, $"/{slug}/procurement/{year.FiscalYear}/{m.Slug}"),
                m.Published, m.PublishedAt, m.Published ? m.Records.Count : 0)).ToList(),
            year.AnnualPublished,
            year.PublishedRecords.Select(r => new ProcurementRecordDto(ProcurementTexts.MonthSlug(YearMonth.FromDate(r.Month)), r.Ordinal, r.Title,
                r.BudgetAmount, r.ReferencePrice, ProcurementTexts.MethodToken(r.Method), r.MethodNote,
                r.Bids.Select(b => new ProcurementBidDto(b.Bidder, b.Price)).ToList(), r.SelectedSupplier, r.AgreedPrice, r.SelectionReason,
                r.ContractNumber, r.ContractDate, r.BudgetSource, r.Status.ToString(), r.EgpProjectNumber, r.IsSample)).ToList());
    }
}
