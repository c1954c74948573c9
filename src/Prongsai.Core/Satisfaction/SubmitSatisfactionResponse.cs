using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Satisfaction;

/// <summary>What a person fills in: a score (1–5) for each aspect, and optionally the department and a suggestion.</summary>
public sealed record SatisfactionInput(int? DepartmentId, int? Process, int? Staff, int? Facilities, int? Quality, string? Suggestion)
{
    public int? ScoreOf(SatisfactionAspect aspect) => SatisfactionRules.Pick(aspect, Process, Staff, Facilities, Quality);
}

/// <summary>
/// Someone answers the survey on the website (public, no account, no name): the answer counts in the fiscal year of the
/// day it comes. Nothing but the scores, the department and the suggestion is kept: no address, no browser. The
/// website's form is rate limited like every public post.
/// </summary>
public sealed class SubmitSatisfactionResponse(ProngsaiDbContext db, CurrentOrganization organization, TimeProvider clock)
{
    public async Task<Result<SatisfactionResponse>> RunAsync(SatisfactionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (organization.OrganizationId is null)
        {
            return Error.NotFound();
        }

        var errors = new List<Error>();
        foreach (var aspect in SatisfactionRules.Aspects)
        {
            if (input.ScoreOf(aspect) is not (>= SatisfactionRules.LowestScore and <= SatisfactionRules.HighestScore))
            {
                errors.Add(Error.Invalid($"กรุณาให้คะแนน{SatisfactionRules.AspectThai(aspect)} (1 ถึง 5)", aspect.ToString()));
            }
        }

        if (input.DepartmentId is { } departmentId && !await DepartmentChoices.IsOfferedAsync(db, departmentId, null, cancellationToken))
        {
            errors.Add(Error.Invalid("กรุณาเลือกส่วนราชการจากรายการ หรือเลือก \"ไม่ระบุ\"", "DepartmentId"));
        }

        TextFields.Optional(errors, input.Suggestion, SatisfactionRules.Suggestion, "Suggestion", "ข้อเสนอแนะ");
        if (errors.Count > 0)
        {
            return Result<SatisfactionResponse>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        var response = new SatisfactionResponse
        {
            FiscalYear = FiscalYear.ForDate(BangkokTime.DateOf(now)).BeYear,
            ReceivedAt = now,
            DepartmentId = input.DepartmentId,
            Process = input.Process!.Value,
            Staff = input.Staff!.Value,
            Facilities = input.Facilities!.Value,
            Quality = input.Quality!.Value,
            Suggestion = string.IsNullOrWhiteSpace(input.Suggestion) ? null : input.Suggestion.Trim(),
        };
        db.Set<SatisfactionResponse>().Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
