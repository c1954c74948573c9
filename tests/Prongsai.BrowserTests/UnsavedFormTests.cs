using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// A clerk's typed progress report when the form is not taken: after an expired page, the browser's Back brings the
/// พ.ศ. date back as typed (not today's date); after a sign-out on another device, the page that answers shows the text,
/// signing in happens in a new tab, and "ส่งข้อมูลอีกครั้ง" saves it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UnsavedFormTests(AppServer app) : BrowserTest(app)
{
    private const int FiscalYear = 2567;
    private const string Password = "Unsaved-Forms-2567!";

    [Fact]
    public void Back_from_the_expired_form_page_brings_the_typed_date_and_text_back()
    {
        var (org, email) = Organization("backdate");
        WithBrowser("unsaved-back-date", Browser.Desktop, browser =>
        {
            SignIn(browser, email, Password);
            var step = OpenFirstStep(browser, org);
            Type(browser, "03/02/2568", "รายงานที่พิมพ์ไว้ก่อนหน้าหมดอายุ");

            // The browser forgot its antiforgery cookie (restarted, say): the page has expired.
            browser.Driver.Manage().Cookies.DeleteCookieNamed("prongsai.af");
            ClickAndWaitForNextPage(browser, SaveButton(browser));
            Assert.Contains("หน้าแบบฟอร์มหมดอายุ", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("03/02/2568", browser.BodyText, StringComparison.Ordinal);

            browser.Driver.Navigate().Back();
            browser.WaitUntil(d => new Uri(d.Url).AbsolutePath == step && d.FindElements(By.Id("Date")).Count == 1,
                TimeSpan.FromSeconds(30), "Back did not return to the step's page");
            browser.WaitUntil(d => d.FindElement(By.Id("Date")).GetDomProperty("value") == "03/02/2568",
                TimeSpan.FromSeconds(10), $"the typed date did not come back: {browser.Driver.FindElement(By.Id("Date")).GetDomProperty("value")}");
            Assert.Equal("รายงานที่พิมพ์ไว้ก่อนหน้าหมดอายุ", browser.Driver.FindElement(By.Name("Text")).GetDomProperty("value"));
        });
    }

    [Fact]
    public void A_form_sent_after_signing_out_elsewhere_is_sent_again_after_signing_in_in_a_new_tab()
    {
        var (org, email) = Organization("signedout");
        const string Report = "รายงานยาวที่พิมพ์ไว้ระหว่างที่ออกจากระบบที่เครื่องอื่น";
        WithBrowser("unsaved-signed-out", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-unsaved-signed-out");
            SignIn(browser, email, Password);
            var step = OpenFirstStep(browser, org);
            Type(browser, "10/01/2567", Report);

            // The same member signs out on another device: every session of theirs ends.
            using (var phone = new Browser(Browser.Desktop))
            {
                SignIn(phone, email, Password);
                // The account's links sit in the staff menu, which WebDriver counts as hidden until it is open.
                phone.Script<object>("document.querySelector('nav.staff-nav details.staff-menu').open = true; return null;");
                ClickAndWaitForNextPage(phone, phone.Driver.FindElement(By.CssSelector("form[action='/staff/signout'] button")));
                Assert.Equal("/staff/signin", phone.Url.AbsolutePath);
            }

            ClickAndWaitForNextPage(browser, SaveButton(browser));
            Assert.Contains("คุณออกจากระบบแล้ว ข้อมูลยังไม่ได้บันทึก", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains(Report, browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("10/01/2567", browser.BodyText, StringComparison.Ordinal);
            walk.Check("signed-out-form");

            // Sign in in a new tab, then come back and send it again.
            var first = browser.Driver.CurrentWindowHandle;
            var signIn = browser.Driver.FindElement(By.Id("sign-in"));
            Assert.Equal("_blank", signIn.GetDomAttribute("target"));
            signIn.Click();
            var tab = browser.WaitUntil(d => d.WindowHandles.FirstOrDefault(h => h != first), message: "no new tab opened")!;
            browser.Driver.SwitchTo().Window(tab);
            browser.WaitUntil(d => d.FindElements(By.Name("Email")).Count == 1, message: "the new tab has no sign-in form");
            browser.Driver.FindElement(By.Name("Email")).SendKeys(email);
            var password = browser.Driver.FindElement(By.Name("Password"));
            password.SendKeys(Password);
            password.Submit();
            browser.WaitUntil(d => new Uri(d.Url).AbsolutePath == step, TimeSpan.FromSeconds(30), "signing in did not lead back to the step");
            browser.Driver.Close();
            browser.Driver.SwitchTo().Window(first);

            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.Id("send-again")));
            Assert.Equal(step, browser.Url.AbsolutePath);
            Assert.Contains("บันทึกความก้าวหน้าแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains(Report, browser.Driver.FindElement(By.CssSelector("ul.entries")).Text, StringComparison.Ordinal);
            walk.AssertNoProblems();
        });
    }

    private (string Org, string Email) Organization(string prefix)
    {
        var org = App.Commands.CreateOrganization(prefix, "องค์การบริหารส่วนตำบลทดสอบแบบฟอร์มที่ยังไม่บันทึก");
        App.Commands.ImportSeedReport(org, FiscalYear);
        var email = $"clerk@{org}.test";
        App.Commands.CreateUserWithPassword(org, email, "OrgAdmin", Password, name: "สมใจ บันทึกงาน");
        return (org, email);
    }

    /// <summary>Opens the first step of the first measure; returns its path.</summary>
    private string OpenFirstStep(Browser browser, string org)
    {
        browser.Open(App.Url($"/staff/{org}/measures/{FiscalYear}"));
        var measure = browser.Driver.FindElements(By.CssSelector($"main table a[href*='/measures/{FiscalYear}/measure/']")).First().GetDomProperty("href")!;
        browser.Open(new Uri(measure));
        var step = browser.Driver.FindElements(By.CssSelector("main ol a[href*='/measures/step/']")).First().GetDomProperty("href")!;
        browser.Open(new Uri(step));
        return new Uri(step).AbsolutePath;
    }

    private static void Type(Browser browser, string date, string text)
    {
        var field = browser.Driver.FindElement(By.Id("Date"));
        field.Clear();
        field.SendKeys(date);
        browser.Driver.FindElement(By.Name("Text")).SendKeys(text);
    }

    private static IWebElement SaveButton(Browser browser) =>
        browser.Driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
}
