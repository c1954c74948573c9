using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Consultations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// Opinions from the website on both databases: only a published consultation of the organization, only between its
/// first and last day in Bangkok, a stance and a text, a name or contact only with the privacy notice accepted, and
/// nothing kept but what the person typed.
/// </summary>
public sealed class SubmitOpinionTests
{
    private static readonly DateOnly Opens = new(2026, 12, 1);
    private static readonly DateOnly Closes = new(2026, 12, 15);

    [Theory, Providers]
    public async Task Only_a_published_consultation_of_the_organization_takes_opinions(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        var team = await TeamAsync(host);
        var draft = await AddAsync(host, team.Admin.Actor, Hearing(Opens, Closes));
        var withdrawn = await PublishedAsync(host, team.Admin.Actor, Hearing(Opens, Closes));
        Succeeded(await WithdrawAsync(host, team.Admin.Actor, withdrawn.Id, "ซ้ำกับเรื่องเดิม"));
        var open = await PublishedAsync(host, team.Admin.Actor, Hearing(Opens, Closes));

        // Another organization's open consultation, asked for on this organization's website.
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var theirs = await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), async sp =>
        {
            var added = Succeeded(await sp.GetRequiredService<SaveConsultation>().AddAsync(other.Admin.Actor, Hearing(Opens, Closes)));
            return Succeeded(await sp.GetRequiredService<PublishConsultation>().RunAsync(other.Admin.Actor, added.Id));
        });

        foreach (var id in new[] { draft.Id, withdrawn.Id, theirs.Id, open.Id + 1000 })
        {
            Assert.Equal("ไม่พบการรับฟังความคิดเห็นนี้", Refused<NotFoundError>(await SubmitAsync(host, id, Says())).Message);
        }

        // A request of no organization at all finds nothing either.
        var nowhere = await CircularsTestData.InOrganizationAsync(host, null, sp => sp.GetRequiredService<SubmitOpinion>().RunAsync(open.Id, Says()));
        Refused<NotFoundError>(nowhere);
        Assert.Equal(0, await OpinionCountAsync(host));

        // The open one does; the other organization's, on its own website, does too, and keeps it to itself.
        var opinion = await SubmittedAsync(host, open.Id, Says());
        Assert.Equal((host.OrganizationId, open.Id), (opinion.OrganizationId, opinion.ConsultationId));
        var theirOpinion = await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<SubmitOpinion>().RunAsync(theirs.Id, Says(OpinionStance.Disagree)));
        Assert.Equal(other.Id, Succeeded(theirOpinion).OrganizationId);
        Assert.Equal(1, await OpinionCountAsync(host));
    }

    [Theory, Providers]
    public async Task Opinions_are_taken_from_the_first_to_the_last_day_in_Bangkok(DbProvider provider)
    {
        // Before the first day: not yet, and when.
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var consultation = await PublishedAsync(host, team.Admin.Actor, Hearing(Opens, Closes));
        void At(DateOnly day, int hour, int minute) =>
            host.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));

        At(Opens.AddDays(-1), 23, 59);
        var early = Refused<ConflictError>(await SubmitAsync(host, consultation.Id, Says()), "Form");
        Assert.Equal($"ยังไม่เริ่มรับฟังความคิดเห็น เริ่มวันที่ {ThaiDate.FormatLong(Opens)}", early.Message);

        // From the first minute of the first day (the day before in UTC) to the last minute of the last day.
        At(Opens, 0, 1);
        var first = await SubmittedAsync(host, consultation.Id, Says());
        Assert.Equal(host.Clock.GetUtcNow(), first.ReceivedAt);
        At(Closes, 23, 59);
        await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Suggestion, "ขอให้ทำช่วงปิดภาคเรียน"));

        // The next day in Bangkok is still the last day in UTC: closed all the same.
        At(Closes.AddDays(1), 0, 1);
        Assert.Equal("ปิดรับฟังความคิดเห็นแล้ว", Refused<ConflictError>(await SubmitAsync(host, consultation.Id, Says()), "Form").Message);

        // Summarized: still closed.
        At(Closes.AddDays(3), 12, 0);
        Succeeded(await SummarizeAsync(host, team.Admin.Actor, consultation.Id, "เห็นด้วยทั้งหมด"));
        Assert.Equal("ปิดรับฟังความคิดเห็นแล้ว", Refused<ConflictError>(await SubmitAsync(host, consultation.Id, Says()), "Form").Message);
        Assert.Equal(2, await OpinionCountAsync(host));
    }

    [Theory, Providers]
    public async Task A_stance_and_a_text_are_needed_and_a_name_or_contact_only_with_the_privacy_notice(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        var team = await TeamAsync(host);
        var consultation = await PublishedAsync(host, team.Admin.Actor, Hearing(Opens, Closes));

        async Task<string> RefusedAsync(OpinionInput input, string field) =>
            Refused<ValidationError>(await SubmitAsync(host, consultation.Id, input), field).Message;

        foreach (var stance in new OpinionStance?[] { null, (OpinionStance)0, (OpinionStance)99 })
        {
            Assert.Equal("กรุณาเลือกว่าเห็นด้วย ไม่เห็นด้วย หรือมีข้อเสนอแนะ", await RefusedAsync(Says(stance), "Stance"));
        }

        foreach (var blank in new[] { null, "", "  \n " })
        {
            Assert.Equal("กรุณาเขียนความคิดเห็นของท่าน", await RefusedAsync(Says(text: blank), "Text"));
        }

        Assert.Equal("ความคิดเห็นยาวได้ไม่เกิน 3,000 ตัวอักษร", await RefusedAsync(Says(text: new string('ก', ConsultationRules.OpinionText + 1)), "Text"));
        Assert.Equal("ชื่อยาวได้ไม่เกิน 200 ตัวอักษร",
            await RefusedAsync(Says(name: new string('ข', ConsultationRules.Name + 1), acceptsPrivacyNotice: true), "Name"));
        Assert.Equal("ช่องทางติดต่อยาวได้ไม่เกิน 200 ตัวอักษร",
            await RefusedAsync(Says(contact: new string('๐', ConsultationRules.Contact + 1), acceptsPrivacyNotice: true), "Contact"));

        // The contact is a telephone number (Thai digits too) or an e-mail address, as on the complaint form.
        foreach (var wrong in new[] { "xx", "12", "โทรมาได้เลย" })
        {
            Assert.Equal("กรุณากรอกเบอร์โทรศัพท์ (ตัวเลข 9–10 หลัก) หรืออีเมลที่ถูกต้อง",
                await RefusedAsync(Says(contact: wrong, acceptsPrivacyNotice: true), "Contact"));
        }

        // A name, or a contact, given without the privacy notice accepted: refused, and the way out is said.
        foreach (var (name, contact) in new (string?, string?)[] { ("นายสมศรี ใจดี", null), (null, "081-234-5678"), ("นายสมศรี ใจดี", "081-234-5678") })
        {
            Assert.Contains("ไม่ออกนาม", await RefusedAsync(Says(name: name, contact: contact), "AcceptsPrivacyNotice"), StringComparison.Ordinal);
        }

        var nothing = await SubmitAsync(host, consultation.Id, new OpinionInput(null, " ", "นายสมศรี", null, false));
        Assert.Equal(["AcceptsPrivacyNotice", "Stance", "Text"], nothing.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.Equal(0, await OpinionCountAsync(host));

        // Anonymous: no notice to accept; blanks are nobody.
        var anonymous = await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Disagree, "  ไม่เห็นด้วย ควรซ่อมคันเดิม  ", "   ", ""));
        var stored = await StoredOpinionAsync(host, anonymous.Id);
        Assert.Equal((OpinionStance.Disagree, "ไม่เห็นด้วย ควรซ่อมคันเดิม", (string?)null, (string?)null), (stored.Stance, stored.Text, stored.Name, stored.Contact));
        Assert.False(stored.Excluded);
        Assert.Null(stored.ExcludedReason);
        Assert.False(stored.IsSample);

        // Named, with the notice accepted: name and contact kept, trimmed; the longest allowed fit.
        var named = await SubmittedAsync(host, consultation.Id,
            Says(OpinionStance.Suggestion, "เสนอให้ขุดลอกคลองหมู่ที่ 4 ด้วย", "  นายสมศรี ใจดี ", " 081-234-5678  ", acceptsPrivacyNotice: true));
        stored = await StoredOpinionAsync(host, named.Id);
        Assert.Equal(("นายสมศรี ใจดี", "081-234-5678", host.Clock.GetUtcNow()), (stored.Name, stored.Contact, stored.ReceivedAt));
        var longest = await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Agree, new string('ก', ConsultationRules.OpinionText),
            new string('ข', ConsultationRules.Name), "s@" + new string('x', ConsultationRules.Contact - 5) + ".th", acceptsPrivacyNotice: true));
        Assert.Equal(ConsultationRules.OpinionText, (await StoredOpinionAsync(host, longest.Id)).Text.Length);
        var thaiDigits = await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Agree, "เห็นด้วย", null, "๐๘๑๒๓๔๕๖๗๘", acceptsPrivacyNotice: true));
        Assert.Equal("๐๘๑๒๓๔๕๖๗๘", (await StoredOpinionAsync(host, thaiDigits.Id)).Contact);
        Assert.Equal(4, await OpinionCountAsync(host));
    }
}
