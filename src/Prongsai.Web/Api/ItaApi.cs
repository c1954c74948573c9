using Prongsai.Web.Infrastructure;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Ita.Submission;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

/// <summary>
/// The public side of an organization's ITA checklist: <c>GET /api/v1/orgs/{org}/ita/{fiscalYear}</c> (JSON) and the
/// ITAS submission sheet <c>/{org}/ita/{fiscalYear}/submission.{xlsx|csv|docx}</c>. Only ready or approved items
/// carry links; addresses are absolute, on the host the request came to.
/// </summary>
public sealed class ItaApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        var ita = v1.MapGroup("/orgs/{org}/ita").WithTags("ITA");
        ita.MapGet("/", ListYears).WithName("ListItaChecklists")
            .WithSummary("Fiscal years with an ITA (OIT) checklist")
            .WithDescription("The fiscal years (Buddhist era) for which the organization keeps an OIT checklist, newest first.");
        ita.MapGet("/{fiscalYear:int}", GetChecklist).WithName("GetItaChecklist")
            .WithSummary("The OIT checklist of a fiscal year as the public sees it")
            .WithDescription("Every current OIT item of the year's catalog, grouped by indicator and sub-indicator, in catalog order. " +
                "An item that is ready or approved (answered = true, ITAS \"มี\") carries its links (absolute URLs, with the month for " +
                "monthly items) and the note to the assessor; other items have no links (ITAS \"ไม่มี\"). Codes (O1…) follow the year's catalog.");
        endpoints.MapGetAndHead("/{org}/ita/{fiscalYear:int}/submission.{format}", DownloadAsync)
            .WithName("DownloadItaSubmission")
            .ExcludeFromDescription();
    }

    private static async Task<Ok<int[]>> ListYears(ChecklistReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok((await reader.YearsAsync(cancellationToken)).ToArray());

    private static async Task<Results<Ok<PublicChecklist>, NotFound>> GetChecklist(
        HttpContext http, int fiscalYear, ChecklistReader reader, CancellationToken cancellationToken)
    {
        var view = await reader.GetAsync(fiscalYear, cancellationToken);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(PublicChecklist.From(view, PortalData.BaseUrl(http.Request)));
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext http, int fiscalYear, string format, ChecklistReader reader, IItaDocuments documents, CancellationToken cancellationToken)
    {
        format = format.ToLowerInvariant();
        var organization = http.Organization();
        if (format is not ("xlsx" or "csv" or "docx") || organization is null || await reader.GetAsync(fiscalYear, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        var sheet = SubmissionSheet.From(view, organization.Name, PortalData.BaseUrl(http.Request));
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "csv":
                sheet.WriteCsv(buffer);
                break;
            case "xlsx":
                documents.WriteSubmissionXlsx(sheet, buffer);
                break;
            default:
                documents.WriteSubmissionDocx(sheet, buffer);
                break;
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(string.Create(CultureInfo.InvariantCulture, $"ITA-OIT-{organization.Slug}-{fiscalYear}.{format}"));
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(buffer.ToArray(), format switch
        {
            "csv" => "text/csv; charset=utf-8",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        });
    }
}
