using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Circulars;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Circulars;

/// <summary>A circular's page as a recipient meets it: the text before the button, and a refusal said as one.</summary>
public sealed class CircularPageHttpTests
{
    [Theory, Providers]
    public async Task The_acknowledge_button_follows_the_text_and_a_withdrawn_circular_is_refused_as_a_warning(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var newUrl = $"/staff/{org.Slug}/circulars/new";
        var issued = await admin.PostFormAsync(newUrl, newUrl,
            [new("Input.Title", "ซ้อมแผนอพยพหนีไฟ"), new("Input.Body", "ขอให้บุคลากรทุกคนเข้าร่วมซ้อมแผนอพยพหนีไฟ วันศุกร์นี้ เวลา 10.00 น."), new("Input.ToEveryone", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var id = await app.QueryAsync(db => db.Set<Circular>().IgnoreQueryFilters().Where(c => c.OrganizationId == org.Id).Select(c => c.Id).SingleAsync());
        var page = $"/staff/{org.Slug}/circulars/{id}";

        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var html = await clerk.GetStringAsync(page);
        var text = html.IndexOf("ขอให้บุคลากรทุกคนเข้าร่วมซ้อมแผนอพยพหนีไฟ", StringComparison.Ordinal);
        var button = html.IndexOf("handler=Acknowledge", StringComparison.Ordinal);
        Assert.True(text > 0 && button > text, "the acknowledge form comes after the circular's text");

        Assert.Equal(HttpStatusCode.Redirect,
            (await admin.PostFormAsync(page + "/cancel", page + "/cancel", [new("Reason", "เลื่อนการซ้อมออกไป")])).StatusCode);
        var refused = await clerk.PostFormAsync(page, page + "?handler=Acknowledge", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var after = WebUtility.HtmlDecode(await clerk.GetStringAsync(page));
        Assert.Contains("<p class=\"alert warning\" role=\"status\">หนังสือเวียนนี้ถูกยกเลิกแล้ว ไม่ต้องรับทราบ</p>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("alert success", after, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_withdraw_confirmation_counts_the_recipients_it_was_sent_to(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var newUrl = $"/staff/{org.Slug}/circulars/new";
        var issued = await admin.PostFormAsync(newUrl, newUrl,
            [new("Input.Title", "แจ้งวันหยุดราชการ"), new("Input.Body", "แจ้งให้ทราบโดยทั่วกัน"), new("Input.ToEveryone", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var id = await app.QueryAsync(db => db.Set<Circular>().IgnoreQueryFilters().Where(c => c.OrganizationId == org.Id).Select(c => c.Id).SingleAsync());
        var recipients = await app.QueryAsync(db => db.Set<CircularRecipient>().IgnoreQueryFilters().CountAsync(r => r.CircularId == id));
        Assert.True(recipients > 1, $"{recipients} recipients");

        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync($"/staff/{org.Slug}/circulars/{id}/cancel"));

        Assert.Contains($"ผู้รับ {recipients} คน", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("ผู้รับ 0 คน", confirm, StringComparison.Ordinal);
    }
}
