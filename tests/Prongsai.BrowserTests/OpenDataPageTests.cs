using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The open-data catalog page of the demo, reached from the footer link as a citizen would, at a phone's 360×740 and a
/// laptop's 1366×768: the measures report's dataset with its licence and formats, no sideways scrolling, axe clean
/// (no serious or critical WCAG violation); screenshots open-data-360x740.png and open-data-1366x768.png.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OpenDataPageTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1366, 768)]
    public void The_data_catalog_is_reached_from_the_footer_and_fits_a_phone(int width, int height)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        WithBrowser("open-data-" + size, new Size(width, height), browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            var link = browser.Driver.FindElement(By.CssSelector("footer a[href='/bangkha/data']"));
            ScrollIntoView(browser, link);
            Follow(browser, By.CssSelector("footer a[href='/bangkha/data']"), "/bangkha/data");

            Assert.Equal("ข้อมูลเปิด", browser.Driver.FindElement(By.CssSelector("main h1")).Text);
            var text = Squeeze(browser.BodyText);
            Assert.Contains(Squeeze("ปีงบประมาณ พ.ศ. 2567"), text, StringComparison.Ordinal);
            Assert.Contains("CCBY4.0", text, StringComparison.Ordinal);
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main a[href='/api/v1/orgs/bangkha/measures/2567']")));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main a[href='/bangkha/data/catalog.jsonld']")));

            var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
            Assert.True(scrollWidth <= width, $"/bangkha/data is {scrollWidth} px wide in a {width} px viewport: it scrolls sideways");

            var walk = new AxeWalk(browser, "axe-" + size);
            walk.Check("open-data");
            walk.AssertNoProblems();
            browser.SaveFullPageScreenshot("open-data-" + size);
        });
    }
}
