using System.Drawing;
using System.Globalization;

namespace Prongsai.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/bangkha/", 1366, 768)]
    [InlineData("/bangkha/", 360, 740)]
    [InlineData("/staff/signin", 1366, 768)]
    [InlineData("/staff/signin", 360, 740)]
    public void Page_has_no_serious_or_critical_wcag_violations(string path, int width, int height)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"axe{path.Replace('/', '-')}-{width}x{height}");
        WithBrowser(name, new Size(width, height), browser =>
        {
            browser.Open(App.Url(path));
            var violations = Axe.Run(browser.Driver);
            Axe.AssertNoSeriousViolations(violations, string.Create(CultureInfo.InvariantCulture, $"{path} at {width}×{height}"));
        });
    }
}
