using OpenQA.Selenium;
using Prongsai.Core.Calendar;

namespace Prongsai.BrowserTests;

/// <summary>
/// The satisfaction survey on a villager's phone: from the website's home page she opens the form, sends it having
/// scored only one aspect (each other one says so beside it, in Thai, and her score stays chosen), then scores them all,
/// names the department that served her, writes a suggestion and is thanked with an empty form; the suggestion shows
/// nowhere on the website. In the demo organization she reads last year's published report, marked as a sample. Every
/// page is axe-clean, and none scrolls sideways at 360 px.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SatisfactionSurveyJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Suggestion = "อยากให้มีป้ายบอกทางไปห้องกองคลังชัดเจนกว่านี้";

    [Fact]
    public void A_villager_scores_the_service_on_a_phone_and_reads_a_published_report()
    {
        var org = App.Commands.CreateOrganization("survey", "องค์การบริหารส่วนตำบลทดสอบความพึงพอใจ");
        var form = $"/{org}/satisfaction";

        WithBrowser("satisfaction-survey", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-satisfaction-survey");
            browser.Open(App.Url($"/{org}/"));
            Follow(browser, By.CssSelector($"main ul.quick a[href='{form}']"), form);
            Assert.Equal(4, browser.Driver.FindElements(By.CssSelector("fieldset.scale")).Count);
            Assert.Contains("ยังไม่มีรายงานที่เผยแพร่", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("form");

            Choose(browser, "Form.Process", "5");
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งแบบประเมิน"));
            Assert.Equal(form, browser.Url.AbsolutePath);
            Assert.Contains("กรุณาให้คะแนนด้านเจ้าหน้าที่ผู้ให้บริการ", browser.Driver.FindElement(By.Id("Form_Staff-error")).Text, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.Id("Form_Process-error")));
            Assert.True(browser.Driver.FindElement(By.CssSelector("input[name='Form.Process'][value='5']")).Selected);
            Fits(browser);
            walk.Check("form-refused");

            Choose(browser, "Form.Staff", "5");
            Choose(browser, "Form.Facilities", "3");
            Choose(browser, "Form.Quality", "4");
            var department = browser.Driver.FindElement(By.Id("DepartmentId"));
            ScrollIntoView(browser, department);
            department.FindElement(By.XPath("option[normalize-space(.)='กองคลัง']")).Click();
            browser.Driver.FindElement(By.Id("Suggestion")).SendKeys(Suggestion);
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งแบบประเมิน"));
            Assert.Contains("ได้รับแบบประเมินของท่านแล้ว", browser.Driver.FindElement(By.CssSelector("[role=status]")).Text, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("input[type=radio]:checked")));
            Assert.Equal("", browser.Driver.FindElement(By.Id("Suggestion")).GetAttribute("value"));
            Assert.DoesNotContain(Suggestion, browser.Driver.PageSource, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("form-received");
            browser.SaveFullPageScreenshot("satisfaction-received-360");

            // The demo organization published last year's report (sample answers).
            var lastYear = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear - 1;
            var report = $"/bangkha/satisfaction/{lastYear}";
            browser.Open(App.Url("/bangkha/satisfaction"));
            Follow(browser, By.CssSelector($"main a[href='{report}']"), report);
            Assert.Contains("ตัวอย่าง", browser.Driver.FindElement(By.CssSelector("main h1")).Text, StringComparison.Ordinal);
            Assert.Contains("ผู้ตอบแบบประเมินทางเว็บไซต์ 48 ราย", browser.BodyText, StringComparison.Ordinal);
            Assert.Equal(5, browser.Driver.FindElements(By.CssSelector("main section[aria-labelledby=aspects] tbody tr")).Count);
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector($"main a[href='{report}?handler=pdf']")));
            Fits(browser);
            walk.Check("report");
            browser.SaveFullPageScreenshot("satisfaction-report-360");
            walk.AssertNoProblems();
        });
    }
}
