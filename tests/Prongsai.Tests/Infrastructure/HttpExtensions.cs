using System.Net;
using System.Text.RegularExpressions;

namespace Prongsai.Tests.Infrastructure;

/// <summary>Browser-like steps for HTTP tests: read a form's antiforgery token, post a form, sign in.</summary>
public static partial class HttpExtensions
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
    }

    /// <summary>Posts a form the way a browser does, with the token taken from the page first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.AntiforgeryTokenAsync(pageUrl);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    public static async Task<HttpClient> SignedInAsync(this ProngsaiApp app, TestUser user) =>
        await app.SignedInAsync(user.Email, user.Password);

    public static async Task<HttpClient> SignedInAsync(this ProngsaiApp app, string email, string password)
    {
        var client = app.Client();
        var response = await client.PostFormAsync("/staff/signin", "/staff/signin",
            [new("Email", email), new("Password", password)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }
}
