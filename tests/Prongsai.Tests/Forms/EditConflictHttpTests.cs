using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Forms;

/// <summary>
/// Two members of staff with the same record open: the second save, drawn before the first, is refused (409) with what
/// its author typed still in the form and a link to the record as it now is; saving again then replaces knowingly.
/// Before, the second save put the first one's changes back in silence. One scenario, every edit form that carries the
/// count.
/// </summary>
public sealed partial class EditConflictHttpTests
{
    private const string FirstText = "ฉบับที่เจ้าหน้าที่คนแรกบันทึก";
    private const string SecondText = "ฉบับที่เจ้าหน้าที่คนที่สองพิมพ์";

    [Theory, Providers]
    public async Task A_document(DbProvider provider)
    {
        var (app, org, first, second) = await TwoClerksAsync(provider);
        var category = (await PublishingFixture.CategoryAsync(app, org)).ToString(CultureInfo.InvariantCulture);
        var newUrl = $"/staff/{org.Slug}/documents/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(newUrl, newUrl + "?handler=Save",
            [new("Input.Title", "ประกาศฉบับเดิม"), new("Input.CategoryId", category)])).StatusCode);
        var id = await QueryAsync(app, org, db => db.Documents.Select(d => d.Id).SingleAsync());
        var url = $"{newUrl}/{Id(id)}";
        KeyValuePair<string, string>[] Fields(string title, string version) =>
            [new("Input.Title", title), new("Input.CategoryId", category), new("editVersion", version)];

        // A preview on the older page keeps the count it was drawn with: it does not quietly make the page current.
        var drawn = VersionIn(await second.GetStringAsync(url));
        await ScenarioAsync(first, second, url, url + "?handler=Save", Fields,
            () => QueryAsync(app, org, db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()),
            beforeSecondSave: async () =>
            {
                var preview = await second.PostFormAsync(url, url + "?handler=Preview", Fields(SecondText, drawn));
                Assert.Equal(drawn, VersionIn(await preview.Content.ReadAsStringAsync()));
            });
    }

    [Theory, Providers]
    public async Task An_about_page_still_showing_its_default_text(DbProvider provider)
    {
        var (app, org, first, second) = await TwoClerksAsync(provider);
        var url = $"/staff/{org.Slug}/pages/history";

        await ScenarioAsync(first, second, url, url,
            (title, version) => [new("title", title), new("body", "<p>เนื้อหา</p>"), new("editVersion", version)],
            () => QueryAsync(app, org, db => db.OrganizationPages.Where(p => p.Key == "history").Select(p => p.Title).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_organization_profile(DbProvider provider)
    {
        var (app, org, first, second) = await TwoClerksAsync(provider);
        var url = $"/staff/{org.Slug}/profile";

        await ScenarioAsync(first, second, url, url,
            (name, version) => [new("Input.Name", name), new("Input.Kind", "Sao"), new("Input.EditVersion", version)],
            () => QueryAsync(app, org, db => db.Organizations.Where(o => o.Id == org.Id).Select(o => o.Name).SingleAsync()));
    }

    [Theory, Providers]
    public async Task A_measure_whose_step_a_colleague_deleted(DbProvider provider)
    {
        var (app, org, first, second) = await TwoClerksAsync(provider);
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ImportReport>()
                .RunAsync(new ImportReportRequest(StaffActor.System(), new MemoryStream(SeedFixture.Bytes()), 2567))).Succeeded);
        }

        var measure = await QueryAsync(app, org, db => db.Measures.Include(m => m.Steps).OrderBy(m => m.SortOrder).FirstAsync());
        var steps = measure.Steps.OrderBy(s => s.SortOrder).ToList();
        var url = $"/staff/{org.Slug}/measures/2567/measure/{Id(measure.Id)}";
        var drawn = VersionIn(await second.GetStringAsync(url));

        // The first clerk deletes the first step through its confirmation page; the second still shows it.
        var delete = $"{url}/step/{Id(steps[0].Id)}/delete";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(delete, delete, [])).StatusCode);
        var fields = new List<KeyValuePair<string, string>> { new("Number", "1"), new("Title", SecondText), new("AllDepartments", "true"), new("editVersion", drawn) };
        for (var i = 0; i < steps.Count; i++)
        {
            fields.Add(new($"Steps[{Id(i)}].Id", Id(steps[i].Id)));
            fields.Add(new($"Steps[{Id(i)}].Text", "ขั้นตอนที่พิมพ์ " + Id(i)));
        }

        var refused = await second.PostFormAsync(url, url, fields);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("มีผู้บันทึกรายการนี้หลังจากที่คุณเปิดหน้านี้", page, StringComparison.Ordinal);
        Assert.Contains("ขั้นตอนที่พิมพ์ 0", page, StringComparison.Ordinal);
        // The deleted step comes back as a new one, so saving again keeps its text instead of failing on a step that is gone.
        Assert.DoesNotMatch($"name=\"Steps\\[\\d+\\]\\.Id\" value=\"{Id(steps[0].Id)}\"", page);
        Assert.Contains("<input type=\"hidden\" name=\"Steps[0].Id\">", page, StringComparison.Ordinal);
        Assert.NotEqual(SecondText, measure.Title);
        Assert.Equal(measure.Title, await QueryAsync(app, org, db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.Title).SingleAsync()));

        var again = fields.Where(f => f.Key != "editVersion" && f.Key != "Steps[0].Id").Append(new("editVersion", VersionIn(page))).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync(url, url, again)).StatusCode);
        Assert.Equal(SecondText, await QueryAsync(app, org, db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.Title).SingleAsync()));
        Assert.Equal(steps.Count, await QueryAsync(app, org, db => db.MeasureSteps.CountAsync(s => s.MeasureId == measure.Id)));
    }

    [Theory, Providers]
    public async Task The_answer_to_a_request(DbProvider provider)
    {
        var (app, org, first, second) = await TwoClerksAsync(provider);
        var filed = await app.Client().PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", "น้ำประปาไม่ไหลสามวัน"), new("Form.Details", "รายละเอียด"),
            new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var id = await QueryAsync(app, org, db => db.Set<TrackedRequest>().Select(r => r.Id).SingleAsync());
        var url = $"/staff/{org.Slug}/requests/{Id(id)}";

        await ScenarioAsync(first, second, url, url + "/Answer",
            (text, version) => [new("text", text), new("editVersion", version)],
            () => QueryAsync(app, org, db => db.Set<TrackedRequest>().Where(r => r.Id == id).Select(r => r.Answer!).SingleAsync()));
    }

    /// <summary>
    /// Both draw the form; the first saves; the second's save from the older page is refused with its text kept and the
    /// way to the current record; the second saves again from the refused page, which replaces.
    /// </summary>
    private static async Task ScenarioAsync(
        HttpClient first, HttpClient second, string url, string postUrl, Func<string, string, KeyValuePair<string, string>[]> fields,
        Func<Task<string>> stored, Func<Task>? beforeSecondSave = null)
    {
        var drawnFirst = VersionIn(await first.GetStringAsync(url));
        var drawnSecond = VersionIn(await second.GetStringAsync(url));
        Assert.Equal(drawnFirst, drawnSecond);

        var saved = await first.PostFormAsync(url, postUrl, fields(FirstText, drawnFirst));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        if (beforeSecondSave is not null)
        {
            await beforeSecondSave();
        }

        var refused = await second.PostFormAsync(url, postUrl, fields(SecondText, drawnSecond));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Single(ConflictMessage().Matches(page)); // at the top, once
        Assert.Contains(SecondText, page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{url}\" target=\"_blank\" rel=\"noopener\">", page, StringComparison.Ordinal);
        Assert.Equal(FirstText, await stored());

        var current = VersionIn(page);
        Assert.NotEqual(drawnSecond, current);
        var replaced = await second.PostFormAsync(url, postUrl, fields(SecondText, current));
        Assert.True(replaced.StatusCode == HttpStatusCode.Redirect, await replaced.Content.ReadAsStringAsync());
        Assert.Equal(SecondText, await stored());
    }

    private static async Task<(ProngsaiApp App, TestOrg Org, HttpClient First, HttpClient Second)> TwoClerksAsync(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        return (app, org, await app.SignedInAsync(org[OrgRole.OrgAdmin]), await app.SignedInAsync(org[OrgRole.OrgAdmin]));
    }

    private static async Task<T> QueryAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> query)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string VersionIn(string html) => EditVersionField().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("The form carries no edit count.");

    [GeneratedRegex("มีผู้บันทึกรายการนี้หลังจากที่คุณเปิดหน้านี้", RegexOptions.None, 5000)]
    private static partial Regex ConflictMessage();

    [GeneratedRegex("""<input type="hidden" name="(?:editVersion|Input\.EditVersion)" value="(\d+)">""", RegexOptions.None, 5000)]
    private static partial Regex EditVersionField();
}
