using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Requests;

/// <summary>Citizens and staff through HTTP: anonymity end to end, identities per role, XSS, wrong tracking codes.</summary>
public sealed partial class RequestsHttpTests
{
    private const string UserAgent = "ProngsaiAnonymityProbe/7.3 (Linux; Android 14; Pixel-Z9-QX7)";
    private const string ForwardedFor = "198.51.100.203";

    [Theory, Providers]
    public async Task An_anonymous_complaint_leaves_neither_address_nor_user_agent_in_the_database_the_files_or_the_logs(DbProvider provider)
    {
        var logs = new CapturingLoggerProvider();
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            // The test client is a known proxy: its X-Forwarded-For is believed, as behind the production reverse proxy.
            ["Prongsai:ReverseProxy:KnownProxies:0"] = "127.0.0.1",
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
            ["Logging:LogLevel:System"] = "Debug",
        }, services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        citizen.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        citizen.DefaultRequestHeaders.Add("X-Forwarded-For", ForwardedFor);

        var token = await citizen.AntiforgeryTokenAsync($"/{org.Slug}/complaints");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("corruption"), "Form.Kind" },
            { new StringContent("เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ"), "Form.Subject" },
            { new StringContent("เรียกรับเงินเพื่ออนุมัติใบอนุญาตเร็วขึ้น"), "Form.Details" },
            { new StringContent("true"), "Form.Anonymous" },
            { new StringContent("true"), "Form.AcceptsPrivacyNotice" },
        };
        form.Add(new ByteArrayContent(TestImages.PngWithMetadata()), "files", "IMG_20240301_GPS.png");
        var filed = await citizen.PostAsync($"/{org.Slug}/complaints", form);
        var receipt = await filed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var code = ReceiptHtml.TrackingCodeOf(receipt);
        Assert.NotEmpty(code);
        Assert.Contains($"id=\"tracking-code\">{code.Replace("-", "-<wbr>", StringComparison.Ordinal)}</span>", receipt, StringComparison.Ordinal); // wraps after a hyphen
        Assert.Contains("<svg", receipt, StringComparison.Ordinal);

        // Under the receipt no empty form invites filing the complaint again: a link leads to a new one.
        Assert.DoesNotContain("enctype=\"multipart/form-data\"", receipt, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/complaints#file\"", receipt, StringComparison.Ordinal);

        // The citizen follows the complaint and replies, with the same browser and address.
        var status = await citizen.GetAsync($"/{org.Slug}/track/{code}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var reply = await citizen.PostFormAsync($"/{org.Slug}/track/{code}", $"/{org.Slug}/track/{code}", [new("text", "มีหลักฐานเพิ่มเติม")]);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        // And a wrong code (counted per client) on the way.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/track/AAAA-BBBB-CCCC-DDDD")).StatusCode);

        // The complaint arrived (seen by a ComplaintOfficer) with its cleaned photo.
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var request = await db.Set<TrackedRequest>().IgnoreQueryFilters().Include(r => r.Attachments).SingleAsync(r => r.OrganizationId == org.Id);
            Assert.True(request.IsAnonymous);
            Assert.Equal("attachment-1.png", Assert.Single(request.Attachments).FileName);
        }

        var haystacks = new List<(string Where, string Text)> { ("logs", logs.All) };
        haystacks.AddRange(await DatabaseTextAsync(app));
        haystacks.AddRange(await DataFilesTextAsync(app.DataDirectory));

        Assert.True(logs.Lines.Count > 20, $"only {logs.Lines.Count} log lines were captured");
        Assert.Contains(haystacks, h => h.Text.Contains("เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ", StringComparison.Ordinal) || h.Text.Contains("TrackedRequests", StringComparison.Ordinal));
        foreach (var needle in new[] { ForwardedFor, UserAgent, "Pixel-Z9-QX7", "IMG_20240301", "SECRET" })
        {
            var found = haystacks.Where(h => h.Text.Contains(needle, StringComparison.Ordinal)).Select(h => h.Where).ToList();
            Assert.True(found.Count == 0, $"\"{needle}\" found in: {string.Join(", ", found)}");
        }
    }

    [Theory, Providers]
    public async Task A_refused_complaint_with_a_photo_says_to_choose_the_photo_again(DbProvider provider)
    {
        // A browser never fills a file field again: the refused form must say the photo was not sent.
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        async Task<string> FileAsync(bool withPhoto)
        {
            var token = await citizen.AntiforgeryTokenAsync($"/{org.Slug}/complaints");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("grievance"), "Form.Kind" },
                { new StringContent("ถนนหน้าบ้านเป็นหลุม"), "Form.Subject" },
                { new StringContent("หลุมลึก รถจักรยานยนต์ล้ม"), "Form.Details" },
                { new StringContent("true"), "Form.Anonymous" },
            };
            if (withPhoto)
            {
                form.Add(new ByteArrayContent(TestImages.PngWithMetadata()), "files", "IMG_0001.png");
            }

            var refused = await citizen.PostAsync($"/{org.Slug}/complaints", form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode); // the privacy notice was not accepted
            return WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        }

        var withPhoto = await FileAsync(withPhoto: true);
        Assert.Contains("กรุณาเลือกไฟล์อีกครั้ง", withPhoto, StringComparison.Ordinal);
        Assert.Matches("<input id=\"files\" name=\"files\" type=\"file\"[^>]*aria-describedby=\"files-hint files-error-again\"", withPhoto);
        Assert.DoesNotContain("กรุณาเลือกไฟล์อีกครั้ง", await FileAsync(withPhoto: false), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Only_the_complaint_officer_sees_an_identity_or_a_corruption_complaint_through_the_pages_and_the_api(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var (grievance, corruption) = await FileTwoAsync(app, org);

        foreach (var role in Enum.GetValues<OrgRole>())
        {
            var staff = await app.SignedInAsync(org[role]);
            var page = await staff.GetAsync($"/staff/{org.Slug}/requests/{grievance}");
            var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain("สมหญิง รักถิ่น", html, StringComparison.Ordinal);
            var token = await staff.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
            var reveal = await staff.PostAsync($"/staff/{org.Slug}/requests/{grievance}/Reveal",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            var revealed = WebUtility.HtmlDecode(await reveal.Content.ReadAsStringAsync());
            var corruptionPage = await staff.GetAsync($"/staff/{org.Slug}/requests/{corruption}");
            var api = await staff.GetStringAsync($"/api/v1/orgs/{org.Slug}/requests");
            var apiOne = await staff.GetAsync($"/api/v1/orgs/{org.Slug}/requests/{grievance}");
            Assert.DoesNotContain("สมหญิง", await apiOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            if (role == OrgRole.ComplaintOfficer)
            {
                Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
                Assert.Contains("สมหญิง รักถิ่น", revealed, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, corruptionPage.StatusCode);
                Assert.Contains($"\"id\":{corruption},", api, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Forbidden, reveal.StatusCode);
                Assert.DoesNotContain("สมหญิง", revealed, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.NotFound, corruptionPage.StatusCode);
                Assert.DoesNotContain($"\"id\":{corruption},", api, StringComparison.Ordinal);
            }
        }

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var views = await db.AuditEntries.Where(a => a.OrganizationId == org.Id && a.Action == HandleRequest.ViewIdentityAction).ToListAsync();
        Assert.Equal(org[OrgRole.ComplaintOfficer].Email, Assert.Single(views).UserName); // the sign-in name, as every entry has
    }

    [Theory, Providers]
    public async Task Submitted_markup_stays_inert_on_every_page_that_shows_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        const string Hostile = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        var citizen = app.Client();
        var response = await citizen.PostFormAsync($"/{org.Slug}/qa", $"/{org.Slug}/qa",
        [
            new("Form.Subject", "ถาม " + Hostile), new("Form.Details", Hostile), new("Form.Anonymous", "true"),
            new("Form.AcceptsPrivacyNotice", "true"), new("Form.ConsentToPublish", "true"),
        ]);
        var receipt = await response.Content.ReadAsStringAsync();
        var code = ReceiptHtml.TrackingCodeOf(receipt);
        Assert.DoesNotContain("<form method=\"post\"", receipt, StringComparison.Ordinal); // a receipt, not a second empty form
        Assert.Contains($"href=\"/{org.Slug}/qa#ask\"", receipt, StringComparison.Ordinal);
        var id = await IdOfAsync(app, org, "ถาม ");
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/staff/{org.Slug}/requests/{id}", $"/staff/{org.Slug}/requests/{id}/Answer",
            [new("text", "คำตอบ " + Hostile)])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.PostFormAsync($"/{org.Slug}/track/{code}", $"/{org.Slug}/track/{code}", [new("text", Hostile)])).StatusCode);

        foreach (var (client, url) in new[]
        {
            (citizen, $"/{org.Slug}/qa"), (citizen, $"/{org.Slug}/track/{code}"), (admin, $"/staff/{org.Slug}/requests"),
            (admin, $"/staff/{org.Slug}/requests/{id}"), (citizen, $"/api/v1/orgs/{org.Slug}/qa"),
        })
        {
            var body = await client.GetStringAsync(url);
            Assert.Contains("alert", body, StringComparison.Ordinal); // the text is there…
            Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal); // …but never as markup
            Assert.DoesNotContain("<img src=x", body, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task Guessing_tracking_codes_is_stopped_with_429_and_reveals_nothing(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:RateLimits:TrackingFailures"] = "5" });
        var org = await TestOrg.CreateAsync(app);
        var (_, _, code) = await FileAnonymousAsync(app, org);
        var guesser = app.Client();
        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var guess = i % 2 == 0 ? $"ZZZZ-ZZZZ-ZZZZ-ZZZ{i}" : "not a code " + i;
            var response = await guesser.PostFormAsync($"/{org.Slug}/track", $"/{org.Slug}/track", [new("code", guess)]);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            // The same page whatever was wrong (only the antiforgery token and the code typed again differ).
            answers.Add(Regex.Replace(await response.Content.ReadAsStringAsync(), "value=\"[^\"]{40,}\"", "").Replace($"value=\"{guess}\"", "", StringComparison.Ordinal));
        }

        Assert.Single(answers.Distinct());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync($"/{org.Slug}/track/ZZZZ-ZZZZ-ZZZZ-ZZZ9")).StatusCode);
        // Blocked: even the right code says nothing now.
        var right = await guesser.GetAsync($"/{org.Slug}/track/{code}");
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.DoesNotContain("ถนน", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another client is not affected.
        using var other = new HttpRequestMessage(HttpMethod.Get, $"/{org.Slug}/track/{code}");
        other.Headers.Add(TestPeerAddress.Header, "192.0.2.44");
        Assert.Equal(HttpStatusCode.OK, (await app.Client().SendAsync(other)).StatusCode);
    }

    private static async Task<(int Id, string Subject, string Code)> FileAnonymousAsync(ProngsaiApp app, TestOrg org)
    {
        var response = await app.Client().PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", "ถนนชำรุดหน้าโรงเรียน"), new("Form.Details", "หลุมลึก"),
            new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return (await IdOfAsync(app, org, "ถนนชำรุดหน้าโรงเรียน"), "ถนนชำรุดหน้าโรงเรียน", ReceiptHtml.TrackingCodeOf(html));
    }

    private static async Task<(int Grievance, int Corruption)> FileTwoAsync(ProngsaiApp app, TestOrg org)
    {
        var client = app.Client();
        foreach (var (kind, subject) in new[] { ("grievance", "น้ำประปาไม่ไหลสามวัน"), ("corruption", "ฮั้วประมูลถนน") })
        {
            var response = await client.PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
            [
                new("Form.Kind", kind), new("Form.Subject", subject), new("Form.Details", "รายละเอียด"), new("Form.Name", "สมหญิง รักถิ่น"),
                new("Form.Contact", "089-123-4567"), new("Form.AcceptsPrivacyNotice", "true"),
            ]);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        // The grievance goes to the first department, so department roles see it too.
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        var grievance = await IdOfAsync(app, org, "น้ำประปาไม่ไหลสามวัน");
        var officer = new StaffActor("x", "ผู้รับเรื่อง", org.Id, new HashSet<OrgRole> { OrgRole.ComplaintOfficer }, new HashSet<int>());
        var assigned = await scope.ServiceProvider.GetRequiredService<HandleRequest>().AssignAsync(officer, grievance, org.Departments[0].Id, null);
        Assert.True(assigned.Succeeded);
        return (grievance, await IdOfAsync(app, org, "ฮั้วประมูลถนน"));
    }

    private static async Task<int> IdOfAsync(ProngsaiApp app, TestOrg org, string subjectStart)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Set<TrackedRequest>().IgnoreQueryFilters().Where(r => r.OrganizationId == org.Id && r.Subject.StartsWith(subjectStart))
            .Select(r => r.Id).SingleAsync();
    }

    /// <summary>Every value of every table of the model, as text per table (raw SQL, both databases).</summary>
    private static async Task<List<(string Where, string Text)>> DatabaseTextAsync(ProngsaiApp app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).Where(t => t is not null).Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var result = new List<(string, string)>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var text = new StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    text.Append(value is byte[] bytes ? Encoding.Latin1.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
                }

                text.Append('\n');
            }

            result.Add(("table " + table, text.ToString()));
        }

        return result;
    }

    /// <summary>
    /// Every file under the data directory, as text. SQLite removes its -wal and -shm files when its last connection
    /// closes, which a background job may do between listing a file and opening it: the files are then read again as
    /// they are now, so what the -wal held is read where it went.
    /// </summary>
    private static async Task<List<(string Where, string Text)>> DataFilesTextAsync(string directory)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var files = new List<(string Where, string Text)>();
                foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
                {
                    files.Add((file, Encoding.Latin1.GetString(await ReadSharedAsync(file))));
                }

                return files;
            }
            catch (FileNotFoundException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
