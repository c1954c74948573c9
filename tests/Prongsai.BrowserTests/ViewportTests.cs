using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// Journey 4: the public pages at a phone's 360×740 and a laptop's 1366×768 — no sideways scrolling (WCAG 1.4.10),
/// the key text rendered inside the viewport's width; a screenshot of each.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ViewportTests(AppServer app) : BrowserTest(app)
{
    public static TheoryData<string, int, int> Pages => new()
    {
        { "/bangkha/", 360, 740 },
        { "/bangkha/", 1366, 768 },
        { "/bangkha/measures/2567", 360, 740 },
        { "/bangkha/measures/2567", 1366, 768 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_fits_the_viewport_and_shows_its_key_text(string path, int width, int height)
    {
        var kind = path.EndsWith("/2567", StringComparison.Ordinal) ? "report" : "home";
        var name = string.Create(CultureInfo.InvariantCulture, $"viewport-{kind}-{width}x{height}");
        WithBrowser(name, new Size(width, height), browser =>
        {
            browser.Open(App.Url(path));
            Assert.Equal(new Size(width, height), browser.Viewport);

            var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide in a {width} px viewport: it scrolls sideways");

            var h1 = browser.Driver.FindElement(By.CssSelector("main h1"));
            AssertReadable(browser, h1, "the page heading");
            if (kind == "home")
            {
                Assert.Contains(Squeeze(AppServer.OrganisationName), Squeeze(h1.Text), StringComparison.Ordinal);
                AssertReadable(browser, browser.Driver.FindElement(By.CssSelector("main a[href='/bangkha/measures']")), "the link to the measures report");
            }
            else
            {
                Assert.Contains("บางคา", h1.Text, StringComparison.Ordinal);
                var rows = browser.Driver.FindElements(By.CssSelector(".report-table tbody tr"));
                Assert.Equal(5, rows.Count);
                var first = rows[0].FindElements(By.TagName("td"));
                Assert.Contains("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน", first[0].Text, StringComparison.Ordinal);
                foreach (var cell in first)
                {
                    AssertReadable(browser, cell, $"cell \"{cell.GetDomAttribute("data-label")}\" of the first measure");
                }

                var headerShown = browser.Driver.FindElement(By.CssSelector(".report-table thead")).Size.Width > 1;
                var label = browser.Script<string>(
                    "return getComputedStyle(arguments[0], '::before').content;", first[1]);
                if (width < 760)
                {
                    // Stacked cards: each cell carries its column's name, the table header is out of sight.
                    Assert.False(headerShown, "the table header is shown on a phone");
                    Assert.Contains("ขั้นตอน/วิธีการดำเนินการ", label, StringComparison.Ordinal);
                    Assert.True(first[1].Location.Y > first[0].Location.Y, "the cells of a measure are not stacked");
                }
                else
                {
                    Assert.True(headerShown, "the six-column table has no visible header on a desktop");
                    Assert.Equal(first[0].Location.Y, first[1].Location.Y);
                }

                AssertReadable(browser, browser.Driver.FindElement(By.LinkText("Word (DOCX)")), "the DOCX download link");
            }

            browser.SaveScreenshot(name);
        });
    }

    /// <summary>Displayed, with a non-empty size, entirely within the viewport's width.</summary>
    private static void AssertReadable(Browser browser, IWebElement element, string what)
    {
        Assert.True(element.Displayed, $"{what} is not displayed");
        var box = browser.Script<IReadOnlyDictionary<string, object>>(
            "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width, height: r.height};", element)!;
        double Get(string key) => Convert.ToDouble(box[key], CultureInfo.InvariantCulture);
        Assert.True(Get("width") > 0 && Get("height") > 0, $"{what} has no size");
        var viewport = browser.Viewport.Width;
        Assert.True(Get("left") >= 0 && Get("right") <= viewport + 0.5,
            $"{what} spans {Get("left"):0}–{Get("right"):0} px, outside the {viewport} px viewport");
    }
}
