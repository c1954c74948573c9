using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Circulars;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Gifts;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Ita;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Notifications;

/// <summary>
/// A notification is written in Thai and English at once, and the dashboard shows the one of the page's language; one
/// written before (Thai only) is shown in Thai. Dates in its sentences are Buddhist-era in Thai and English in English.
/// </summary>
public sealed partial class NotificationLanguageTests
{
    [GeneratedRegex("[\u0E00-\u0E7F]")]
    private static partial Regex ThaiLetter();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [Theory, Providers]
    public async Task The_dashboard_shows_each_notification_in_the_pages_language(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = ActorOf(org, OrgRole.DepartmentStaff, org.Departments[0].Id);
        var executive = ActorOf(org, OrgRole.Executive);
        var admin = ActorOf(org, OrgRole.OrgAdmin);

        var received = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        var report = await RunAsync(app, org, (ReportGift r) => r.RunAsync(clerk,
            new GiftInput(received, "Procurement officer", "Good Build Co., Ltd.", GiverRelation.Contractor, "New Year", "a fruit basket", 3_500m)));
        await RunAsync(app, org, (IssueCircular i) => i.RunAsync(admin,
            new CircularInput(null, "Night duty roster", "Please read the roster for next month.", [], null), null));
        await RunAsync(app, org, (DecideGift d) => d.RunAsync(executive, report.Id, GiftDecision.Keep, "A small seasonal gift"));

        var executiveClient = await app.SignedInAsync(org[OrgRole.Executive]);
        var english = NotificationsOf(await TextAsync(executiveClient, $"/staff/{org.Slug}?lang=en-GB"));
        Assert.Contains($"{clerk.UserName} has reported receiving a fruit basket, worth 3,500.00 baht: waiting for your decision", english, StringComparison.Ordinal);
        Assert.Contains($"New circular \"Night duty roster\" from {admin.UserName}: please read it and acknowledge it", english, StringComparison.Ordinal);
        Assert.DoesNotMatch(ThaiLetter(), english);

        var thai = NotificationsOf(await TextAsync(executiveClient, $"/staff/{org.Slug}?lang=th-TH"));
        Assert.Contains($"{clerk.UserName} รายงานการรับa fruit basket มูลค่า 3,500.00 บาท รอพิจารณา", thai, StringComparison.Ordinal);
        Assert.Contains($"หนังสือเวียนใหม่ \"Night duty roster\" จาก {admin.UserName}: โปรดอ่านและกดรับทราบ", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("waiting for your decision", thai, StringComparison.Ordinal);

        var adminEnglish = NotificationsOf(await TextAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), $"/staff/{org.Slug}?lang=en-GB"));
        Assert.Contains($"has given ComplaintOfficer {org.Slug} the role \"{OrgRole.ComplaintOfficer.English()}\"", adminEnglish, StringComparison.Ordinal);
        Assert.Contains($"{clerk.UserName} has reported receiving a fruit basket", adminEnglish, StringComparison.Ordinal);
        Assert.DoesNotMatch(ThaiLetter(), adminEnglish);

        var clerkClient = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var clerkEnglish = NotificationsOf(await TextAsync(clerkClient, $"/staff/{org.Slug}?lang=en-GB"));
        Assert.Contains($"Decision on a fruit basket: {GiftTexts.DecisionEnglish(GiftDecision.Keep)}", clerkEnglish, StringComparison.Ordinal);
        Assert.Contains("New circular \"Night duty roster\"", clerkEnglish, StringComparison.Ordinal);
        Assert.DoesNotMatch(ThaiLetter(), clerkEnglish);
        Assert.Contains($"ผลการพิจารณาa fruit basket: {GiftTexts.Decision(GiftDecision.Keep)}",
            NotificationsOf(await TextAsync(clerkClient, $"/staff/{org.Slug}?lang=th-TH")), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_notification_written_before_in_Thai_only_is_shown_in_Thai_on_English_pages(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            db.StaffNotifications.Add(new() { UserId = org[OrgRole.Executive].Id, Text = "ข้อความแจ้งเตือนฉบับเก่า", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var client = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.Contains("ข้อความแจ้งเตือนฉบับเก่า", NotificationsOf(await TextAsync(client, $"/staff/{org.Slug}?lang=en-GB")), StringComparison.Ordinal);
        Assert.Contains("ข้อความแจ้งเตือนฉบับเก่า", NotificationsOf(await TextAsync(client, $"/staff/{org.Slug}?lang=th-TH")), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_ITA_reminder_gives_its_due_date_in_the_Buddhist_era_in_Thai_and_in_English_in_English(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ItaTestData.OpenAsync(host, 2567);
        var office = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var created = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(ItaTestData.System(host),
            new CreateStaffRequest(host.OrganizationId, "clerk@ita-language.test", "เจ้าหน้าที่ธุรการ", [OrgRole.DepartmentStaff], [office])));
        ItaTestData.Succeeded(created);
        var item = await ItaTestData.ItemAsync(host, 2567, "structure");
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(ItaTestData.System(host), item.Id, office)));
        var due = new DateOnly(2024, 4, 30);
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<ItaChecklist>>(m => m.SetDueDateAsync(ItaTestData.System(host), 2567, due)));

        await host.UseAsync<ItaRemindersJob, bool>(async j => { await j.RunAsync(CancellationToken.None); return true; });

        var note = Assert.Single(await host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == created.Value!.User.Id).ToListAsync()));
        Assert.EndsWith($"กำหนดส่ง 30 เมษายน {due.Year + 543}", note.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(IsoDate(), note.Text);
        Assert.StartsWith("ITA, fiscal year 2567: 1 item your department is responsible for is not ready yet (O1", note.TextEnglish, StringComparison.Ordinal);
        Assert.EndsWith("; due 30 April 2024", note.TextEnglish, StringComparison.Ordinal);
        Assert.DoesNotMatch(IsoDate(), note.TextEnglish!);
        Assert.DoesNotMatch(ThaiLetter(), note.TextEnglish!);
    }

    [Fact]
    public void Both_sentences_are_cut_to_the_same_length()
    {
        var note = StaffNotification.For("someone", new NotificationText(new string('ก', 1200), new string('a', 1300)), DateTimeOffset.UnixEpoch, null);
        Assert.Equal(NotificationText.MaxLength, note.Text.Length);
        Assert.Equal(NotificationText.MaxLength, note.TextEnglish!.Length);
    }

    /// <summary>
    /// Every notification is made by <see cref="StaffNotification.For"/>, which takes both sentences: code that writes
    /// one by hand would write it in Thai only.
    /// </summary>
    [Fact]
    public void Notifications_are_made_with_both_sentences_only()
    {
        var src = Path.Combine(ReportAssert.RepositoryRoot(), "src");
        var byHand = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"new\s+StaffNotification\b(?!s)"))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();
        Assert.Empty(byHand);
    }

    private static StaffActor ActorOf(TestOrg org, OrgRole role, params int[] departmentIds) =>
        new(org[role].Id, $"{role} {org.Slug}", org.Id, new HashSet<OrgRole> { role }, departmentIds.ToHashSet());

    private static async Task<T> RunAsync<TUseCase, T>(ProngsaiApp app, TestOrg org, Func<TUseCase, Task<Result<T>>> run) where TUseCase : notnull
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var result = await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The notification list's sentences, without the dates beside them.</summary>
    private static string NotificationsOf(string html)
    {
        var start = html.IndexOf("<section aria-labelledby=\"notes\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the dashboard lists notifications");
        var list = html[html.IndexOf("<ul>", start, StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        list = Regex.Replace(list, "<span class=\"muted\">.*?</span>", " ", RegexOptions.Singleline);
        return Tag().Replace(list, " ");
    }
}
