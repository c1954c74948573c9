using System.Net;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// The platform's home with many organizations: provinces first, each with its count, then that province's
/// organizations; a name filter finds one directly. A small installation still lists everything at once.
/// </summary>
public sealed class PlatformHomeTests
{
    [Theory, Providers]
    public async Task With_many_organizations_the_home_page_lists_provinces_then_their_organizations_and_finds_a_name(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:Home:ListAllUpTo"] = "2" });
        await CreateAsync(app, "bangkha", "องค์การบริหารส่วนตำบลบางขะ", "ฉะเชิงเทรา");
        await CreateAsync(app, "khlongnakhon", "องค์การบริหารส่วนตำบลคลองนครเนื่องเขต", "ฉะเชิงเทรา");
        await CreateAsync(app, "huaihin", "เทศบาลตำบลห้วยหิน", "บุรีรัมย์");
        var client = app.Client();

        var home = await client.GetStringAsync("/");
        Assert.Contains("href=\"/?province=%E0%B8%89%E0%B8%B0%E0%B9%80%E0%B8%8A%E0%B8%B4%E0%B8%87%E0%B9%80%E0%B8%97%E0%B8%A3%E0%B8%B2\"", home, StringComparison.Ordinal);
        Assert.Contains("2 หน่วยงาน", home, StringComparison.Ordinal);
        Assert.Contains("บุรีรัมย์", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/bangkha/\"", home, StringComparison.Ordinal);

        var province = await client.GetStringAsync("/?province=" + Uri.EscapeDataString("ฉะเชิงเทรา"));
        Assert.Contains("href=\"/bangkha/\"", province, StringComparison.Ordinal);
        Assert.Contains("href=\"/khlongnakhon/\"", province, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/huaihin/\"", province, StringComparison.Ordinal);

        var byName = await client.GetStringAsync("/?name=" + Uri.EscapeDataString("ห้วยหิน"));
        Assert.Contains("href=\"/huaihin/\"", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/bangkha/\"", byName, StringComparison.Ordinal);

        // As people type it: the kind's short form, with or without its dot or a space, the full form, or the province.
        async Task<string> FindAsync(string typed) => await client.GetStringAsync("/?name=" + Uri.EscapeDataString(typed));
        foreach (var typed in new[] { "อบต.บางขะ", "อบต บางขะ", "อบตบางขะ", "องค์การบริหารส่วนตำบล บางขะ", "บางขะ ฉะเชิงเทรา" })
        {
            var found = await FindAsync(typed);
            Assert.True(found.Contains("href=\"/bangkha/\"", StringComparison.Ordinal), typed);
            Assert.DoesNotContain("href=\"/khlongnakhon/\"", found, StringComparison.Ordinal);
        }

        foreach (var typed in new[] { "อบต", "อบต.", "ฉะเชิงเทรา" })
        {
            var found = await FindAsync(typed);
            Assert.True(found.Contains("href=\"/bangkha/\"", StringComparison.Ordinal) && found.Contains("href=\"/khlongnakhon/\"", StringComparison.Ordinal), typed);
            Assert.DoesNotContain("href=\"/huaihin/\"", found, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/huaihin/\"", await FindAsync("ทต.ห้วยหิน"), StringComparison.Ordinal);
        Assert.Contains("ไม่พบหน่วยงาน", await FindAsync("อบจ.ห้วยหิน"), StringComparison.Ordinal);

        var none = await client.GetAsync("/?name=" + Uri.EscapeDataString("ไม่มีชื่อนี้") + "&province=%00");
        Assert.True(none.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        Assert.Contains("ไม่พบหน่วยงาน", await client.GetStringAsync("/?name=" + Uri.EscapeDataString("ไม่มีชื่อนี้")), StringComparison.Ordinal);

        // What a visitor types comes back as text, cut to 100 characters, never as markup.
        var hostile = await client.GetStringAsync("/?name=" + Uri.EscapeDataString("<script>alert(1)</script>" + new string('ก', 500)));
        Assert.DoesNotContain("<script>alert(1)", hostile, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('ก', 101), hostile, StringComparison.Ordinal);
    }

    private static async Task CreateAsync(ProngsaiApp app, string slug, string name, string province)
    {
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>()
            .RunAsync(StaffActor.PlatformOperator(), new CreateOrganizationRequest(slug, name, Province: province));
        Assert.True(created.Succeeded);
    }
}
