using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The answer to a public form sent from a phone (390×844) is in view and has the focus when the page loads: the
/// refusal's summary of the Q&amp;A form (below the published answers), the receipt, and on the request's status page
/// (a long page of steps and messages) the refusal and "ส่งข้อความแล้ว". Before, they were a screen or two down with
/// the focus left at the top of the page; the window's title says which answer it is. The summary's links lead into
/// the fields.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FormAnswerFocusTests(AppServer app) : BrowserTest(app)
{
    private static readonly Size IPhone = new(390, 844);

    [Fact]
    public void A_refused_or_sent_question_and_message_are_in_view_with_the_focus()
    {
        WithBrowser("form-answer-focus", IPhone, browser =>
        {
            browser.Open(App.Url("/bangkha/qa"));
            Send(browser, "ส่งคำถาม");
            var summary = AssertFocusedInView(browser, "div.alert.error[role=alert]", "the Q&A form's refusal");
            Assert.StartsWith("ข้อผิดพลาด: ", browser.Driver.Title, StringComparison.Ordinal);
            Assert.Equal("outcome", new Uri(browser.Driver.Url).Fragment.TrimStart('#'));

            // The summary's first link puts the focus in the field itself, ready to type, with its label in view.
            summary.FindElement(By.CssSelector("a")).Click();
            browser.WaitUntil(_ => browser.ActiveElement.GetDomAttribute("id") == "Subject", message: "the summary's link did not put the focus in the field");
            var label = browser.Driver.FindElement(By.CssSelector("label[for=Subject]"));
            var labelTop = Convert.ToDouble(browser.Script<object>("return arguments[0].getBoundingClientRect().top;", label), CultureInfo.InvariantCulture);
            Assert.True(labelTop >= 0, $"the field's label is above the screen ({labelTop:0} px)");

            browser.Driver.FindElement(By.Id("Subject")).SendKeys("ขอทราบกำหนดการเก็บขยะในหมู่ 2");
            browser.Driver.FindElement(By.Id("Details")).SendKeys("รถเก็บขยะมาวันไหนบ้าง");
            Click(browser, browser.Driver.FindElement(By.CssSelector("input[name='Form.Anonymous']")));
            Click(browser, browser.Driver.FindElement(By.CssSelector("input[name='Form.AcceptsPrivacyNotice']")));
            Send(browser, "ส่งคำถาม");
            AssertFocusedInView(browser, "section.receipt", "the receipt");
            Assert.StartsWith("ส่งคำถามแล้ว: ", browser.Driver.Title, StringComparison.Ordinal);
            var code = browser.Driver.FindElement(By.Id("tracking-code")).Text;

            browser.Open(App.Url("/bangkha/track/" + code));
            Send(browser, "ส่งข้อความ");
            AssertFocusedInView(browser, "div.alert.error[role=alert]", "the message form's refusal");
            browser.Driver.FindElement(By.Id("text")).SendKeys("ขอบคุณครับ รอคำตอบอยู่");
            Send(browser, "ส่งข้อความ");
            var sent = AssertFocusedInView(browser, "p.alert.success[role=status]", "\"ส่งข้อความแล้ว\"");
            Assert.Equal("ส่งข้อความแล้ว", sent.Text.Trim());
            Assert.StartsWith("ส่งข้อความแล้ว: ", browser.Driver.Title, StringComparison.Ordinal);
        });
    }

    private static void Click(Browser browser, IWebElement element)
    {
        ScrollIntoView(browser, element);
        element.Click();
    }

    private static void Send(Browser browser, string button) => ClickAndWaitForNextPage(browser, Button(browser, button));

    /// <summary>The one element of <paramref name="selector"/> has the focus and is within the first screen.</summary>
    private static IWebElement AssertFocusedInView(Browser browser, string selector, string what)
    {
        var element = Assert.Single(browser.Driver.FindElements(By.CssSelector("main " + selector)));
        Assert.True(element.Equals(browser.ActiveElement), $"{what} does not have the focus: {browser.ActiveElement.TagName}#{browser.ActiveElement.GetDomAttribute("id")} has");
        var box = browser.Script<IReadOnlyList<object>>("var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom];", element)!;
        var top = Convert.ToDouble(box[0], CultureInfo.InvariantCulture);
        Assert.True(top >= 0 && top < browser.Viewport.Height - 40, $"{what} starts at {top:0} px, outside the {browser.Viewport.Height} px screen");
        return element;
    }
}
