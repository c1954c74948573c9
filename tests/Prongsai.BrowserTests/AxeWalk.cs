using Xunit.Sdk;

namespace Prongsai.BrowserTests;

/// <summary>
/// Runs axe on page after page in one browser (one start, one sign-in) and fails at the end listing every page
/// with serious or critical violations, not only the first. Saves a screenshot of each page (PREFIX-PAGE.png).
/// </summary>
public sealed class AxeWalk(Browser browser, string prefix)
{
    private readonly List<string> _problems = [];
    private readonly List<string> _checked = [];

    /// <summary>Checks the page the browser shows now, under the name <paramref name="page"/>.</summary>
    public void Check(string page)
    {
        var where = $"{page} ({browser.Url.PathAndQuery}, {browser.Viewport.Width}×{browser.Viewport.Height})";
        try
        {
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), where);
        }
        catch (XunitException e)
        {
            _problems.Add(e.Message);
        }

        _checked.Add(where);
        browser.SaveScreenshot($"{prefix}-{page}");
    }

    public void AssertNoProblems()
    {
        if (_problems.Count > 0)
        {
            throw new XunitException(
                $"{_problems.Count} of {_checked.Count} pages have serious or critical WCAG violations:\n"
                + string.Join("\n", _problems));
        }
    }
}
