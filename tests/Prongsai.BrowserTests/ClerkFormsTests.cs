using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The forms a clerk uses, at a phone's 360×740 and a laptop's 1366×768: a measure's progress and definition tabs,
/// the progress date typed in พ.ศ. (and a Gregorian year refused beside the field), correcting an entry (the original
/// struck through), the document preview before saving, and the audit trail as a list of sentences. No sideways scrolling, axe on each state, a screenshot of each.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ClerkFormsTests(AppServer app) : BrowserTest(app)
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1366, 768)]
    public void Date_field_preview_and_audit_trail_fit_the_screen_and_pass_axe(int width, int height)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        WithBrowser("clerk-forms-" + size, new Size(width, height), browser =>
        {
            var walk = new AxeWalk(browser, "axe-clerk-forms-" + size);
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);

            // The progress form: today's date offered in พ.ศ.; a CE year is refused next to the field, as typed.
            browser.Open(App.Url("/staff/bangkha/measures/2567"));
            var measure = browser.Driver.FindElements(By.CssSelector("main table a[href*='/measures/2567/measure/']")).First().GetDomProperty("href")!;
            browser.Open(new Uri(measure));
            // Whoever records progress lands on the measure's progress tab; the definition is the other tab.
            Assert.EndsWith("/progress", browser.Url.AbsolutePath, StringComparison.Ordinal);
            Assert.Equal("ความคืบหน้า", browser.Driver.FindElement(By.CssSelector("nav.tabs a[aria-current=page]")).Text);
            Check(browser, walk, "measure-progress", width);
            browser.Driver.FindElement(By.CssSelector("nav.tabs a:not([aria-current])")).Click();
            browser.WaitUntil(d => !new Uri(d.Url).AbsolutePath.EndsWith("/progress", StringComparison.Ordinal), message: "the definition tab did not open");
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("main form textarea")));
            Check(browser, walk, "measure-definition", width);
            browser.Open(new Uri(measure));
            var step = browser.Driver.FindElements(By.CssSelector("main ol a[href*='/measures/step/']")).First().GetDomProperty("href")!;
            browser.Open(new Uri(step));
            var date = browser.Driver.FindElement(By.Id("Date"));
            Assert.Equal("text", date.GetDomAttribute("type"));
            Assert.Matches(@"^\d{2}/\d{2}/25\d{2}$", date.GetDomProperty("value"));
            Assert.Contains("วว/ดด/ปปปป (พ.ศ.)", browser.Driver.FindElement(By.Id("Date-hint")).Text, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("input[type=date], input[type=datetime-local]")));
            Check(browser, walk, "step-progress", width);

            date.Clear();
            date.SendKeys("24/11/2024");
            browser.Driver.FindElement(By.Name("Text")).SendKeys("ทดลองกรอกปี ค.ศ.");
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")));
            var error = browser.Driver.FindElement(By.Id("Date-error"));
            Assert.Contains("กรุณากรอกปีเป็น พ.ศ.", error.Text, StringComparison.Ordinal);
            Assert.Equal("Date-hint Date-error", browser.Driver.FindElement(By.Id("Date")).GetDomAttribute("aria-describedby"));
            Assert.Equal("24/11/2024", browser.Driver.FindElement(By.Id("Date")).GetDomProperty("value"));
            Check(browser, walk, "step-progress-date-error", width);

            // Saved with a พ.ศ. date, then corrected by its author on a form that starts from the entry.
            var entryText = "ประชุมชี้แจง " + size;
            date = browser.Driver.FindElement(By.Id("Date"));
            date.Clear();
            date.SendKeys("10/01/2567");
            var text = browser.Driver.FindElement(By.Name("Text"));
            text.Clear();
            text.SendKeys(entryText);
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")));
            var entry = browser.Driver.FindElements(By.CssSelector("ul.entries > li")).First(li => li.Text.Contains(entryText, StringComparison.Ordinal));
            ClickAndWaitForNextPage(browser, entry.FindElement(By.PartialLinkText("แก้ไขบันทึกนี้")));
            Assert.Equal("10/01/2567", browser.Driver.FindElement(By.Id("Date")).GetDomProperty("value"));
            Assert.Equal(entryText, browser.Driver.FindElement(By.Name("Text")).GetDomProperty("value"));
            Check(browser, walk, "correct-entry", width);
            text = browser.Driver.FindElement(By.Name("Text"));
            text.SendKeys(" (แก้ไขแล้ว)");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกฉบับแก้ไข"));
            var struck = browser.Driver.FindElements(By.CssSelector("li.superseded del")).Single(d => d.Text.Contains(entryText, StringComparison.Ordinal));
            Assert.DoesNotContain("(แก้ไขแล้ว)", struck.Text, StringComparison.Ordinal);
            Assert.Contains(entryText + " (แก้ไขแล้ว)", browser.BodyText, StringComparison.Ordinal);
            Check(browser, walk, "step-history-corrected", width);

            // A document's body typed as plain text, previewed without saving.
            browser.Open(App.Url("/staff/bangkha/documents"));
            var edit = browser.Driver.FindElements(By.CssSelector("main a[href^='/staff/bangkha/documents/edit/']")).First().GetDomProperty("href")!;
            browser.Open(new Uri(edit));
            var body = browser.Driver.FindElement(By.Id("body"));
            body.Clear();
            body.SendKeys("คุณสมบัติผู้สมัคร" + Keys.Enter + "- อายุ 18 ปีขึ้นไป" + Keys.Enter + "- มีสัญชาติไทย" + Keys.Enter + Keys.Enter + "ติดต่อ กองคลัง");
            ClickAndWaitForNextPage(browser, Button(browser, "ดูตัวอย่าง"));
            var preview = browser.Driver.FindElement(By.CssSelector(".preview-page .prose"));
            Assert.Equal(2, preview.FindElements(By.CssSelector("ul > li")).Count);
            Assert.Contains("ยังไม่ได้บันทึก", browser.BodyText, StringComparison.Ordinal);
            Check(browser, walk, "document-preview", width);

            // The audit trail: sentences, filters from lists and Thai date fields.
            browser.Open(App.Url("/staff/bangkha/audit"));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("ol.audit-list > li")));
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("main table")));
            Check(browser, walk, "audit", width);
            browser.Driver.FindElement(By.Id("from")).SendKeys("1/1/2500");
            browser.Driver.FindElement(By.CssSelector("#entity option[value='Measure']")).Click();
            ClickAndWaitForNextPage(browser, Button(browser, "แสดง"));
            Assert.Contains("entity=Measure", browser.Driver.Url, StringComparison.Ordinal);
            Check(browser, walk, "audit-filtered", width);

            walk.AssertNoProblems();
        });
    }

    private static void Check(Browser browser, AxeWalk walk, string name, int width)
    {
        if (Sideways(browser) is { } problem)
        {
            Assert.Fail($"{name}: {problem}");
        }

        walk.Check(name);
        browser.SaveScreenshot(string.Create(CultureInfo.InvariantCulture, $"clerk-forms-{name}-{width}"));
    }
}
