using System.Drawing;
using System.Globalization;
using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules; any serious or critical violation fails) on every page type of the demo
/// organization, public and back office, reached as a person would (links, forms). Each walk uses one browser and
/// reports every failing page; each page's full axe result is kept in TestResults/axe/ and a screenshot in
/// TestResults/screenshots/.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class AccessibilityTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(360, 740)]
    public void Public_pages_have_no_serious_or_critical_wcag_violations(int width, int height)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        WithBrowser("axe-public-" + size, new Size(width, height), browser =>
        {
            var walk = new AxeWalk(browser, "axe-" + size);

            browser.Open(App.Url("/bangkha/"));
            Assert.Contains(Squeeze(AppServer.OrganisationName), Squeeze(browser.BodyText), StringComparison.Ordinal);
            walk.Check("home");

            browser.Open(App.Url("/bangkha/measures"));
            walk.Check("measures-list");
            Follow(browser, By.CssSelector("main a[href='/bangkha/measures/2567']"), "/bangkha/measures/2567");
            Assert.Equal(5, browser.Driver.FindElements(By.CssSelector(".report-table tbody tr")).Count);
            walk.Check("measures-report");

            browser.Open(App.Url("/bangkha/documents"));
            var documentPath = browser.Driver.FindElements(By.CssSelector("main a[href^='/bangkha/documents/']"))
                .Select(a => new Uri(a.GetDomProperty("href")!).AbsolutePath)
                .First(p => DocumentPath().IsMatch(p));
            walk.Check("documents");
            Follow(browser, By.CssSelector($"main a[href='{documentPath}']"), documentPath);
            walk.Check("document");

            browser.Open(App.Url("/bangkha/search"));
            var query = browser.Driver.FindElement(By.Id("q"));
            query.SendKeys("คู่มือ");
            query.SendKeys(Keys.Enter);
            browser.WaitUntil(d => d.FindElements(By.CssSelector("main ol.results > li")).Count > 0,
                TimeSpan.FromSeconds(30), "searching the demo for คู่มือ found nothing");
            walk.Check("search-results");

            // The installation-wide search, from the platform's home page: each hit names its organization.
            browser.Open(App.Url("/"));
            var everywhere = browser.Driver.FindElement(By.Id("q"));
            everywhere.SendKeys("คู่มือ");
            everywhere.SendKeys(Keys.Enter);
            browser.WaitUntil(d => d.FindElements(By.CssSelector("main ol.results > li .org-label a[href='/bangkha/']")).Count > 0,
                TimeSpan.FromSeconds(30), "searching every organization for คู่มือ found nothing");
            Assert.StartsWith("/search", new Uri(browser.Driver.Url).AbsolutePath, StringComparison.Ordinal);
            walk.Check("platform-search-results");

            browser.Open(App.Url("/bangkha/ledger"));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("table.ledger tbody tr")));
            walk.Check("ledger");

            Follow(browser, By.CssSelector("main a[href='/bangkha/verify']"), "/bangkha/verify");
            walk.Check("verify");
            browser.Driver.FindElement(By.Id("file")).SendKeys(AppCommands.SeedReportPath);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบ"));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("section[aria-labelledby=result]")));
            walk.Check("verify-result");

            foreach (var page in new[] { "policies/privacy", "policies/accessibility", "about/executives", "qa", "complaints", "complaints/statistics/2567", "service-statistics", "track", "borrow", "borrow/request", "gifts/2567", "risks/2567", "anti-corruption/2567" })
            {
                browser.Open(App.Url("/bangkha/" + page));
                Assert.Single(browser.Driver.FindElements(By.CssSelector("main h1")));
                walk.Check(page.Replace('/', '-'));
            }

            // A request to borrow, followed by its code: the status page, and its withdrawal (which leaves nothing waiting).
            browser.Open(App.Url("/bangkha/borrow/request"));
            browser.Driver.FindElement(By.CssSelector("#AssetId option:not([value=''])")).Click();
            var week = Prongsai.Core.Calendar.ThaiDateInput.Format(Prongsai.Core.Calendar.BangkokTime.Today(TimeProvider.System).AddDays(7));
            foreach (var (field, text) in new[] { ("From", week), ("Until", week), ("Purpose", "งานบุญประจำปี"), ("OutsideBorrower", "นายทดสอบ การเข้าถึง"), ("OutsideContact", "0812345678") })
            {
                browser.Driver.FindElement(By.Id(field)).SendKeys(text);
            }

            ClickAndWaitForNextPage(browser, Button(browser, "ส่งคำขอยืม"));
            walk.Check("borrow-receipt");
            Follow(browser, By.CssSelector("section.receipt a.button"), "/bangkha/borrow/track/" + browser.Driver.FindElement(By.Id("tracking-code")).Text);
            walk.Check("borrow-status");
            browser.Driver.FindElement(By.CssSelector("details.withdraw > summary")).Click();
            walk.Check("borrow-status-withdraw");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยันยกเลิกคำขอยืม"));
            Assert.Equal("ยกเลิกคำขอ", browser.Driver.FindElement(By.Id("loan-status")).Text);

            browser.Open(App.Url("/staff/signin"));
            walk.Check("staff-signin");

            walk.AssertNoProblems();
        });
    }

    /// <summary>The back office, signed in as the demo's OrgAdmin + Executive; pages that need an id are reached by their links.</summary>
    [Fact]
    public void Staff_pages_have_no_serious_or_critical_wcag_violations()
    {
        WithBrowser("axe-staff", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-staff");
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);

            foreach (var (path, page) in new[]
                     {
                         ("/staff/bangkha", "dashboard"), ("/staff/bangkha/departments", "departments"),
                         ("/staff/bangkha/staff", "staff"), ("/staff/bangkha/profile", "profile"),
                         ("/staff/bangkha/executives", "executives"), ("/staff/bangkha/audit", "audit"),
                         ("/staff/bangkha/gifts", "gifts"), ("/staff/bangkha/posters", "posters"),
                         ("/staff/bangkha/documents/manuals", "manuals"),
                     })
            {
                browser.Open(App.Url(path));
                Assert.Equal(path, browser.Url.AbsolutePath);
                walk.Check(page);
            }

            // Measures: plans → plan editor → a measure → one of its steps; import and its preview.
            browser.Open(App.Url("/staff/bangkha/measures"));
            walk.Check("measures-plans");
            Follow(browser, By.LinkText("2567"), "/staff/bangkha/measures/2567");
            Assert.NotEmpty(browser.Driver.FindElements(By.XPath("//a[contains(., 'อนุมัติและเผยแพร่')]")));
            walk.Check("measures-plan-editor");
            FollowFirst(browser, "main table a[href*='/measures/2567/measure/']");
            walk.Check("measures-measure-progress");
            var progressPath = browser.Url.AbsolutePath;
            FollowFirst(browser, "nav.tabs a:not([aria-current])");
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main form textarea")));
            walk.Check("measures-measure-edit");
            FollowFirst(browser, $"nav.tabs a[href='{progressPath}']");
            FollowFirst(browser, "main ol a[href*='/measures/step/']");
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main input[type=file]")));
            walk.Check("measures-step-progress");

            browser.Open(App.Url("/staff/bangkha/measures"));
            Follow(browser, By.CssSelector("main a[href='/staff/bangkha/measures/import']"), "/staff/bangkha/measures/import");
            walk.Check("measures-import");
            // The preview saves nothing: the seed report for another fiscal year.
            browser.Driver.FindElement(By.CssSelector("input[type=file][name=Upload]")).SendKeys(AppCommands.SeedReportPath);
            var year = browser.Driver.FindElement(By.Name("FiscalYear"));
            year.Clear();
            year.SendKeys("2568");
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบไฟล์"));
            Assert.Equal(5, browser.Driver.FindElements(By.CssSelector("main table tbody tr")).Count);
            walk.Check("measures-import-preview");

            // Documents: list → edit an existing one; a new one; the about/policy pages editor.
            browser.Open(App.Url("/staff/bangkha/documents"));
            walk.Check("documents");
            FollowFirst(browser, "main a[href^='/staff/bangkha/documents/edit/']");
            Assert.NotEmpty(browser.Driver.FindElements(By.Id("files")));
            walk.Check("document-edit");
            browser.Open(App.Url("/staff/bangkha/documents/edit"));
            walk.Check("document-new");
            browser.Open(App.Url("/staff/bangkha/pages"));
            walk.Check("pages");

            // Requests: the queue (demo samples), one request, statistics, settings.
            browser.Open(App.Url("/staff/bangkha/requests"));
            walk.Check("requests");
            FollowFirst(browser, "main table a[href^='/staff/bangkha/requests/']");
            walk.Check("request");
            browser.Open(App.Url("/staff/bangkha/requests/statistics?year=2567"));
            walk.Check("requests-statistics");
            browser.Open(App.Url("/staff/bangkha/requests/settings"));
            walk.Check("requests-settings");

            // The service statistics: the year with its services, a month's form and a service's form.
            browser.Open(App.Url("/staff/bangkha/service-statistics"));
            walk.Check("service-statistics");
            FollowFirst(browser, "main a[href^='/staff/bangkha/service-statistics/month/']");
            walk.Check("service-statistics-month");
            browser.Open(App.Url("/staff/bangkha/service-statistics"));
            FollowFirst(browser, "main a[href^='/staff/bangkha/service-statistics/services/']");
            walk.Check("service-statistics-service");
            // The import of a year from a spreadsheet, and its preview (nothing is saved without the confirmation).
            browser.Open(App.Url("/staff/bangkha/service-statistics"));
            FollowFirst(browser, "main a[href^='/staff/bangkha/service-statistics/import/']");
            walk.Check("service-statistics-import");
            var figures = Path.Combine(Path.GetTempPath(), $"service-statistics-{Guid.NewGuid():N}.csv");
            File.WriteAllText(figures, "\uFEFFงานบริการ,ต.ค.,พ.ย.,รวม\r\nรับชำระภาษีที่ดินและสิ่งปลูกสร้าง,1,2,4\r\nบริการที่ยังไม่มีในรายการ,5,,5\r\n");
            browser.Driver.FindElement(By.CssSelector("input[type=file][name=Upload]")).SendKeys(figures);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบก่อนนำเข้า"));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main table tbody tr")));
            walk.Check("service-statistics-import-preview");
            File.Delete(figures);

            walk.AssertNoProblems();
        });
    }

    /// <summary>
    /// The current tab of a year's budget reports keeps the dark ring of the focus style when reached with Tab: its own
    /// shadow (the blue line on top) replaced it, leaving the faint yellow outline on white.
    /// </summary>
    [Fact]
    public void The_current_tab_keeps_the_dark_focus_ring()
    {
        WithBrowser("focus-current-tab", Browser.Desktop, browser =>
        {
            browser.Open(App.Url("/bangkha/budget"));
            FollowFirst(browser, "main a[href^='/bangkha/budget/2']");
            var current = browser.Driver.FindElement(By.CssSelector("nav.tabs a[aria-current='page']"));
            var before = browser.Driver.FindElement(By.CssSelector("nav.breadcrumbs a"));
            browser.Script<object>("arguments[0].focus(); return null;", before);
            browser.ActiveElement.SendKeys(Keys.Tab);
            Assert.True(current.Equals(browser.ActiveElement), $"Tab after the breadcrumb reached {browser.ActiveElement.Text}, not the current tab");
            Assert.True(browser.Script<bool>("return arguments[0].matches(':focus-visible');", current));
            var shadow = browser.Script<string>("return getComputedStyle(arguments[0]).boxShadow;", current)!;
            Assert.Contains("rgb(27, 27, 27) 0px 0px 0px 5px", shadow, StringComparison.Ordinal);
            Assert.Contains("inset", shadow, StringComparison.Ordinal); // the tab still shows it is the current one
        });
    }

    private static void FollowFirst(Browser browser, string cssSelector)
    {
        var link = browser.Driver.FindElements(By.CssSelector(cssSelector)).FirstOrDefault()
                   ?? throw new Xunit.Sdk.XunitException($"no link {cssSelector} on {browser.Url}");
        var path = new Uri(link.GetDomProperty("href")!).AbsolutePath;
        Follow(browser, By.CssSelector($"{cssSelector}[href='{path}']"), path);
    }

    [GeneratedRegex("^/bangkha/documents/[0-9]+$")]
    private static partial Regex DocumentPath();
}
