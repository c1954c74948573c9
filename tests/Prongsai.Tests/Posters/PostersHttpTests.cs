using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Posters;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Posters;

/// <summary>
/// The posters in the back office over HTTP: every member sees each poster's code and full address and downloads its
/// PDF, whose code reads back as that address; an unknown poster is 404; another office's staff and strangers get
/// nothing; and every address a poster prints answers on the website. The service guides' poster waits for a
/// published guide.
/// </summary>
public sealed class PostersHttpTests
{
    [Theory, Providers]
    public async Task Every_member_sees_the_posters_and_downloads_one_whose_code_is_the_address(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        foreach (var role in new[] { OrgRole.DepartmentStaff, OrgRole.Auditor })
        {
            var member = await app.SignedInAsync(org[role]);
            var page = WebUtility.HtmlDecode(await member.GetStringAsync($"/staff/{org.Slug}/posters"));
            Assert.Contains($"ป้าย \"{ServiceGuides.Title}\" จะพิมพ์ได้เมื่อเผยแพร่เอกสารในหมวด \"คู่มือ/มาตรฐานการให้บริการ\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"key={ServiceGuides.Key}", page, StringComparison.Ordinal);
            foreach (var poster in Always)
            {
                Assert.Contains(poster.Title, page, StringComparison.Ordinal);
                Assert.Contains("http://localhost" + poster.Path(org.Slug), page, StringComparison.Ordinal);
                Assert.Contains($"/staff/{org.Slug}/posters?handler=pdf&key={poster.Key}", page, StringComparison.Ordinal);
            }

            Assert.Contains("<svg role=\"img\"", page, StringComparison.Ordinal);
        }

        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        using (var one = await clerk.GetAsync($"/staff/{org.Slug}/posters?handler=pdf&key=corruption"))
        {
            Assert.Equal(HttpStatusCode.OK, one.StatusCode);
            Assert.Equal("application/pdf", one.Content.Headers.ContentType?.MediaType);
            Assert.Equal("poster-corruption.pdf", one.Content.Headers.ContentDisposition?.FileNameStar ?? one.Content.Headers.ContentDisposition?.FileName);
            var codes = await PrintedQrCodes.ReadAsync(await one.Content.ReadAsByteArrayAsync());
            Assert.Equal([$"http://localhost/{org.Slug}/complaints?kind=corruption"], codes);
        }

        using (var all = await clerk.GetAsync($"/staff/{org.Slug}/posters?handler=pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, all.StatusCode);
            var codes = await PrintedQrCodes.ReadAsync(await all.Content.ReadAsByteArrayAsync());
            Assert.Equal(Always.Select(p => "http://localhost" + p.Path(org.Slug)), codes);
        }

        foreach (var key in new[] { "nothing", "../satisfaction", "SATISFACTION", ServiceGuides.Key })
        {
            using var missing = await clerk.GetAsync($"/staff/{org.Slug}/posters?handler=pdf&key={Uri.EscapeDataString(key)}");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Theory, Providers]
    public async Task A_counters_survey_poster_opens_the_form_with_its_department_chosen(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var department = org.Departments[1];
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var page = await clerk.GetStringAsync($"/staff/{org.Slug}/posters");
        Assert.Contains($"<option value=\"{department.Id}\">", page, StringComparison.Ordinal);
        Assert.Contains("name=\"department\"", page, StringComparison.Ordinal);

        using (var poster = await clerk.GetAsync($"/staff/{org.Slug}/posters?handler=pdf&key=satisfaction&department={department.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, poster.StatusCode);
            var pdf = await poster.Content.ReadAsByteArrayAsync();
            var url = $"http://localhost/{org.Slug}/satisfaction?department={department.Id}";
            Assert.Equal([url], await PrintedQrCodes.ReadAsync(pdf));
            var text = await PrintedQrCodes.TextAsync(pdf);
            Assert.Contains(Squeezed("จุดบริการ " + department.Name), text, StringComparison.Ordinal);
            Assert.Contains(Squeezed(url), text, StringComparison.Ordinal);

            var form = await app.Client().GetStringAsync(url[("http://localhost").Length..]);
            Assert.Contains($"<option value=\"{department.Id}\" selected=\"selected\">", form, StringComparison.Ordinal);
        }

        foreach (var refused in new[]
        {
            $"?handler=pdf&key=satisfaction&department={other.Departments[0].Id}", // another office's department
            $"?handler=pdf&key=qa&department={department.Id}",                      // a poster without counters
            $"?handler=pdf&department={department.Id}",                             // every poster, one counter
            "?handler=pdf&key=satisfaction&department=0",
            "?handler=pdf&key=satisfaction&department=abc",                         // not a number: not quietly the office-wide poster
        })
        {
            using var response = await clerk.GetAsync($"/staff/{org.Slug}/posters{refused}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{refused} → {(int)response.StatusCode}");
        }

        // The public form ignores another office's department, and a number that is no department.
        foreach (var id in new[] { other.Departments[0].Id, 0, -1 })
        {
            var form = await app.Client().GetStringAsync($"/{org.Slug}/satisfaction?department={id}");
            Assert.DoesNotContain("\" selected=\"selected\">", form.Replace("<option value=\"\" selected=\"selected\">", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Theory, Providers]
    public async Task The_page_says_which_address_the_posters_print_and_warns_when_phones_cannot_open_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        foreach (var (host, internalOnly) in new[]
        {
            ("localhost", true), ("127.0.0.1:5080", true), ("192.168.1.20", true), ("[::1]:8080", true), ("intranet", true),
            ("prongsai.office.lan", true), ("www.bangkha.go.th", false), ("203.150.10.7", false),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/staff/{org.Slug}/posters");
            request.Headers.Host = host;
            using var response = await clerk.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains($"<strong class=\"public-address\">http://{host}</strong>", page, StringComparison.Ordinal);
            Assert.Contains($"http://{host}/{org.Slug}/satisfaction", page, StringComparison.Ordinal);
            Assert.True(internalOnly == page.Contains("ประชาชนเปิดจากโทรศัพท์ไม่ได้", StringComparison.Ordinal), host);
        }
    }

    [Theory, Providers]
    public async Task Another_offices_staff_and_strangers_get_no_poster(DbProvider provider)
    {
        var app = Apps.For(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(a[OrgRole.OrgAdmin]);
        foreach (var url in new[] { $"/staff/{b.Slug}/posters", $"/staff/{b.Slug}/posters?handler=pdf&key=qa" })
        {
            using var crossing = await admin.GetAsync(url);
            Assert.True(crossing.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url} → {(int)crossing.StatusCode}");

            using var stranger = await app.Client().GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, stranger.StatusCode);
            Assert.NotEqual("application/pdf", stranger.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, Providers]
    public async Task Every_address_a_poster_prints_answers_on_the_website(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var visitor = app.Client();
        // The website's home lists the guides among its services once one is published, as the poster is offered.
        var guides = $"href=\"{ServiceGuides.Path(org.Slug)}\"";
        Assert.DoesNotContain(guides, await visitor.GetStringAsync($"/{org.Slug}/"), StringComparison.Ordinal);
        await PublishServiceGuideAsync(app, org);
        Assert.Contains(guides, await visitor.GetStringAsync($"/{org.Slug}/"), StringComparison.Ordinal);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Contains(ServiceGuides.Title, await admin.GetStringAsync($"/staff/{org.Slug}/posters"), StringComparison.Ordinal);
        foreach (var poster in PosterCatalog.All)
        {
            using var response = await visitor.GetAsync(poster.Path(org.Slug));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{poster.Key}: {poster.Path(org.Slug)} → {(int)response.StatusCode}");
        }

        // The corruption poster opens the complaint form with that kind already chosen; the plain address does not.
        var corruption = await visitor.GetStringAsync($"/{org.Slug}/complaints?kind=corruption");
        Assert.Contains("value=\"corruption\" checked=\"checked\"", corruption, StringComparison.Ordinal);
        var plain = await visitor.GetStringAsync($"/{org.Slug}/complaints?kind=other");
        Assert.Contains("value=\"grievance\" checked=\"checked\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"corruption\" checked=\"checked\"", plain, StringComparison.Ordinal);

        // The guides' poster opens the guides themselves.
        Assert.Contains(GuideTitle, await visitor.GetStringAsync(ServiceGuides.Path(org.Slug)), StringComparison.Ordinal);
    }

    private const string GuideTitle = "คู่มือการขออนุญาตก่อสร้างอาคาร";

    private static Poster ServiceGuides => PosterCatalog.Find("service-manuals")!;

    private static IEnumerable<Poster> Always => PosterCatalog.All.Where(p => p.DocumentCategory is null);

    private static async Task PublishServiceGuideAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        await DefaultCategories.EnsureAsync(db, org.Id);
        var category = await db.DocumentCategories.SingleAsync(c => c.Slug == ServiceGuides.DocumentCategory);
        var editor = StaffActor.System("ผู้ทดสอบ", org.Id);
        var saved = await scope.ServiceProvider.GetRequiredService<SaveDocument>()
            .RunAsync(null, new DocumentInput(GuideTitle, "", "", category.Id, null, null), [], [], editor);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        Assert.True((await scope.ServiceProvider.GetRequiredService<PublishDocument>().PublishNowAsync(saved.Value!.Id, editor)).Succeeded);
    }
}
