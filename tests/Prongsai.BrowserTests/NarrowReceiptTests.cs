using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The tracking code on a receipt stays inside it on a 320 px phone and on a 360 px phone with text at 200 %: it wraps
/// after its hyphens rather than run out of the box (a line may not break before "-2HFA" by itself), and what is
/// selected and copied is still the code, without a line break.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NarrowReceiptTests(AppServer app) : BrowserTest(app)
{
    [Fact]
    public void The_tracking_code_wraps_at_its_hyphens_inside_the_receipt_at_320_px_and_at_200_percent_text()
    {
        WithBrowser("receipt-narrow", new Size(320, 640), browser =>
        {
            browser.Open(App.Url("/bangkha/qa"));
            browser.Driver.FindElement(By.Id("Subject")).SendKeys("ศูนย์พัฒนาเด็กเล็กเปิดรับสมัครเมื่อไร");
            browser.Driver.FindElement(By.Id("Details")).SendKeys("อยากทราบวันรับสมัครและเอกสารที่ต้องใช้");
            foreach (var box in new[] { "Form.Anonymous", "Form.AcceptsPrivacyNotice" })
            {
                var input = browser.Driver.FindElement(By.CssSelector($"input[name='{box}']"));
                ScrollIntoView(browser, input);
                input.Click();
            }

            ClickAndWaitForNextPage(browser, Button(browser, "ส่งคำถาม"));
            var code = browser.Driver.FindElement(By.Id("tracking-code"));
            Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code.Text);
            AssertInside(browser, "at 320 px");

            browser.SetViewport(new Size(360, 740));
            browser.Script<object>("document.documentElement.style.fontSize = '200%'; return null;");
            AssertInside(browser, "at 360 px with text at 200 %");
            Assert.True(browser.Script<long>("return arguments[0].getClientRects().length;", code) >= 1);
            var lines = browser.Script<long>(
                "var r = document.createRange(); r.selectNodeContents(arguments[0]); return new Set([...r.getClientRects()].map(c => Math.round(c.top))).size;", code);
            Assert.True(lines > 1, "at 200 % the code did not wrap: the test does not reach the case it is for");

            var copied = browser.Script<string>(
                "var s = getSelection(); s.removeAllRanges(); s.selectAllChildren(arguments[0]); return s.toString();", code);
            Assert.Equal(code.Text, copied);
        });
    }

    /// <summary>The code's box lies within the receipt's, and the page does not scroll sideways.</summary>
    private static void AssertInside(Browser browser, string when)
    {
        var edges = browser.Script<IReadOnlyList<object>>(
            """
            var c = document.getElementById('tracking-code').getBoundingClientRect(), r = document.querySelector('section.receipt').getBoundingClientRect();
            return [c.left, c.right, r.left, r.right, document.documentElement.scrollWidth, innerWidth];
            """)!.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList();
        Assert.True(edges[0] >= edges[2] - 0.5 && edges[1] <= edges[3] + 0.5,
            $"{when}: the code spans {edges[0]:0}–{edges[1]:0} px, outside its receipt ({edges[2]:0}–{edges[3]:0} px)");
        Assert.True(edges[4] <= edges[5], $"{when}: the page is {edges[4]:0} px wide in a {edges[5]:0} px viewport");
    }
}
