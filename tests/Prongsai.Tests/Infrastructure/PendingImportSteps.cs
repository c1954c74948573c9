using System.Globalization;
using System.Net;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// Steps of the import pages' kept file (Web/Infrastructure/PendingImport): what the page says when it shows the kept
/// preview again, its cancel, the files kept on disk, and another member signing in on the same browser.
/// </summary>
public static class PendingImportSteps
{
    /// <summary>The notice above a preview shown again from the kept file.</summary>
    public const string Resumed = "ไฟล์ที่ตรวจไว้ยังไม่ได้นำเข้า";

    /// <summary>The flash after the cancel.</summary>
    public const string Discarded = "ยกเลิกไฟล์ที่ตรวจไว้แล้ว";

    /// <summary>How many files the import keeps for the organization (pending/{import}/{organization} of the file store).</summary>
    public static int KeptFiles(this ProngsaiApp app, string import, int organizationId)
    {
        var folder = Path.Combine(app.DataDirectory, "files", "pending", import, organizationId.ToString(CultureInfo.InvariantCulture));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    /// <summary>The page as a person reads it (entities decoded), asserting 200.</summary>
    public static async Task<string> PageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The preview's cancel: posts the page's Discard handler with a token from the page.</summary>
    public static Task<HttpResponseMessage> DiscardAsync(this HttpClient client, string importUrl) =>
        client.PostFormAsync(importUrl, importUrl + "?handler=Discard", []);

    /// <summary>
    /// The preview's cancel, checked: it leads back to the import page, the kept file is gone, and the page says so and
    /// is the empty form (<paramref name="emptyForm"/>) without the preview's button (<paramref name="confirmButton"/>).
    /// Returns that page, for the caller to try confirming from it.
    /// </summary>
    public static async Task<string> CancelAndSeeTheEmptyPageAsync(
        this HttpClient client, ProngsaiApp app, string importUrl, string import, int organizationId, string emptyForm, string confirmButton)
    {
        Assert.Equal(1, app.KeptFiles(import, organizationId));
        var discarded = await client.DiscardAsync(importUrl);
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal(importUrl, discarded.Headers.Location?.OriginalString);
        Assert.Equal(0, app.KeptFiles(import, organizationId));
        var page = await client.PageAsync(importUrl);
        Assert.Contains(Discarded, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Resumed, page, StringComparison.Ordinal);
        Assert.DoesNotContain(confirmButton, page, StringComparison.Ordinal);
        Assert.Contains(emptyForm, page, StringComparison.Ordinal);
        return page;
    }

    /// <summary>Another member signs in on the same browser, which keeps its cookies (the signed TempData among them).</summary>
    public static async Task SignInAsAsync(this HttpClient client, TestUser user)
    {
        var response = await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", user.Email), new("Password", user.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
