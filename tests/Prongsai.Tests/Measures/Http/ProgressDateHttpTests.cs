using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.Http;

/// <summary>The progress date typed as Thais write it (พ.ศ.), through the real step page.</summary>
public sealed partial class MeasuresHttpTests
{
    [Theory, Providers]
    public async Task Progress_date_typed_as_24_11_2567_is_saved_as_24_November_2024(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var step = await CountAsync(app, org, db => db.MeasureSteps.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var stepUrl = $"/staff/{org.Slug}/measures/step/{step}";

        var form = await admin.GetStringAsync(stepUrl);
        Assert.DoesNotContain("type=\"date\"", form, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", form, StringComparison.Ordinal);
        Assert.Contains("วว/ดด/ปปปป (พ.ศ.)", form, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Date-hint\"", form, StringComparison.Ordinal);
        // The first example is typeable on an iPhone's number pad, which has digits only.
        Assert.Contains("(พ.ศ.) เช่น 24112569 หรือ 24/11/2569", form, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(stepUrl, stepUrl + "/Progress", [new("Date", "24/11/2567"), new("Text", "ประชุมชี้แจงเจ้าหน้าที่")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await CountAsync(app, org, db => db.ProgressEntries.SingleAsync());
        Assert.Equal(new DateOnly(2024, 11, 24), entry.Date);
        Assert.Contains("24 พฤศจิกายน 2567", await admin.GetStringAsync(stepUrl), StringComparison.Ordinal);

        var digits = await admin.PostFormAsync(stepUrl, stepUrl + "/Progress", [new("Date", "25112567"), new("Text", "ประชุมครั้งที่สอง")]);
        Assert.Equal(HttpStatusCode.Redirect, digits.StatusCode);
        Assert.Equal(new DateOnly(2024, 11, 25), (await CountAsync(app, org, db => db.ProgressEntries.SingleAsync(e => e.Text == "ประชุมครั้งที่สอง"))).Date);
    }

    [Theory, Providers]
    public async Task Progress_date_in_CE_or_blank_is_refused_with_the_expected_form_and_nothing_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await ImportAsync(app, org, SeedFixture.Bytes());
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var step = await CountAsync(app, org, db => db.MeasureSteps.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var stepUrl = $"/staff/{org.Slug}/measures/step/{step}";

        var ce = await admin.PostFormAsync(stepUrl, stepUrl + "/Progress", [new("Date", "24/11/2024"), new("Text", "ปีเป็น ค.ศ.")]);
        var ceHtml = await ce.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ce.StatusCode);
        Assert.Contains("กรุณากรอกปีเป็น พ.ศ. (เช่น 2567)", ceHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"24/11/2024\"", ceHtml, StringComparison.Ordinal); // kept as typed, to correct
        Assert.Contains("aria-describedby=\"Date-hint Date-error\"", ceHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", ceHtml, StringComparison.Ordinal);

        var blank = await admin.PostFormAsync(stepUrl, stepUrl + "/Progress", [new("Date", ""), new("Text", "ไม่ใส่วันที่")]);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("กรุณากรอกวันที่ แบบ วว/ดด/ปปปป (พ.ศ.)", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(0, await CountAsync(app, org, db => db.ProgressEntries.CountAsync()));
    }
}
