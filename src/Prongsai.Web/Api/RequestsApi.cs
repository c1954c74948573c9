using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Api;

/// <summary>A row of the queue; the type is named in Thai and in English (the same names the pages use).</summary>
public sealed record RequestRowDto(int Id, string Kind, string Type, string TypeEnglish, string Subject, string Status, DateTimeOffset ReceivedAt, DateOnly DueOn,
    bool Late, bool VeryLate, int? DepartmentId, string? Officer, bool Anonymous, bool Sample);

public sealed record RequestStepDto(DateTimeOffset At, string Status, string? Note, string By);

public sealed record RequestMessageDto(DateTimeOffset At, bool FromCitizen, bool Internal, string? By, string Text);

/// <summary>A request for staff: the identity is never in the API (revealing it is an audited page action).</summary>
public sealed record RequestDto(int Id, string Kind, string Type, string TypeEnglish, string Subject, string Details, string Status, DateTimeOffset ReceivedAt,
    DateOnly DueOn, bool Late, bool VeryLate, int? DepartmentId, string? Officer, string? ForwardedTo, string? Answer, string? Outcome,
    bool Anonymous, bool ConsentToPublish, bool Published, IReadOnlyList<RequestStepDto> Steps, IReadOnlyList<RequestMessageDto> Messages);

public sealed record RequestTextInput(string? Text, bool Internal = false);

public sealed record QaPairDto(int Id, string Question, string Details, string Answer, DateTimeOffset AskedAt, DateTimeOffset AnsweredAt, bool Sample);

/// <summary>
/// Citizen requests: the staff queue and one request (same visibility as the back office), answering and messaging;
/// and the published Q&amp;A pairs for anyone.
/// </summary>
public sealed class RequestsApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        var org = v1.MapGroup("/orgs/{org}").WithTags("Requests");
        var staff = PermissionPolicies.NameOf(OrganizationPermissions.ViewBackOffice);
        org.MapGet("/requests", ListRequests).WithName("ListRequests").RequireAuthorization(staff)
            .WithSummary("Requests the signed-in member may see (corruption complaints only for complaint officers)");
        org.MapGet("/requests/{id:int}", GetRequest).WithName("GetRequest").RequireAuthorization(staff);
        org.MapPost("/requests/{id:int}/answer", Answer).WithName("AnswerRequest")
            .RequireAuthorization(PermissionPolicies.NameOf(RequestsPermissions.AnswerRequests)).RequireAntiforgeryHeader();
        org.MapPost("/requests/{id:int}/messages", Message).WithName("MessageRequest")
            .RequireAuthorization(PermissionPolicies.NameOf(RequestsPermissions.AnswerRequests)).RequireAntiforgeryHeader();
        org.MapGet("/qa", ListQa).WithName("ListQa").WithSummary("Published questions and answers (personal data masked)");
    }

    private static async Task<Ok<RequestRowDto[]>> ListRequests(
        RequestQueue queue, StaffSession session, string? kind, string? status, bool? late, CancellationToken cancellationToken)
    {
        var filter = new QueueFilter(
            Enum.TryParse<RequestKind>(kind, true, out var k) && Enum.IsDefined(k) ? k : null,
            Enum.TryParse<RequestStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : null,
            LateOnly: late == true);
        var rows = await queue.ListAsync(await session.GetActorAsync(cancellationToken), filter, cancellationToken: cancellationToken);
        return TypedResults.Ok(rows.Select(r => new RequestRowDto(r.Id, r.Kind.ToString(), r.TypeName, r.TypeNameEnglish, r.Subject, r.Status.ToString(), r.ReceivedAt,
            r.DueOn, r.Late, r.VeryLate, r.DepartmentId, r.OfficerName, r.Anonymous, r.IsSample)).ToArray());
    }

    private static async Task<Results<Ok<RequestDto>, NotFound>> GetRequest(
        int id, ProngsaiDbContext db, RequestQueue queue, StaffSession session, CancellationToken cancellationToken)
    {
        var actor = await session.GetActorAsync(cancellationToken);
        var r = await db.Set<TrackedRequest>().AsNoTracking().AsSplitQuery()
            .Include(x => x.Type).Include(x => x.Steps).Include(x => x.Messages)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null || !RequestAccess.CanSee(actor, r.Type!, r))
        {
            return TypedResults.NotFound();
        }

        var (late, veryLate) = queue.Flags(r);
        return TypedResults.Ok(new RequestDto(r.Id, r.Type!.Kind.ToString(), r.Type.Name, r.Type.NameEnglish, r.Subject, r.Details, r.Status.ToString(), r.ReceivedAt,
            r.DueOn, late, veryLate, r.DepartmentId, r.OfficerName, r.ForwardedTo, r.Answer, r.Outcome, r.IsAnonymous, r.ConsentToPublish, r.Published,
            r.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new RequestStepDto(s.At, s.Status.ToString(), s.Note, s.ActorName)).ToList(),
            r.Messages.OrderBy(m => m.At).ThenBy(m => m.Id).Select(m => new RequestMessageDto(m.At, m.FromCitizen, m.Internal, m.AuthorName, m.Text)).ToList()));
    }

    private static async Task<IResult> Answer(int id, RequestTextInput input, HandleRequest handle, StaffSession session, CancellationToken cancellationToken)
    {
        var result = await handle.AnswerAsync(await session.GetActorAsync(cancellationToken), id, input?.Text, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : UseCaseErrors.ForApi(result.Errors);
    }

    private static async Task<IResult> Message(int id, RequestTextInput input, HandleRequest handle, StaffSession session, CancellationToken cancellationToken)
    {
        var result = await handle.MessageAsync(await session.GetActorAsync(cancellationToken), id, input?.Text, input?.Internal ?? false, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : UseCaseErrors.ForApi(result.Errors);
    }

    private static async Task<Ok<QaPairDto[]>> ListQa(ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TrackedRequest>().AsNoTracking()
            .Where(r => r.Published && r.Answer != null && r.AnsweredAt != null && r.Type!.Kind == RequestKind.Question)
            .OrderByDescending(r => r.AnsweredAt).Take(200)
            .Select(r => new { r.Id, r.Subject, r.Details, r.Answer, r.ReceivedAt, r.AnsweredAt, r.IsSample })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => new QaPairDto(r.Id, PersonalDataMask.Mask(r.Subject), PersonalDataMask.Mask(r.Details),
            PersonalDataMask.Mask(r.Answer), r.ReceivedAt, r.AnsweredAt!.Value, r.IsSample)).ToArray());
    }
}
