using Microsoft.EntityFrameworkCore;
using System.Net;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// A consultation on the website as anyone meets it: an opinion sent through the form (antiforgery and all) is counted,
/// its text never shown; once the summary is out the report to sign downloads as Word and PDF from one PDF address,
/// without the opinion's text or its sender.
/// </summary>
public sealed class ConsultationHttpTests
{
    private const string Opinion = "ขอให้ทำทางเท้าหน้าโรงเรียนด้วย";
    private const string Sender = "นางสาวผู้เสนอ ทดสอบ";

    [Theory, Providers]
    public async Task An_opinion_is_counted_not_shown_and_the_summary_report_downloads_once_summarized(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var today = BangkokTime.Today(TimeProvider.System);
        var id = await UseAsync(app, org, async (save, publish, _) =>
        {
            var added = await save.AddAsync(StaffActor.System(organizationId: org.Id), new ConsultationInput(
                "ร่างโครงการก่อสร้างถนนหน้าโรงเรียน", "ถนนกว้าง 5 เมตร", null, ThaiDateInput.Format(today.AddDays(-1)), ThaiDateInput.Format(today)));
            Assert.True(added.Succeeded);
            Assert.True((await publish.RunAsync(StaffActor.System(organizationId: org.Id), added.Value!.Id)).Succeeded);
            return added.Value!.Id;
        });
        var page = ConsultationPaths.Public(org.Slug, id);
        var citizen = app.Client();

        // "Telephone or e-mail" is plain text: no e-mail keyboard or e-mail autofill for what is mostly a phone number.
        var contact = System.Text.RegularExpressions.Regex.Match(await citizen.GetStringAsync(page), "<input id=\"Contact\"[^>]*>").Value;
        Assert.Contains("type=\"text\"", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("inputmode", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("email", contact, StringComparison.Ordinal);

        var sent = await citizen.PostFormAsync(page, page,
        [
            new("Form.Stance", "Suggestion"), new("Form.Text", Opinion), new("Form.Name", Sender), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        var answer = await sent.Content.ReadAsStringAsync();
        Assert.True(sent.StatusCode == HttpStatusCode.OK, answer);
        Assert.Contains("ได้รับความคิดเห็นของท่านแล้ว", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(Opinion, answer, StringComparison.Ordinal);
        // The thanks is where the form posts to (#outcome) and gets the focus, and the title says it was sent.
        Assert.Contains("action=\"#outcome\"", answer, StringComparison.Ordinal);
        Assert.Matches("<p class=\"alert success\" role=\"status\" id=\"outcome\"[^>]* tabindex=\"-1\"", answer);
        Assert.Contains("<title>ส่งความคิดเห็นแล้ว: ", answer, StringComparison.Ordinal);

        // No report while it is open.
        foreach (var handler in new[] { "docx", "pdf" })
        {
            using var open = await citizen.GetAsync($"{page}?handler={handler}");
            Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        }

        // A hearing already over, with an opinion from someone who gave her name, summarized: its report downloads.
        var past = await UseAsync(app, org, async (save, publish, summarize) =>
        {
            var actor = StaffActor.System(organizationId: org.Id);
            var added = await save.AddAsync(actor, new ConsultationInput(
                "เวทีประชาคมร่างข้อบัญญัติงบประมาณ", "รับฟังในเวทีประชาคม", null, ThaiDateInput.Format(today.AddDays(-20)), ThaiDateInput.Format(today.AddDays(-10))));
            Assert.True((await publish.RunAsync(actor, added.Value!.Id)).Succeeded);
            return added.Value!.Id;
        });
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
            db.Set<Opinion>().Add(new Opinion { ConsultationId = past, Stance = OpinionStance.Disagree, Text = Opinion, Name = Sender, ReceivedAt = DateTimeOffset.UtcNow.AddDays(-15) });
            await db.SaveChangesAsync();
        }

        var pastPage = ConsultationPaths.Public(org.Slug, past);
        using (var early = await citizen.GetAsync($"{pastPage}?handler=docx"))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        await UseAsync(app, org, async (_, _, summarize) =>
        {
            Assert.True((await summarize.RunAsync(StaffActor.System(organizationId: org.Id), past, "เห็นควรปรับลดงบประมาณครุภัณฑ์")).Succeeded);
            return 0;
        });
        var website = await citizen.GetStringAsync(pastPage);
        Assert.Contains($"href=\"{pastPage}?handler=pdf\"", website, StringComparison.Ordinal);
        Assert.Contains($"href=\"{pastPage}?handler=docx\"", website, StringComparison.Ordinal);

        var word = await DownloadedForm.WordTextAsync(citizen, $"{pastPage}?handler=docx");
        Assert.Contains(Prongsai.Documents.Consultations.ConsultationSummaryForm.Title, word, StringComparison.Ordinal);
        Assert.Contains("เห็นควรปรับลดงบประมาณครุภัณฑ์", word, StringComparison.Ordinal);
        Assert.Contains("ไม่เห็นด้วย1", word, StringComparison.Ordinal);
        Assert.DoesNotContain(Opinion, word, StringComparison.Ordinal);
        Assert.DoesNotContain(Sender, word, StringComparison.Ordinal);

        var pdf = await DownloadedForm.PdfTextAsync(citizen, $"{pastPage}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace("เห็นควรปรับลดงบประมาณครุภัณฑ์"), pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportAssert.WithoutWhitespace(Sender), pdf, StringComparison.Ordinal);
        using var redirected = await citizen.GetAsync($"{pastPage}?handler=pdf&x=1");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal($"{pastPage}?handler=pdf", redirected.Headers.Location?.OriginalString);
    }

    [Theory, Providers]
    public async Task The_opinions_download_as_csv_with_their_senders_only_for_those_who_run_the_consultation(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var today = BangkokTime.Today(TimeProvider.System);
        var id = await UseAsync(app, org, async (save, publish, _) =>
        {
            var added = await save.AddAsync(StaffActor.System(organizationId: org.Id), new ConsultationInput(
                "ร่างแผนพัฒนาท้องถิ่น", "เพิ่มโครงการ", null, ThaiDateInput.Format(today), ThaiDateInput.Format(today.AddDays(7))));
            Assert.True((await publish.RunAsync(StaffActor.System(organizationId: org.Id), added.Value!.Id)).Succeeded);
            return added.Value!.Id;
        });
        var page = ConsultationPaths.Public(org.Slug, id);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().PostFormAsync(page, page,
            [new("Form.Stance", "Agree"), new("Form.Text", "=HYPERLINK(\"x\") " + Opinion), new("Form.Name", Sender), new("Form.AcceptsPrivacyNotice", "true")])).StatusCode);
        var csv = $"/staff/{org.Slug}/consultations/{id}?handler=csv";

        var admin = await (await app.SignedInAsync(org[OrgRole.OrgAdmin])).GetStringAsync(csv);
        Assert.Contains(Sender, admin, StringComparison.Ordinal);
        Assert.Contains(Opinion, admin, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", admin, StringComparison.Ordinal); // a formula is never handed to a spreadsheet as one

        // The audit trail records the public opinion without its sender (protected personal data is never copied).
        await using (var scope = app.Scope())
        {
            var trail = await scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>().AuditEntries.IgnoreQueryFilters()
                .Where(e => e.OrganizationId == org.Id && e.Entity == nameof(Opinion)).Select(e => e.Changes ?? "").ToListAsync();
            Assert.NotEmpty(trail);
            Assert.All(trail, changes => Assert.DoesNotContain(Sender, changes, StringComparison.Ordinal));
        }

        var auditor = await (await app.SignedInAsync(org[OrgRole.Auditor])).GetStringAsync(csv);
        Assert.Contains(Opinion, auditor, StringComparison.Ordinal);
        Assert.DoesNotContain(Sender, auditor, StringComparison.Ordinal);

        using var stranger = await app.Client().GetAsync(csv);
        Assert.NotEqual(HttpStatusCode.OK, stranger.StatusCode);
    }

    private static async Task<T> UseAsync<T>(ProngsaiApp app, TestOrg org, Func<SaveConsultation, PublishConsultation, PublishConsultationSummary, Task<T>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await work(scope.ServiceProvider.GetRequiredService<SaveConsultation>(), scope.ServiceProvider.GetRequiredService<PublishConsultation>(),
            scope.ServiceProvider.GetRequiredService<PublishConsultationSummary>());
    }
}
