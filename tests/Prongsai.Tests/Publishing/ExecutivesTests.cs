using System.Net;
using System.Net.Http.Headers;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

public sealed class ExecutivesTests
{
    /// <summary>The smallest valid PNG: 1×1 pixel.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static MultipartFormDataContent Form(string token, IEnumerable<(string Name, string Value)> fields, (string Field, string FileName, byte[] Bytes)? file)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(content, f.Field, f.FileName);
        }

        return form;
    }

    [Theory, Providers]
    public async Task OrgAdmin_adds_an_executive_with_a_photo_and_an_emblem_that_the_public_pages_show(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/executives";

        var token = await admin.AntiforgeryTokenAsync(page);
        var added = await admin.PostAsync(page + "?handler=Save", Form(token,
            [("Name", "นายทดสอบ ผู้บริหาร"), ("Title", "นายกองค์การบริหารส่วนตำบล"), ("Side", "Elected"), ("Phone", "08-1234-5678"), ("SortOrder", "1")],
            ("photo", "รูป.png", Png)));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        token = await admin.AntiforgeryTokenAsync(page);
        var emblem = await admin.PostAsync(page + "?handler=Emblem", Form(token, [], ("emblem", "emblem.png", Png)));
        Assert.Equal(HttpStatusCode.Redirect, emblem.StatusCode);

        var citizen = app.Client();
        var about = await citizen.GetStringAsync($"/{org.Slug}/about/executives");
        Assert.Contains("นายทดสอบ ผู้บริหาร", about, StringComparison.Ordinal);
        var logo = await citizen.GetAsync($"/{org.Slug}/emblem");
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync());
    }

    [Theory, Providers]
    public async Task A_photo_that_is_not_an_image_is_refused_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/executives";
        var token = await admin.AntiforgeryTokenAsync(page);
        var executable = "MZ\u0090\0fake executable"u8.ToArray();
        var response = await admin.PostAsync(page + "?handler=Save", Form(token,
            [("Name", "นายปลอม"), ("Title", "ปลัด"), ("Side", "CivilService"), ("SortOrder", "1")], ("photo", "photo.png", executable)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        // Beside the new executive's photo field, with the name as typed and a word that the file must be chosen again.
        Assert.Matches("<span id=\"photo-error\" class=\"field-error\">ไฟล์ต้องเป็นรูปภาพ[^<]*</span>", html);
        Assert.Matches("<input id=\"photo-new\" name=\"photo\" type=\"file\"[^>]*aria-invalid=\"true\" aria-describedby=\"photo-error\"", html);
        Assert.Contains("value=\"นายปลอม\"", html, StringComparison.Ordinal);
        Assert.Contains("กรุณาเลือกอีกครั้ง", html, StringComparison.Ordinal);
        Assert.DoesNotContain("นายปลอม", await app.Client().GetStringAsync($"/{org.Slug}/about/executives"), StringComparison.Ordinal);

        // Department staff read the page (ViewBackOffice) but cannot change it.
        var department = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        Assert.Equal(HttpStatusCode.OK, (await department.GetAsync(page)).StatusCode);
        var departmentToken = await department.AntiforgeryTokenAsync(page);
        Assert.Equal(HttpStatusCode.Forbidden, (await department.PostAsync(page + "?handler=Save", Form(departmentToken,
            [("Name", "นายปลอม"), ("Title", "ปลัด"), ("Side", "CivilService"), ("SortOrder", "1")], null))).StatusCode);
    }
}
