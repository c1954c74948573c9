using System.Globalization;

namespace Prongsai.BrowserTests;

/// <summary>axe-core (WCAG 2.1 A/AA rules) on the back-office pages, signed in as the demo administrator.</summary>
[Collection(AppCollection.Name)]
public sealed class StaffAccessibilityTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/staff/bangkha")]
    [InlineData("/staff/bangkha/departments")]
    [InlineData("/staff/bangkha/staff")]
    [InlineData("/staff/bangkha/profile")]
    [InlineData("/staff/bangkha/executives")]
    [InlineData("/staff/bangkha/audit")]
    public void Staff_page_has_no_serious_or_critical_wcag_violations(string path)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"axe{path.Replace('/', '-')}");
        WithBrowser(name, Browser.Desktop, browser =>
        {
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);
            browser.Open(App.Url(path));
            Assert.Equal(path, browser.Url.AbsolutePath);
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), path);
            browser.SaveScreenshot(name);
        });
    }
}
