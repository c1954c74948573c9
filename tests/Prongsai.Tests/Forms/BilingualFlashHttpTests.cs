using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// A flash is the web app's own words (docs/decisions.md, "Plain Thai messages"): after a real action, the page the
/// redirect leads to says what was done in the language the member reads — English with the language cookie or
/// <c>?lang=en-GB</c> on the post, Thai otherwise. <c>BilingualFlashTests</c> checks every flash in the compiled app;
/// this checks that what it checks is what a member sees.
/// </summary>
public sealed partial class BilingualFlashHttpTests
{
    [GeneratedRegex("<p class=\"alert success\" role=\"status\">([^<]*)</p>")]
    private static partial Regex FlashParagraph();

    [Theory, Providers]
    public async Task The_flash_after_an_action_is_in_the_members_language(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var thai = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var english = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Equal(HttpStatusCode.Redirect, (await english.GetAsync("/lang/en?returnUrl=/")).StatusCode);

        // A department added: the page hands its flash to its helper with the use case's result.
        var departments = $"/staff/{org.Slug}/departments";
        Assert.Equal("เพิ่มส่วนราชการแล้ว", await FlashAfterAsync(thai, departments, departments + "?handler=Add", [new("name", "กองช่าง")]));
        Assert.Equal("Added the department.", await FlashAfterAsync(english, departments, departments + "?handler=Add", [new("name", "กองสวัสดิการสังคม")]));

        // An executive saved, through an async helper.
        var executives = $"/staff/{org.Slug}/executives";
        KeyValuePair<string, string>[] Executive(string name) =>
            [new("Name", name), new("Title", "นายก"), new("Side", "Elected"), new("Phone", "0 2000 0000"), new("SortOrder", "1")];
        Assert.Equal("บันทึกข้อมูลผู้บริหารแล้ว", await FlashAfterAsync(thai, executives, executives + "?handler=Save", Executive("นายหนึ่ง")));
        Assert.Equal("Saved the executive's details.", await FlashAfterAsync(english, executives, executives + "?handler=Save", Executive("นายสอง")));

        // The complaint rules saved, set directly; ?lang=en-GB on the post is enough without the cookie.
        var settings = $"/staff/{org.Slug}/requests/settings";
        KeyValuePair<string, string>[] rules = [new("title", "แนวปฏิบัติการจัดการเรื่องร้องเรียน"), new("body", "รับเรื่องภายในหนึ่งวันทำการ")];
        Assert.Equal("บันทึกแนวปฏิบัติแล้ว", await FlashAfterAsync(thai, settings, settings + "?handler=Rules", rules));
        Assert.Equal("Saved the rules.", await FlashAfterAsync(english, settings, settings + "?handler=Rules", rules));
        Assert.Equal("Saved the rules.", await FlashAfterAsync(thai, settings, settings + "?handler=Rules&lang=en-GB", rules));
    }

    /// <summary>Posts the form and follows the redirect: the flash at the top of the page it leads to.</summary>
    private static async Task<string?> FlashAfterAsync(HttpClient client, string page, string post, KeyValuePair<string, string>[] fields)
    {
        using var response = await client.PostFormAsync(page, post, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location);
        var flash = FlashParagraph().Match(html);
        return flash.Success ? WebUtility.HtmlDecode(flash.Groups[1].Value) : null;
    }
}
