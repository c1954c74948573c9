using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA rules; serious or critical fails) on the measures pages, public and staff.</summary>
[Collection(AppCollection.Name)]
public sealed class MeasuresAccessibilityTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/bangkha/measures", 1366, 768)]
    [InlineData("/bangkha/measures", 360, 740)]
    [InlineData("/bangkha/measures/2567", 1366, 768)]
    [InlineData("/bangkha/measures/2567", 360, 740)]
    public void Public_measures_page_has_no_serious_or_critical_wcag_violations(string path, int width, int height)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"axe{path.Replace('/', '-')}-{width}x{height}");
        WithBrowser(name, new Size(width, height), browser =>
        {
            browser.Open(App.Url(path));
            Assert.Equal(path, browser.Url.AbsolutePath);
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main h1")));
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), string.Create(CultureInfo.InvariantCulture, $"{path} at {width}×{height}"));
        });
    }

    /// <summary>The staff pages, reached by their links from the plans list, signed in as the demo's OrgAdmin + Executive.</summary>
    [Theory]
    [InlineData("plans")]
    [InlineData("plan-editor")]
    [InlineData("measure-edit")]
    [InlineData("step-progress")]
    [InlineData("import")]
    [InlineData("import-preview")]
    public void Staff_measures_page_has_no_serious_or_critical_wcag_violations(string page)
    {
        var name = "axe-staff-measures-" + page;
        WithBrowser(name, Browser.Desktop, browser =>
        {
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);
            browser.Open(App.Url("/staff/bangkha/measures"));
            switch (page)
            {
                case "plans":
                    break;
                case "plan-editor":
                    Follow(browser, By.LinkText("2567"), "/staff/bangkha/measures/2567");
                    Assert.NotEmpty(browser.Driver.FindElements(By.XPath("//button[contains(., 'อนุมัติและเผยแพร่')]")));
                    break;
                case "measure-edit":
                    Follow(browser, By.LinkText("2567"), "/staff/bangkha/measures/2567");
                    FollowFirst(browser, "main table a[href*='/measures/2567/measure/']");
                    Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main form textarea")));
                    break;
                case "step-progress":
                    Follow(browser, By.LinkText("2567"), "/staff/bangkha/measures/2567");
                    FollowFirst(browser, "main table a[href*='/measures/2567/measure/']");
                    FollowFirst(browser, "main ol a[href*='/measures/step/']");
                    Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main input[type=file]")));
                    break;
                case "import":
                case "import-preview":
                    Follow(browser, By.CssSelector("main a[href='/staff/bangkha/measures/import']"), "/staff/bangkha/measures/import");
                    if (page == "import-preview")
                    {
                        // The preview saves nothing: the seed report for another fiscal year.
                        browser.Driver.FindElement(By.CssSelector("input[type=file][name=Upload]")).SendKeys(AppCommands.SeedReportPath);
                        var year = browser.Driver.FindElement(By.Name("FiscalYear"));
                        year.Clear();
                        year.SendKeys("2568");
                        ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบไฟล์"));
                        Assert.Equal(5, browser.Driver.FindElements(By.CssSelector("main table tbody tr")).Count);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(page), page, null);
            }

            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), $"{page} ({browser.Url.PathAndQuery})");
            browser.SaveScreenshot(name);
        });
    }

    private static void FollowFirst(Browser browser, string cssSelector)
    {
        var link = browser.Driver.FindElements(By.CssSelector(cssSelector)).FirstOrDefault()
                   ?? throw new Xunit.Sdk.XunitException($"no link {cssSelector} on {browser.Url}");
        var path = new Uri(link.GetDomProperty("href")!).AbsolutePath;
        Follow(browser, By.CssSelector($"{cssSelector}[href='{path}']"), path);
    }
}
