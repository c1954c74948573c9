using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// Journey 4: the portal home, a document page and the measures report at a phone's 360×740 and a laptop's 1366×768 — no sideways scrolling (WCAG 1.4.10),
/// the key text rendered inside the viewport's width; a screenshot of each.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ViewportTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1366, 768)]
    public void Home_document_and_report_pages_fit_the_viewport_and_show_their_key_text(int width, int height)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        WithBrowser("viewport-" + size, new Size(width, height), browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            CheckPage(browser, "home", width, height);

            // A demo document with an attachment, found from the document list.
            browser.Open(App.Url("/bangkha/documents"));
            var documents = browser.Driver.FindElements(By.CssSelector("main a[href^='/bangkha/documents/']"))
                .Select(a => new Uri(a.GetDomProperty("href")!).AbsolutePath)
                .Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^/bangkha/documents/[0-9]+$"))
                .Distinct().ToList();
            Assert.NotEmpty(documents);
            foreach (var document in documents.Take(6))
            {
                browser.Open(App.Url(document));
                if (browser.Driver.FindElements(By.CssSelector("main ul.files a")).Count > 0)
                {
                    break;
                }
            }

            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main ul.files a")));
            CheckPage(browser, "document", width, height);

            browser.Open(App.Url("/bangkha/measures/2567"));
            CheckPage(browser, "report", width, height);
        });
    }

    /// <summary>
    /// A villager's first phone screen (360×640): the complaint form and the Q&amp;A are there on the home page, above the
    /// welcome text; the place name in the heading is not split across lines; a document's file is there too. With the
    /// text enlarged to 150 % (a low-vision reader's setting), no public list page scrolls sideways.
    /// </summary>
    [Fact]
    public void The_first_phone_screen_shows_the_services_and_a_documents_file_and_large_text_never_widens_a_page()
    {
        const int Screen = 640;
        WithBrowser("phone-first-screen", new Size(360, Screen), browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            foreach (var service in new[] { "complaints", "qa" })
            {
                var link = browser.Driver.FindElement(By.CssSelector($"main a[href='/bangkha/{service}']"));
                var bottom = link.Location.Y + link.Size.Height;
                Assert.True(bottom <= Screen, $"the {service} link ends at {bottom} px, below the first screen");
            }

            var place = browser.Driver.FindElement(By.CssSelector("main h1 .place"));
            Assert.Equal("บางคา", place.Text.Trim());
            Assert.Equal(1L, browser.Script<long>("return arguments[0].getClientRects().length;", place));

            browser.Open(App.Url("/bangkha/documents?category=work-manuals"));
            var withFile = browser.Driver.FindElements(By.CssSelector("main a[href^='/bangkha/documents/']"))
                .Select(a => new Uri(a.GetDomProperty("href")!).AbsolutePath)
                .Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^/bangkha/documents/[0-9]+$"))
                .Distinct().ToList();
            var found = false;
            foreach (var document in withFile)
            {
                browser.Open(App.Url(document));
                var files = browser.Driver.FindElements(By.CssSelector("main ul.files a"));
                if (files.Count > 0)
                {
                    var bottom = files[0].Location.Y + files[0].Size.Height;
                    Assert.True(bottom <= Screen, $"{document}: the first file ends at {bottom} px, below the first screen");
                    found = true;
                    break;
                }
            }

            Assert.True(found, "no demo manual with a file");

            foreach (var path in new[] { "/bangkha/", "/bangkha/measures", "/bangkha/budget", "/bangkha/procurement", "/bangkha/documents" })
            {
                browser.Open(App.Url(path));
                var width = browser.Script<long>("document.documentElement.style.fontSize = '150%'; return document.documentElement.scrollWidth;");
                Assert.True(width <= 360, $"{path} is {width} px wide with text at 150 %: it scrolls sideways");
            }
        });
    }

    /// <summary>
    /// The filter forms of the documents and search pages (fields of 12rem side by side) fit a 360 px phone with text
    /// enlarged to 200 %: each field is at most the row's width, so nothing scrolls sideways (WCAG 1.4.4, 1.4.10).
    /// </summary>
    [Fact]
    public void Filter_forms_fit_a_phone_with_text_at_200_percent()
    {
        WithBrowser("filters-200", new Size(360, 740), browser =>
        {
            foreach (var path in new[] { "/bangkha/documents", "/bangkha/search?q=" + Uri.EscapeDataString("คู่มือ") })
            {
                browser.Open(App.Url(path));
                Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main .filters .field")));
                var width = browser.Script<long>("document.documentElement.style.fontSize = '200%'; return document.documentElement.scrollWidth;");
                var wide = browser.Script<string>(
                    "return [...document.querySelectorAll('main .filters *')].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5).map(e => e.tagName + '.' + e.className).join(', ');");
                Assert.True(width <= 360, $"{path} is {width} px wide with text at 200 %: it scrolls sideways ({wide})");
            }
        });
    }

    private static void CheckPage(Browser browser, string kind, int width, int height)
    {
        var path = browser.Url.AbsolutePath;
        Assert.Equal(new Size(width, height), browser.Viewport);

        var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
        Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide in a {width} px viewport: it scrolls sideways");

        var h1 = browser.Driver.FindElement(By.CssSelector("main h1"));
        AssertReadable(browser, h1, "the page heading");
        if (kind == "document")
        {
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main dl.facts")));
            AssertReadable(browser, browser.Driver.FindElement(By.CssSelector("main dl.facts")), "the document's facts");
            foreach (var file in browser.Driver.FindElements(By.CssSelector("main ul.files a")))
            {
                AssertReadable(browser, file, $"the attachment link {file.Text}");
            }
        }
        else if (kind == "home")
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

            AssertReadable(browser, browser.Driver.FindElement(By.PartialLinkText("Word")), "the DOCX download link");
        }

        browser.SaveScreenshot(string.Create(CultureInfo.InvariantCulture, $"viewport-{kind}-{width}x{height}"));
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
