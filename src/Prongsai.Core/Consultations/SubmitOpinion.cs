using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Consultations;

/// <summary>What a person fills in. Name and contact are optional; whoever gives either must accept the privacy notice.</summary>
public sealed record OpinionInput(OpinionStance? Stance, string? Text, string? Name, string? Contact, bool AcceptsPrivacyNotice);

/// <summary>
/// Someone gives an opinion on the website (public, no account), while the consultation is published and open. Nothing
/// but what they typed is kept: no address, no browser. The website's form is rate limited like every public post.
/// </summary>
public sealed class SubmitOpinion(ProngsaiDbContext db, CurrentOrganization organization, TimeProvider clock)
{
    public async Task<Result<Opinion>> RunAsync(int consultationId, OpinionInput input, CancellationToken cancellationToken = default)
    {
        if (organization.OrganizationId is null)
        {
            return Error.NotFound();
        }

        var consultation = await db.Set<Consultation>().AsNoTracking()
            .Where(c => c.Id == consultationId && c.Status != ConsultationStatus.Draft)
            .Select(c => new { c.Status, c.OpensOn, c.ClosesOn, c.Summary })
            .FirstOrDefaultAsync(cancellationToken);
        if (consultation is null || consultation.Status == ConsultationStatus.Withdrawn)
        {
            return Error.NotFound("ไม่พบการรับฟังความคิดเห็นนี้");
        }

        var now = clock.GetUtcNow();
        var phase = ConsultationRules.Phase(consultation.Status, consultation.OpensOn, consultation.ClosesOn, consultation.Summary is not null,
            BangkokTime.DateOf(now));
        if (phase != ConsultationPhase.Open)
        {
            return Error.Conflict(phase == ConsultationPhase.Upcoming
                ? $"ยังไม่เริ่มรับฟังความคิดเห็น เริ่มวันที่ {ThaiDate.FormatLong(consultation.OpensOn)}"
                : "ปิดรับฟังความคิดเห็นแล้ว", "Form");
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return Result<Opinion>.Fail(errors);
        }

        var opinion = new Opinion
        {
            ConsultationId = consultationId,
            Stance = input.Stance!.Value,
            Text = input.Text!.Trim(),
            Name = Blank(input.Name),
            Contact = Blank(input.Contact),
            ReceivedAt = now,
        };
        db.Set<Opinion>().Add(opinion);
        await db.SaveChangesAsync(cancellationToken);
        return opinion;
    }

    private static List<Error> Validate(OpinionInput input)
    {
        var errors = new List<Error>();
        if (input.Stance is not { } stance || !Enum.IsDefined(stance))
        {
            errors.Add(Error.Invalid("กรุณาเลือกว่าเห็นด้วย ไม่เห็นด้วย หรือมีข้อเสนอแนะ", "Stance"));
        }

        TextFields.Required(errors, input.Text, ConsultationRules.OpinionText, "Text", "กรุณาเขียนความคิดเห็นของท่าน", "ความคิดเห็น");
        TextFields.Optional(errors, input.Name, ConsultationRules.Name, "Name", "ชื่อ");
        TextFields.Optional(errors, input.Contact, ConsultationRules.Contact, "Contact", "ช่องทางติดต่อ");
        if (Blank(input.Contact) is { } contact && contact.Length <= ConsultationRules.Contact && TypedNumbers.ContactProblem(contact) is { } problem)
        {
            errors.Add(Error.Invalid(problem, "Contact"));
        }

        if ((Blank(input.Name) is not null || Blank(input.Contact) is not null) && !input.AcceptsPrivacyNotice)
        {
            errors.Add(Error.Invalid("ถ้าให้ชื่อหรือช่องทางติดต่อ กรุณารับทราบประกาศความเป็นส่วนตัวก่อน หรือเว้นว่างไว้เพื่อไม่ออกนาม",
                "AcceptsPrivacyNotice"));
        }

        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
