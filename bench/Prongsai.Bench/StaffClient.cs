using System.Net;
using System.Text.RegularExpressions;

namespace Prongsai.Bench;

/// <summary>An HttpClient signed in as a staff member, with the antiforgery token the JSON API wants in a header.</summary>
public static partial class StaffClient
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"")]
    private static partial Regex TokenInput();

    public static HttpClient Create(string baseAddress, int connections) =>
        new(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(2),
        })
        {
            BaseAddress = new Uri(baseAddress),
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Signs in and puts the token of a signed-in page on every later request.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password, string org)
    {
        var form = await client.GetStringAsync(new Uri("/staff/signin", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/staff/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = TokenOf(form),
        }));
        if (post.StatusCode != HttpStatusCode.Redirect && post.StatusCode != HttpStatusCode.SeeOther)
        {
            throw new InvalidOperationException($"sign-in as {email} answered {(int)post.StatusCode}, not a redirect: wrong password?");
        }

        using var page = await client.GetAsync(new Uri($"/staff/{org}/departments", UriKind.Relative));
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/staff/{org}/departments answered {(int)page.StatusCode} after sign-in");
        }

        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", TokenOf(await page.Content.ReadAsStringAsync()));
    }

    private static string TokenOf(string html)
    {
        var match = TokenInput().Match(html);
        if (!match.Success)
        {
            throw new InvalidOperationException("no __RequestVerificationToken input on the page");
        }

        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }
}
