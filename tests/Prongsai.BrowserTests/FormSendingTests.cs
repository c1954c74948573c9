using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// forms.js: a sent form's buttons are disabled and say it is sending, and come back when the page is shown again
/// (back/forward cache); a changed staff form asks before the page is left, but not while it is the one being sent.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FormSendingTests(AppServer app) : BrowserTest(app)
{
    [Fact]
    public void A_sent_form_disables_its_button_until_the_page_is_shown_again()
    {
        WithBrowser("form-sending", Browser.Phone, browser =>
        {
            browser.Open(App.Url("/bangkha/qa"));
            var form = browser.Driver.FindElement(By.Name("Form.Subject")).FindElement(By.XPath("./ancestor::form"));
            var button = form.FindElement(By.CssSelector("button[type=submit], input[type=submit]"));
            var label = button.Text;
            Assert.Null(button.GetDomAttribute("aria-disabled"));

            // The answer goes to a frame of its own, so this page stays to be looked at after the click.
            browser.Script<object>(
                "var f = document.createElement('iframe'); f.name = 'answer'; f.title = 'answer'; document.body.appendChild(f);" +
                "arguments[0].target = 'answer'; arguments[0].noValidate = true;", form);
            browser.Driver.FindElement(By.Name("Form.Subject")).SendKeys("ส่งแล้วรอ");
            button.Click();

            browser.WaitUntil(_ => button.GetDomProperty("disabled") == "True" || button.GetDomProperty("disabled") == "true",
                TimeSpan.FromSeconds(10), "the button was not disabled after sending");
            Assert.Equal("true", button.GetDomAttribute("aria-disabled"));
            Assert.Contains("กำลังส่ง", button.Text, StringComparison.Ordinal);

            // Shown again from the back/forward cache: usable, with its own label.
            browser.Script<object>("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
            Assert.Null(button.GetDomAttribute("aria-disabled"));
            Assert.True(button.Enabled);
            Assert.Equal(label, button.Text);
        });
    }

    [Fact]
    public void A_changed_staff_form_asks_before_leaving_but_not_while_it_is_sent()
    {
        WithBrowser("form-leave-warning", Browser.Desktop, browser =>
        {
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);
            browser.Open(App.Url("/staff/bangkha/circulars/new"));
            const string WouldAsk = "var e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented;";
            Assert.False(browser.Script<bool>(WouldAsk));

            browser.Driver.FindElement(By.Name("Input.Title")).SendKeys("ร่างที่ยังไม่ส่ง");
            Assert.True(browser.Script<bool>(WouldAsk));

            // Sending it is not leaving it.
            const string SendTitleForm = "document.querySelector('[name=\"Input.Title\"]').form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));";
            browser.Script<object>(SendTitleForm);
            Assert.False(browser.Script<bool>(WouldAsk));

            // But on a page of several forms, sending one leaves the text typed in another: that still asks.
            browser.Script<object>(
                "var f = document.createElement('form'); f.method = 'post'; var t = document.createElement('textarea'); t.name = 'Answer';" +
                "t.setAttribute('aria-label', 'answer'); f.appendChild(t); document.querySelector('main').appendChild(f);");
            browser.Driver.FindElement(By.Name("Answer")).SendKeys("คำตอบที่พิมพ์ไว้ยาว ๆ");
            browser.Script<object>(SendTitleForm);
            Assert.True(browser.Script<bool>(WouldAsk));
        });
    }
}
