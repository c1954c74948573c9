using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>Scheduled publishing takes a พ.ศ. date and a 24-hour Bangkok time, not the browser's Gregorian picker.</summary>
public sealed class ScheduleDateHttpTests
{
    [Theory, Providers]
    public async Task Schedule_reads_a_thai_date_and_time_as_bangkok_time(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศรับสมัคร");
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var url = $"/staff/{org.Slug}/documents/edit/{document.Id}";

        var form = await admin.GetStringAsync(url);
        Assert.DoesNotContain("datetime-local", form, StringComparison.Ordinal);
        Assert.Contains("วว/ดด/ปปปป ชช:นน (พ.ศ., 24 ชั่วโมง) เช่น 241125691430", form, StringComparison.Ordinal);

        // The edit page's schedule field goes to the publish confirmation page, which reads the time and asks.
        var confirmUrl = $"/staff/{org.Slug}/documents/{document.Id}/publish";
        Assert.Contains($"action=\"{confirmUrl}\"", form, StringComparison.Ordinal);
        var refused = await admin.GetAsync(confirmUrl + "?publishAt=" + Uri.EscapeDataString("24/11/2099 14:30"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("กรุณากรอกปีเป็น พ.ศ.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var asked = await admin.GetStringAsync(confirmUrl + "?publishAt=" + Uri.EscapeDataString("๒๔/๑๑/๒๖๔๒ ๑๔:๓๐"));
        Assert.Contains("เอกสารจะเผยแพร่โดยอัตโนมัติเมื่อ", asked, StringComparison.Ordinal);
        // Typed on a number pad of digits only: the date, then the time's four digits.
        Assert.Contains("เอกสารจะเผยแพร่โดยอัตโนมัติเมื่อ", await admin.GetStringAsync(confirmUrl + "?publishAt=241126421430"), StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Draft, (await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Documents.SingleAsync(d => d.Id == document.Id))).Status);

        var pastRefused = await admin.PostFormAsync(confirmUrl, confirmUrl + "?handler=Schedule", [new("publishAt", "24/11/2560 14:30")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pastRefused.StatusCode);
        Assert.Contains("เวลาที่ตั้งต้องอยู่ในอนาคต", await pastRefused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var scheduled = await admin.PostFormAsync(confirmUrl, confirmUrl + "?handler=Schedule", [new("publishAt", "๒๔/๑๑/๒๖๔๒ ๑๔:๓๐")]);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var saved = await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Documents.SingleAsync(d => d.Id == document.Id));
        Assert.Equal(DocumentStatus.Scheduled, saved.Status);
        Assert.Equal(new DateTimeOffset(2099, 11, 24, 7, 30, 0, TimeSpan.Zero), saved.PublishAt!.Value.ToUniversalTime());
    }
}
