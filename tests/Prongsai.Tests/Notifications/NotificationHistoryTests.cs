using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Notifications;

/// <summary>
/// "Mark as read" marks what the dashboard listed, not a notification that arrived after the page was drawn or lay past
/// the twenty shown; nothing marked read is lost, since the history page lists read ones too.
/// </summary>
public sealed class NotificationHistoryTests
{
    [Theory, Providers]
    public async Task Marking_read_marks_only_what_was_shown_and_the_history_keeps_every_one(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var executive = org[OrgRole.Executive].Id;
        for (var i = 1; i <= 22; i++)
        {
            await AddAsync(app, org, executive, $"เรื่องที่ {i:00} รอพิจารณา");
        }

        var client = await app.SignedInAsync(org[OrgRole.Executive]);
        var dashboardUrl = $"/staff/{org.Slug}";
        var dashboard = await TextAsync(client, dashboardUrl);
        Assert.Contains("เรื่องที่ 22 รอพิจารณา", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("เรื่องที่ 02 รอพิจารณา", dashboard, StringComparison.Ordinal);
        Assert.Contains("ยังมีอีก 2 รายการที่ยังไม่ได้อ่าน", dashboard, StringComparison.Ordinal);
        var shown = System.Text.RegularExpressions.Regex.Matches(dashboard, "name=\"shown\" value=\"(\\d+)\"")
            .Select(m => new KeyValuePair<string, string>("shown", m.Groups[1].Value)).ToList();
        Assert.Equal(20, shown.Count);

        // Arrives while the executive reads the page; so does a forged id of another member's notification.
        await AddAsync(app, org, executive, "หนังสือเวียนที่มาถึงระหว่างอ่าน");
        var others = await AddAsync(app, org, org[OrgRole.OrgAdmin].Id, "ของผู้ดูแลระบบ");
        shown.Add(new("shown", others.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var marked = await client.PostFormAsync(dashboardUrl, $"{dashboardUrl}?handler=Read", shown);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        var unread = await QueryAsync(app, org, db => db.StaffNotifications
            .Where(n => (n.UserId == executive || n.Id == others) && n.ReadAt == null).Select(n => n.Text).ToListAsync());
        Assert.Equal(["ของผู้ดูแลระบบ", "หนังสือเวียนที่มาถึงระหว่างอ่าน", "เรื่องที่ 01 รอพิจารณา", "เรื่องที่ 02 รอพิจารณา"],
            unread.Order(StringComparer.Ordinal));
        Assert.Contains("หนังสือเวียนที่มาถึงระหว่างอ่าน", await TextAsync(client, dashboardUrl), StringComparison.Ordinal);

        var history = await TextAsync(client, $"/staff/{org.Slug}/notifications");
        Assert.Contains("เรื่องที่ 22 รอพิจารณา", history, StringComparison.Ordinal);
        Assert.Contains("เรื่องที่ 03 รอพิจารณา", history, StringComparison.Ordinal);
        Assert.Contains("ยังไม่ได้อ่าน", history, StringComparison.Ordinal);
        Assert.Contains("อ่านแล้ว", history, StringComparison.Ordinal);
        Assert.DoesNotContain("ของผู้ดูแลระบบ", history, StringComparison.Ordinal);
    }

    private static async Task<int> AddAsync(ProngsaiApp app, TestOrg org, string userId, string text)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var note = StaffNotification.For(userId, new NotificationText(text, text), DateTimeOffset.UtcNow, null);
        db.StaffNotifications.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    }

    private static async Task<T> QueryAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
