using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// A villager on a 360 px phone: home, the FY2567 report, a document, search results and the contact page. Every
/// menu, footer and button target measures at least 44 × 44 CSS px in the browser; the menu folds and opens without
/// JavaScript; the report's PDF button is right under the title with its size; axe finds nothing at any impact.
/// Screenshots: TestResults/screenshots/phone-PAGE-360.png (copied to docs/screenshots).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PhoneTests(AppServer app) : BrowserTest(app)
{
    private const int MinTarget = 44;

    [Fact]
    public void Public_pages_on_a_phone_have_large_touch_targets_a_folding_menu_and_no_axe_violations_at_any_impact()
    {
        WithBrowser("phone-360", new Size(360, 740), browser =>
        {
            var problems = new List<string>();

            browser.Open(App.Url("/bangkha/"));
            CheckMenu(browser, problems);
            Check(browser, "home", problems);

            browser.Open(App.Url("/bangkha/measures/2567"));
            var title = browser.Driver.FindElement(By.CssSelector("main h1"));
            var main = browser.Driver.FindElement(By.CssSelector(".report-downloads li:first-child a"));
            Assert.Matches(@"^ดาวน์โหลด PDF \([0-9.]+ (KB|MB)\)$", main.Text.Trim());
            var below = main.Location.Y - (title.Location.Y + title.Size.Height);
            Assert.True(below is >= 0 and < 40, $"the PDF button is {below} px below the title");
            Assert.True(main.Location.Y + main.Size.Height <= 740, "the PDF button is not on the first screen");
            Assert.Equal(["Word", "Excel", "CSV", "JSON"],
                browser.Driver.FindElements(By.CssSelector(".report-downloads li:not(:first-child) a")).Select(a => a.Text.Split(' ')[0]));
            Check(browser, "report", problems);

            browser.Open(App.Url("/bangkha/documents"));
            var document = browser.Driver.FindElements(By.CssSelector("main ol.results a[href^='/bangkha/documents/']"))[0]
                .GetDomAttribute("href")!;
            browser.Open(App.Url(document));
            var ledger = browser.Driver.FindElements(By.CssSelector("main .ledger-note a[href*='/ledger#e']"));
            Assert.All(ledger, a => Assert.Matches("/bangkha/ledger#e[0-9]+$", a.GetDomAttribute("href")));
            Check(browser, "document", problems);

            browser.Open(App.Url("/bangkha/search?q=" + Uri.EscapeDataString("คู่มือ")));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main ol.results > li")));
            Check(browser, "search", problems);

            browser.Open(App.Url("/search?q=" + Uri.EscapeDataString("คู่มือ")));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main ol.results > li .org-label a")));
            Check(browser, "platform-search", problems, platformPage: true);

            browser.Open(App.Url("/bangkha/about/contact"));
            var text = browser.BodyText;
            var address = browser.Driver.FindElement(By.CssSelector("main address")).Text.Split('\n')[1].Trim();
            Assert.Equal(1, Occurrences(text, address));
            Assert.Contains("เวลาทำการ", text, StringComparison.Ordinal);
            Check(browser, "contact", problems);

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }

    /// <summary>
    /// The Q&amp;A page lists the published answers before its form, which can be many screens down on a phone:
    /// the way to the form is a button on the first screen, and it lands on the form.
    /// </summary>
    [Fact]
    public void The_question_form_is_one_tap_from_the_first_screen_of_the_QA_page()
    {
        WithBrowser("phone-qa", new Size(360, 740), browser =>
        {
            browser.Open(App.Url("/bangkha/qa"));
            var ask = browser.Driver.FindElement(By.CssSelector("main a.button[href='#ask']"));
            Assert.Equal("ส่งคำถาม", ask.Text.Trim());
            Assert.True(ask.Location.Y + ask.Size.Height <= 740, $"the button ends at {ask.Location.Y + ask.Size.Height} px, below the first screen");
            var problems = new List<string>();
            Targets(browser, "main a.button[href='#ask']", "button", problems);
            Assert.Empty(problems);

            ask.Click();
            var heading = browser.Driver.FindElement(By.Id("ask"));
            var top = browser.Script<object>("return document.getElementById('ask').getBoundingClientRect().top;");
            Assert.InRange(Convert.ToDouble(top, CultureInfo.InvariantCulture), -1, 200);
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("section[aria-labelledby='ask'] form textarea")));
            Assert.Equal("ส่งคำถาม", heading.Text.Trim());
        });
    }

    /// <summary>
    /// The open menu pushes the page down rather than lying over it: tabbing past its last link reaches the language
    /// link and the page's first controls, each in view and not under the list, and "เมนู" stays where it was tapped.
    /// The menu is still the "main menu" navigation landmark for a screen reader.
    /// </summary>
    [Fact]
    public void The_open_menu_pushes_the_page_down_and_never_hides_what_has_the_focus()
    {
        WithBrowser("phone-menu-open", new Size(360, 740), browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            var summary = browser.Driver.FindElement(By.CssSelector("nav.public-nav summary"));
            var before = summary.Location;
            summary.Click();
            Assert.True(Math.Abs(summary.Location.X - before.X) <= 1 && Math.Abs(summary.Location.Y - before.Y) <= 1,
                $"\"เมนู\" moved from {before} to {summary.Location} when it opened");
            var list = browser.Driver.FindElement(By.CssSelector("nav.public-nav ul"));
            var main = browser.Driver.FindElement(By.Id("main"));
            Assert.True(list.Location.Y + list.Size.Height <= main.Location.Y + 1,
                $"the open list ends at {list.Location.Y + list.Size.Height} px, over the page that starts at {main.Location.Y} px");

            var links = list.FindElements(By.TagName("a"));
            browser.Script<object>("arguments[0].focus(); return null;", links[^1]);
            for (var i = 0; i < 3; i++)
            {
                browser.ActiveElement.SendKeys(Keys.Tab);
                var uncovered = browser.Script<bool>(
                    """
                    var e = document.activeElement, r = e.getBoundingClientRect();
                    if (r.bottom <= 0 || r.top >= innerHeight) { return false; }
                    var hit = document.elementFromPoint(r.left + r.width / 2, Math.max(r.top, 0) + Math.min(r.height, innerHeight - Math.max(r.top, 0)) / 2);
                    return !!hit && (e === hit || e.contains(hit) || hit.contains(e));
                    """);
                var focused = browser.ActiveElement;
                Assert.True(uncovered, $"Tab {i + 1} after the menu: {focused.TagName} “{focused.Text}” is out of view or under something");
            }

            var tree = (Dictionary<string, object?>)browser.Driver.ExecuteCdpCommand("Accessibility.getFullAXTree", [])!;
            var landmarks = ((IEnumerable<object>)tree["nodes"]!).Cast<Dictionary<string, object?>>()
                .Where(n => n.TryGetValue("role", out var role) && role is Dictionary<string, object?> r && (string?)r["value"] == "navigation")
                .Select(n => n.TryGetValue("name", out var name) && name is Dictionary<string, object?> v ? v["value"] as string : null);
            Assert.Contains("เมนูหลัก", landmarks);
        });
    }

    /// <summary>
    /// On a slow line the web font arrives after the text is painted. The page must keep the text as it was first
    /// laid out (font-display: optional) rather than lay it out again in the new font under the reader's eyes, as
    /// "swap" did: Lighthouse measured a layout shift of 0.23 on this page on a phone. The widths of the first lines
    /// of text are taken when the document is parsed (before the fonts can arrive) and again once both font files
    /// are in; with "swap" they differ by whole pixels even against this machine's close fallback (Laksaman).
    /// </summary>
    [Fact]
    public void Text_stays_as_first_laid_out_when_the_web_font_arrives_late_on_a_slow_line()
    {
        const string Widths =
            "[...document.querySelectorAll('main h1, main p')].slice(0, 4).map(e => " +
            "{ const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return Math.round(b.width * 10) / 10 + 'x' + Math.round(b.height * 10) / 10; }).join(' ')";
        WithBrowser("phone-slow-font", new Size(360, 740), browser =>
        {
            browser.Driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?>
            {
                ["source"] = $"document.addEventListener('DOMContentLoaded', () => {{ window.widthsBeforeFonts = {Widths}; }});",
            });
            browser.Driver.ExecuteCdpCommand("Network.enable", []);
            browser.Driver.ExecuteCdpCommand("Network.emulateNetworkConditions", new Dictionary<string, object?>
            {
                ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 40_000, ["uploadThroughput"] = 40_000,
            });
            browser.Open(App.Url("/bangkha/ita"));
            browser.WaitUntil(
                _ => browser.Script<long>("return performance.getEntriesByType('resource').filter(r => r.name.endsWith('.woff2') && r.responseEnd > 0).length;") == 2,
                message: "the two Sarabun files were never downloaded");
            var fontsArrived = Milliseconds(browser, "return Math.max(...performance.getEntriesByType('resource').filter(r => r.name.endsWith('.woff2')).map(r => r.responseEnd));");
            var parsed = Milliseconds(browser, "return performance.getEntriesByType('navigation')[0].domContentLoadedEventStart;");
            Assert.True(fontsArrived > parsed + 100, $"the fonts came {fontsArrived - parsed:0} ms after parsing: the line is not slow enough to test");

            var before = browser.Script<string>("return window.widthsBeforeFonts;");
            var after = browser.Script<string>($"return {Widths};");
            Assert.False(string.IsNullOrEmpty(before), "the widths were not taken when the document was parsed");
            Assert.True(before == after, $"the text was laid out again when the font arrived: {before} → {after}");
        });
    }

    /// <summary>A time from the page's performance entries (a whole number comes back from the driver as a long).</summary>
    private static double Milliseconds(Browser browser, string script) =>
        Convert.ToDouble(browser.Script<object>(script), CultureInfo.InvariantCulture);

    /// <summary>Folded at first (the links take no room), opened by its summary, links stacked and tall enough.</summary>
    private static void CheckMenu(Browser browser, List<string> problems)
    {
        var menu = browser.Driver.FindElement(By.CssSelector("nav.public-nav details.menu"));
        Assert.Null(menu.GetDomAttribute("open"));
        var header = browser.Driver.FindElement(By.CssSelector("header.site-header"));
        Assert.True(header.Size.Height <= 100, $"the header is {header.Size.Height} px tall on a phone");
        Assert.DoesNotContain(menu.FindElements(By.CssSelector("ul a")), a => a.Displayed);

        menu.FindElement(By.TagName("summary")).Click();
        var links = menu.FindElements(By.CssSelector("ul a"));
        Assert.All(links, a => Assert.True(a.Displayed, $"menu link {a.Text} stays hidden after opening the menu"));
        Targets(browser, "nav.public-nav ul a", "menu link", problems);
        menu.FindElement(By.TagName("summary")).Click();
    }

    /// <param name="platformPage">A page of the platform itself (no organization): it has no organization footer links.</param>
    private static void Check(Browser browser, string page, List<string> problems, bool platformPage = false)
    {
        Targets(browser, "nav.public-nav summary, .lang-switch", "header control", problems);
        Targets(browser, ".site-footer .footer-links a", "footer link", problems, required: !platformPage);
        Targets(browser, "main .button, main button, main input[type=submit]", "button", problems, required: false);

        var violations = Axe.Run(browser.Driver);
        foreach (var v in violations)
        {
            problems.Add($"{page}: axe {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.TargetText))}");
        }

        var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
        if (scrollWidth > 360)
        {
            problems.Add($"{page}: {scrollWidth} px wide, scrolls sideways");
        }

        browser.Script<object>("window.scrollTo(0, 0); return null;");
        browser.SaveScreenshot($"phone-{page}-360");
    }

    /// <summary>Each visible element of the selector is at least 44 × 44 CSS px as laid out in the browser.</summary>
    private static void Targets(Browser browser, string selector, string what, List<string> problems, bool required = true)
    {
        var sizes = browser.Script<IReadOnlyCollection<object>>(
            "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.getClientRects().length > 0)" +
            ".map(e => { const r = e.getBoundingClientRect(); return [e.textContent.trim(), r.width, r.height]; });", selector)!;
        Assert.True(!required || sizes.Count > 0, $"{browser.Url.AbsolutePath}: no {what} ({selector})");
        foreach (IReadOnlyList<object> s in sizes.Cast<IReadOnlyList<object>>())
        {
            var (name, width, height) = ((string)s[0], Convert.ToDouble(s[1], CultureInfo.InvariantCulture), Convert.ToDouble(s[2], CultureInfo.InvariantCulture));
            if (width < MinTarget - 0.5 || height < MinTarget - 0.5)
            {
                problems.Add($"{browser.Url.AbsolutePath}: {what} “{name}” is {width:0}×{height:0} px (at least {MinTarget}×{MinTarget})");
            }
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
