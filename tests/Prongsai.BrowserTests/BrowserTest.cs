using System.Drawing;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>Base for browser tests: one shared app (see <see cref="AppCollection"/>), a fresh browser per test.</summary>
public abstract class BrowserTest(AppServer app)
{
    protected AppServer App { get; } = app;

    /// <summary>
    /// Runs <paramref name="body"/> in a fresh browser with the given viewport. On failure it saves a screenshot
    /// and the HTML (TestResults/screenshots/NAME-failed.*) and adds the page's URL and text and the app's last
    /// output lines to the failure message.
    /// </summary>
    protected void WithBrowser(string name, Size viewport, Action<Browser> body)
    {
        App.EnsureRunning();
        using var browser = new Browser(viewport);
        try
        {
            body(browser);
        }
        catch (Exception e)
        {
            browser.SaveFailureArtifacts(name);
            string url, text;
            try
            {
                url = browser.Driver.Url;
                text = browser.BodyText;
            }
            catch (WebDriverException)
            {
                url = text = "(browser not answering)";
            }

            throw new BrowserTestException(
                $"""
                {e.Message}
                --- page {url} (screenshot: TestResults/screenshots/{name}-failed.png), text:
                {(text.Length > 800 ? text[..800] + "…" : text)}
                --- app output, last lines:
                {App.OutputTail(40)}
                """, e);
        }
    }

    /// <summary>Signs in through the real form, as a person would, and waits for the staff page.</summary>
    protected void SignIn(Browser browser, string email, string password)
    {
        browser.Open(App.Url("/staff/signin"));
        browser.Driver.FindElement(By.Name("Email")).SendKeys(email);
        var field = browser.Driver.FindElement(By.Name("Password"));
        field.SendKeys(password);
        field.Submit();
        browser.WaitUntil(
            d => new Uri(d.Url).AbsolutePath.StartsWith("/staff/", StringComparison.Ordinal) && !d.Url.Contains("/signin", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), $"sign-in of {email} did not reach a staff page");
    }

    /// <summary>
    /// Clicks the link or button <paramref name="what"/> finds, as a person would, and waits until the browser is on
    /// <paramref name="expectedPath"/> and the new page has loaded.
    /// </summary>
    /// <summary>Follows a link of the staff menu, unfolding the menu first where it is folded (on a phone).</summary>
    protected static void FollowStaffMenu(Browser browser, string pathEnd, string expectedPath)
    {
        var menu = browser.Driver.FindElement(By.CssSelector("nav.staff-nav details.staff-menu"));
        var summary = menu.FindElement(By.TagName("summary"));
        if (menu.GetDomAttribute("open") is null)
        {
            if (summary.Displayed)
            {
                summary.Click();
            }
            else
            {
                // A wide screen shows the links of the closed menu (site.css), but WebDriver counts whatever sits in a
                // closed <details> as hidden: opening it changes nothing a person sees there.
                browser.Script<object>("document.querySelector('nav.staff-nav details.staff-menu').open = true; return null;");
            }
        }

        Follow(browser, By.CssSelector($"nav.staff-nav a[href$='{pathEnd}']"), expectedPath);
    }

    protected static void Follow(Browser browser, By what, string expectedPath)
    {
        var element = browser.WaitUntil(d => d.FindElements(what).FirstOrDefault(e => e.Displayed),
            message: $"nothing visible to click matches {what}")!;
        var before = browser.Driver.FindElement(By.TagName("html"));
        ScrollIntoView(browser, element);
        element.Click();
        browser.WaitUntil(
            d => Uri.UnescapeDataString(new Uri(d.Url).AbsolutePath) == expectedPath && IsStale(before)
                 && ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState;") as string == "complete",
            TimeSpan.FromSeconds(60), $"clicking {what} did not lead to {expectedPath}");
    }

    /// <summary>Submits by clicking <paramref name="button"/> and waits for the next page to load.</summary>
    protected static void ClickAndWaitForNextPage(Browser browser, IWebElement button)
    {
        var before = browser.Driver.FindElement(By.TagName("html"));
        var label = button.Text;
        // The browser would not send a form its own checks refuse: say which field, instead of waiting.
        var invalid = browser.Script<string>(
            """
            var form = arguments[0].form;
            if (!form || form.noValidate || arguments[0].formNoValidate) { return ''; }
            return Array.from(form.elements).filter(function (e) { return e.willValidate && !e.checkValidity(); })
                .map(function (e) { return (e.name || e.id) + ' = "' + e.value + '": ' + e.validationMessage; }).join('; ');
            """, button);
        if (!string.IsNullOrEmpty(invalid))
        {
            throw new Xunit.Sdk.XunitException($"the form of \"{label}\" would not be sent: {invalid}");
        }

        ScrollIntoView(browser, button);
        button.Click();
        browser.WaitUntil(
            d => IsStale(before) && ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState;") as string == "complete",
            TimeSpan.FromSeconds(120), $"clicking \"{label}\" did not load a new page");
    }

    /// <summary>The visible button whose text contains <paramref name="text"/>.</summary>
    protected static IWebElement Button(Browser browser, string text) =>
        browser.WaitUntil(d => d.FindElements(By.TagName("button")).FirstOrDefault(b => b.Displayed && b.Text.Contains(text, StringComparison.Ordinal)),
            message: $"no visible button \"{text}\"")!;

    /// <summary>Picks the radio button or check box of a form field by its value, scrolled into view first.</summary>
    protected static void Choose(Browser browser, string name, string value)
    {
        var input = browser.Driver.FindElement(By.CssSelector($"input[name='{name}'][value='{value}']"));
        ScrollIntoView(browser, input);
        input.Click();
    }

    protected static void ScrollIntoView(Browser browser, IWebElement element) =>
        browser.Script<object>("arguments[0].scrollIntoView({block: 'center'});", element);

    /// <summary>Signs out by dropping the session cookies, so the next person can sign in in the same browser.</summary>
    protected static void ForgetSession(Browser browser) => browser.Driver.Manage().Cookies.DeleteAllCookies();

    private static bool IsStale(IWebElement element)
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
        catch (WebDriverException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // Chromium sometimes reports a node of the page being replaced this way instead of as stale.
            return true;
        }
    }

    /// <summary>The page fits the viewport's width: nothing makes a phone scroll sideways.</summary>
    protected static void Fits(Browser browser)
    {
        if (Sideways(browser) is { } problem)
        {
            Assert.Fail(problem);
        }
    }

    /// <summary>
    /// Null when the page fits the viewport's width; otherwise what sticks out (the first elements of the main content
    /// that end past the edge, with where they end, leaving out those inside a box that scrolls on its own, such as a
    /// wide table's), so the failure says what to fix.
    /// </summary>
    protected static string? Sideways(Browser browser)
    {
        var width = browser.Viewport.Width;
        var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
        if (scrollWidth <= width)
        {
            return null;
        }

        var wide = browser.Script<string>(
            """
            var w = arguments[0];
            function scrollsItself(e) { for (var a = e.parentElement; a; a = a.parentElement) { var o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; }
            return Array.from(document.querySelectorAll('main *')).filter(function (e) { return e.getBoundingClientRect().right > w + 0.5 && !scrollsItself(e); })
                .slice(0, 8).map(function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right); }).join(', ');
            """, width);
        return $"{browser.Url.PathAndQuery} is {scrollWidth} px wide in a {width} px viewport: {wide}";
    }

    /// <summary>Text with all white space removed, for Thai phrases that markup may break across lines.</summary>
    protected static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

public sealed class BrowserTestException(string message, Exception inner) : Exception(message, inner);
