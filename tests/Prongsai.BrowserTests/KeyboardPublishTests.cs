using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Xunit.Sdk;

namespace Prongsai.BrowserTests;

/// <summary>An Executive approves and publishes the measures report with the keyboard only (Tab to the link, Enter; Tab to the confirm button, Enter).</summary>
[Collection(AppCollection.Name)]
public sealed class KeyboardPublishTests(AppServer app) : BrowserTest(app)
{
    private const int MaxTabs = 150;
    private const string PublishLabel = "อนุมัติและเผยแพร่ฉบับใหม่";
    private const string ConfirmLabel = "ยืนยัน อนุมัติและเผยแพร่ฉบับที่ 1";

    [Fact]
    public void Executive_approves_and_publishes_with_the_keyboard_only()
    {
        var commands = App.Commands;
        var org = commands.CreateOrganization("keyboard", "องค์การบริหารส่วนตำบลทดสอบแป้นพิมพ์");
        commands.ImportSeedReport(org, 2568);
        var email = $"executive@{org}.test";
        const string password = "Keyboard-Exec-2568!";
        commands.CreateUserWithPassword(org, email, "Executive", password, name: "ผู้บริหารทดสอบ");

        WithBrowser("keyboard-publish", Browser.Desktop, browser =>
        {
            SignIn(browser, email, password);
            browser.Open(App.Url($"/staff/{org}/measures/2568"));
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("a[href*='?version=']")));

            // From the top of the page, Tab to the publish link and press Enter: the confirmation page opens.
            var keys = new Actions(browser.Driver);
            TabUntil(keys, browser, e => e.TagName == "a" && e.Text.Contains(PublishLabel, StringComparison.Ordinal), PublishLabel);
            var plan = browser.Driver.FindElement(By.TagName("html"));
            keys.SendKeys(Keys.Enter).Perform();
            browser.WaitUntil(_ => IsGone(plan), TimeSpan.FromSeconds(30), "Enter on the publish link did not open the confirmation page");
            Assert.Contains("เผยแพร่ครั้งแรก", browser.BodyText, StringComparison.Ordinal);

            // On the confirmation page, Tab to the confirm button.
            TabUntil(keys, browser, IsPublishButton, ConfirmLabel);
            var button = browser.ActiveElement;
            Assert.Equal("button", button.TagName);
            // WCAG 2.4.7: the focused button shows it.
            var focusRing = browser.Script<string>(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth + ' / ' + s.boxShadow;", button)!;
            Assert.False(focusRing.StartsWith("none", StringComparison.Ordinal) && focusRing.EndsWith("/ none", StringComparison.Ordinal),
                $"the focused publish button has no visible focus indicator ({focusRing})");

            var page = browser.Driver.FindElement(By.TagName("html"));
            keys.SendKeys(Keys.Enter).Perform();
            browser.WaitUntil(_ => IsGone(page), TimeSpan.FromSeconds(120), "Enter on the confirm button did not submit the form");
            browser.WaitUntil(d => d.FindElements(By.CssSelector($"a[href='/{org}/measures/2568?version=1']")).Count == 1,
                TimeSpan.FromSeconds(30), "no version 1 listed after publishing");
            browser.SaveScreenshot("keyboard-publish-done");

            ForgetSession(browser);
            browser.Open(App.Url($"/{org}/measures/2568"));
            Assert.Contains("ฉบับที่ 1", browser.Driver.FindElement(By.CssSelector(".report-meta")).Text, StringComparison.Ordinal);
            Assert.Equal(5, browser.Driver.FindElements(By.CssSelector(".report-table tbody tr")).Count);
            Assert.Contains("2568", browser.Driver.FindElement(By.TagName("title")).GetDomProperty("textContent"), StringComparison.Ordinal);
        });
    }

    private static bool IsPublishButton(IWebElement e) =>
        e.TagName == "button" && e.Text.Contains(ConfirmLabel, StringComparison.Ordinal);

    /// <summary>Presses Tab until the focused element is the one wanted.</summary>
    private static void TabUntil(Actions keys, Browser browser, Func<IWebElement, bool> wanted, string label)
    {
        var visited = new List<string>();
        while (!wanted(browser.ActiveElement))
        {
            if (visited.Count == MaxTabs)
            {
                throw new XunitException($"{MaxTabs} presses of Tab did not reach \"{label}\". Focus went to:\n  "
                                         + string.Join("\n  ", visited.TakeLast(30)));
            }

            keys.SendKeys(Keys.Tab).Perform();
            visited.Add(Describe(browser.ActiveElement));
        }
    }

    private static bool IsGone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
    }

    private static string Describe(IWebElement e)
    {
        var text = e.Text.Length > 40 ? e.Text[..40] + "…" : e.Text;
        var name = e.GetDomAttribute("name");
        return $"<{e.TagName}{(string.IsNullOrEmpty(name) ? "" : " name=" + name)}> {text}".TrimEnd();
    }
}
