using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// Every page a clerk can reach by following links from the back office's first page, and every public page reached
/// from the organization's home, fits a 360 px phone: nothing scrolls sideways. The journeys check the pages they pass
/// through; this walk also reaches the ones no journey opens (a published report's facts, a gift's record…), where a
/// long address or a wide table once made the whole page scroll.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PhoneWalkTests(AppServer app) : BrowserTest(app)
{
    /// <summary>A safety stop: the walk opens about 220 pages today, one or two of each kind.</summary>
    private const int MostPages = 300;

    /// <summary>Pages of one kind (same path but for ids, same query keys) opened: the first ones stand for the rest.</summary>
    private const int PagesPerKind = 2;

    [Fact]
    public void Every_linked_staff_and_public_page_fits_a_360_px_phone()
    {
        WithBrowser("phone-walk", Browser.Phone, browser =>
        {
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);
            var problems = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
            var waiting = new Queue<string>(["/staff/bangkha", "/bangkha/"]);
            while (waiting.Count > 0 && seen.Count < MostPages)
            {
                var path = waiting.Dequeue();
                var kind = KindOf(path);
                if (kinds.GetValueOrDefault(kind) >= PagesPerKind || !seen.Add(path))
                {
                    continue;
                }

                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;

                browser.Open(App.Url(path));
                if (browser.Script<string>("return document.contentType;") != "text/html" || browser.Url.AbsolutePath.EndsWith("/signin", StringComparison.Ordinal))
                {
                    continue;
                }

                if (Sideways(browser) is { } problem)
                {
                    problems.Add(problem);
                }

                foreach (var link in browser.Driver.FindElements(By.CssSelector("a[href^='/']")).Select(a => a.GetDomAttribute("href")))
                {
                    if (Walkable(link) is { } next && !seen.Contains(next))
                    {
                        waiting.Enqueue(next);
                    }
                }
            }

            Assert.True(kinds.Count > 80, $"the walk reached only {kinds.Count} kinds of page");
            Assert.True(problems.Count == 0, $"{problems.Count} of {seen.Count} pages scroll sideways:\n" + string.Join("\n", problems));
        });
    }

    /// <summary>
    /// The link's path when the walk follows it: pages of the demo organization, not files, downloads, handlers (which
    /// answer files), the language switch or signing out.
    /// </summary>
    private static string? Walkable(string? href)
    {
        if (href is null || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = href.Split('#')[0];
        string[] skipped = ["handler=", "/files/", "download", "export", "/lang/", "signout", "sign-out", ".pdf", ".docx", ".xlsx", ".csv", ".json", ".xml", ".ics", ".txt"];
        var ours = path.StartsWith("/staff/bangkha", StringComparison.Ordinal) || path.StartsWith("/bangkha/", StringComparison.Ordinal);
        return ours && path.Length > 0 && !skipped.Any(s => path.Contains(s, StringComparison.OrdinalIgnoreCase)) ? path : null;
    }

    /// <summary>The page's kind: its path with every run of digits as one mark, and its query's keys without values.</summary>
    private static string KindOf(string path)
    {
        var parts = path.Split('?', 2);
        var shape = Regex.Replace(parts[0], "[0-9]+", "#");
        return parts.Length == 1 ? shape : shape + "?" + string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
    }
}
