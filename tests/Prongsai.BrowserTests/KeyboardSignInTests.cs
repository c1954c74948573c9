using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Xunit.Sdk;

namespace Prongsai.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class KeyboardSignInTests(AppServer app) : BrowserTest(app)
{
    private const int MaxTabs = 40;

    [Fact]
    public void Staff_member_signs_in_with_the_keyboard_only()
    {
        WithBrowser("keyboard-signin", Browser.Desktop, browser =>
        {
            browser.Open(App.Url("/staff/signin"));
            var keys = new Actions(browser.Driver);

            // From the top of the page, Tab until the e-mail field has the focus (it may already have it: autofocus).
            var visited = new List<string>();
            while (!IsField(browser.ActiveElement, "Email"))
            {
                if (visited.Count == MaxTabs)
                {
                    throw new XunitException(
                        $"{MaxTabs} presses of Tab did not reach the e-mail field (name/id \"Email\"). Focus went to:\n  "
                        + string.Join("\n  ", visited));
                }

                keys.SendKeys(Keys.Tab).Perform();
                visited.Add(Describe(browser.ActiveElement));
            }

            keys.SendKeys(AppServer.AdminEmail).Perform();

            keys.SendKeys(Keys.Tab).Perform();
            var afterEmail = browser.ActiveElement;
            Assert.True(IsField(afterEmail, "Password"),
                $"Tab from the e-mail field went to {Describe(afterEmail)}, not the password field");
            keys.SendKeys(App.AdminPassword).Perform();

            keys.SendKeys(Keys.Enter).Perform();
            browser.WaitUntil(
                d => IsStaffPageAfterSignIn(new Uri(d.Url)),
                TimeSpan.FromSeconds(30),
                "pressing Enter in the password field did not lead to a /staff page");

            Assert.StartsWith("/staff", browser.Url.AbsolutePath, StringComparison.OrdinalIgnoreCase);
            browser.SaveScreenshot("keyboard-signin-signed-in");
        });
    }

    private static bool IsStaffPageAfterSignIn(Uri url) =>
        url.AbsolutePath.StartsWith("/staff", StringComparison.OrdinalIgnoreCase)
        && !url.AbsolutePath.StartsWith("/staff/signin", StringComparison.OrdinalIgnoreCase);

    private static bool IsField(IWebElement element, string name) =>
        string.Equals(element.GetDomAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(element.GetDomAttribute("id"), name, StringComparison.OrdinalIgnoreCase);

    private static string Describe(IWebElement e)
    {
        var id = e.GetDomAttribute("id");
        var name = e.GetDomAttribute("name");
        var text = e.Text.Length > 40 ? e.Text[..40] + "…" : e.Text;
        return $"<{e.TagName}{(string.IsNullOrEmpty(id) ? "" : " id=" + id)}{(string.IsNullOrEmpty(name) ? "" : " name=" + name)}> {text}".TrimEnd();
    }
}
