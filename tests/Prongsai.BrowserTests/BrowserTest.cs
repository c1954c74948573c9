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

    /// <summary>Text with all white space removed, for Thai phrases that markup may break across lines.</summary>
    protected static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

public sealed class BrowserTestException(string message, Exception inner) : Exception(message, inner);
