using System.Drawing;
using System.Globalization;

namespace Prongsai.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class CitizenHomeTests(AppServer app) : BrowserTest(app)
{
    public static TheoryData<int, int> Viewports => new() { { 1366, 768 }, { 360, 740 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public void Citizen_opens_the_home_page_and_sees_the_organisation_name(int width, int height)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bangkha-home-{width}x{height}");
        WithBrowser(name, new Size(width, height), browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            Assert.Equal(new Size(width, height), browser.Viewport);

            var screenshot = browser.SaveFullPageScreenshot(name);
            Assert.True(new FileInfo(screenshot).Length > 0, $"empty screenshot {screenshot}");

            Assert.Contains(Squeeze(AppServer.OrganisationName), Squeeze(browser.BodyText), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Home_page_fits_a_phone_screen_without_sideways_scrolling()
    {
        WithBrowser("bangkha-home-reflow-360", Browser.Phone, browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            var widths = browser.Script<IReadOnlyList<object>>(
                "return [document.documentElement.scrollWidth, window.innerWidth];")!;
            var scrollWidth = Convert.ToInt32(widths[0], CultureInfo.InvariantCulture);
            var viewportWidth = Convert.ToInt32(widths[1], CultureInfo.InvariantCulture);
            Assert.True(scrollWidth <= viewportWidth,
                $"the page is {scrollWidth} px wide in a {viewportWidth} px viewport (WCAG 1.4.10 reflow)");
        });
    }
}
