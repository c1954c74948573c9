using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The confirmation pages (delete a measure, delete a department, approve and publish) and the trash, reached by
/// their links as a person would, at a phone's 360×740 and a laptop's 1366×768: no sideways scrolling, the item
/// named, the confirm button inside the viewport, and no axe violation. Nothing is confirmed: GET changes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConfirmationPagesTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1366, 768)]
    public void Confirmation_pages_and_the_trash_fit_the_viewport_and_pass_axe(int width, int height)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        WithBrowser("confirmations-" + size, new Size(width, height), browser =>
        {
            var walk = new AxeWalk(browser, "axe-confirmations-" + size);
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);

            browser.Open(App.Url("/staff/bangkha/measures/2567"));
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.CssSelector("main table a.danger[href$='/delete']")));
            Assert.EndsWith("/delete", browser.Url.AbsolutePath, StringComparison.Ordinal);
            Check(browser, width, "ยืนยันการลบมาตรการ", "ไปถังขยะ");
            walk.Check("measure-delete-confirm-" + size);

            browser.Open(App.Url("/staff/bangkha/measures/2567"));
            Follow(browser, By.LinkText("อนุมัติและเผยแพร่ฉบับใหม่"), "/staff/bangkha/measures/2567/publish");
            Check(browser, width, "ยืนยันการอนุมัติและเผยแพร่รายงาน", "ยืนยัน อนุมัติและเผยแพร่ฉบับที่");
            walk.Check("publish-confirm-" + size);

            browser.Open(App.Url("/staff/bangkha/departments"));
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.CssSelector("main table a.danger[href$='/delete']")));
            Assert.EndsWith("/delete", browser.Url.AbsolutePath, StringComparison.Ordinal);
            // The demo's first department is named by measures and documents: it is retired, not deleted.
            Check(browser, width, "ยืนยันการเลิกใช้ส่วนราชการ", "เลิกใช้ส่วนราชการ");
            walk.Check("department-retire-confirm-" + size);

            browser.Open(App.Url("/staff/bangkha/trash"));
            Assert.Contains("ถังขยะ", browser.Driver.FindElement(By.CssSelector("main h1")).Text, StringComparison.Ordinal);
            AssertFits(browser, width);
            browser.SaveScreenshot("trash-" + size);
            walk.Check("trash-" + size);

            walk.AssertNoProblems();
        });
    }

    private static void Check(Browser browser, int width, string heading, string buttonText)
    {
        Assert.Contains(heading, browser.Driver.FindElement(By.CssSelector("main h1")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(browser.Driver.FindElement(By.CssSelector("main #confirm-item")).Text);
        var button = browser.Driver.FindElement(By.CssSelector("main form.confirm-actions button[type=submit]"));
        Assert.Contains(buttonText, button.Text, StringComparison.Ordinal);
        var right = browser.Script<long>("var r = arguments[0].getBoundingClientRect(); return Math.ceil(r.right);", button);
        Assert.True(right <= width, $"the confirm button ends at {right} px in a {width} px viewport");
        AssertFits(browser, width);
        browser.SaveScreenshot($"{browser.Url.AbsolutePath.Trim('/').Replace('/', '-')}-{width}");
    }

    private static void AssertFits(Browser browser, int width)
    {
        var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
        Assert.True(scrollWidth <= width, $"{browser.Url.AbsolutePath} is {scrollWidth} px wide in a {width} px viewport: it scrolls sideways");
    }
}
