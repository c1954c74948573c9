using OpenQA.Selenium;
using Prongsai.Core.Calendar;

namespace Prongsai.BrowserTests;

/// <summary>
/// An anti-corruption project from the form to the website, as the people who do it would, all on a phone: the head of
/// กองช่าง opens the plan from the staff menu, adds a project (a budget typed in words is told beside its field, in Thai),
/// the mayor approves the year's plan through its confirmation page, the head reports on it after six months, and
/// anyone reads it on the website. Every page is axe-clean and none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AntiCorruptionJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Project = "โครงการลดขั้นตอนการออกใบอนุญาตก่อสร้างอาคาร";
    private const string Password = "Pong-Kan-Thujarit-2569!";

    [Fact]
    public void A_project_is_added_on_a_phone_approved_through_its_confirmation_reported_on_and_published()
    {
        var org = App.Commands.CreateOrganization("plan", "องค์การบริหารส่วนตำบลทดสอบแผนป้องกันการทุจริต");
        var head = $"head@{org}.test";
        var mayor = $"mayor@{org}.test";
        App.Commands.CreateUserWithPassword(org, head, "DepartmentHead", Password, "กองช่าง", "นายช่าง ทดสอบ");
        App.Commands.CreateUserWithPassword(org, mayor, "Executive", Password, name: "นายก อบต. ทดสอบ");
        var year = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear;
        var plan = $"/staff/{org}/anti-corruption";
        var projectPath = "";

        WithBrowser("plan-add", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-plan-add");
            SignIn(browser, head, Password);
            browser.Open(App.Url($"/staff/{org}"));
            FollowStaffMenu(browser, "/anti-corruption", plan);
            Assert.Contains($"แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {year}", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("list-empty");
            Follow(browser, By.LinkText("เพิ่มโครงการ"), plan + "/new");
            Fits(browser);
            walk.Check("new");

            Choose(browser, "Input.Dimension", "Administration");
            browser.Driver.FindElement(By.Id("project-name")).SendKeys(Project);
            browser.Driver.FindElement(By.Id("objective")).SendKeys("ให้ผู้ยื่นคำขอรู้ขั้นตอนและระยะเวลา และติดตามสถานะคำขอได้");
            browser.Driver.FindElement(By.Id("budget")).SendKeys("ห้าพันบาท");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกโครงการ"));
            Assert.Equal(plan + "/new", browser.Url.AbsolutePath);
            Assert.Contains("อ่านจำนวนเงินไม่ได้", browser.Driver.FindElement(By.Id("Input_Budget-error")).Text, StringComparison.Ordinal);
            Assert.Equal("true", browser.Driver.FindElement(By.Id("budget")).GetAttribute("aria-invalid"));
            Fits(browser);
            walk.Check("new-refused");
            browser.SaveFullPageScreenshot("plan-new-refused-360");

            var budget = browser.Driver.FindElement(By.Id("budget"));
            budget.Clear();
            budget.SendKeys("5,000");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกโครงการ"));
            projectPath = browser.Url.AbsolutePath;
            Assert.Matches($"^/staff/{org}/anti-corruption/[0-9]+$", projectPath);
            Assert.Contains("เพิ่มโครงการแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("5,000.00 บาท", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("project-draft");
            walk.AssertNoProblems();
        });

        WithBrowser("plan-approve", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-plan-approve");
            SignIn(browser, mayor, Password);
            browser.Open(App.Url($"/staff/{org}"));
            FollowStaffMenu(browser, "/anti-corruption", plan);
            Assert.Contains(Project, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("list-draft");
            Follow(browser, By.LinkText("อนุมัติและเผยแพร่"), $"{plan}/year/{year}/publish");
            Fits(browser);
            walk.Check("publish-confirm");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน อนุมัติและเผยแพร่"));
            Assert.Equal(plan, browser.Url.AbsolutePath);
            Assert.Contains("อนุมัติโดย นายก อบต. ทดสอบ", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("list-approved");
            walk.AssertNoProblems();
        });

        WithBrowser("plan-report", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-plan-report");
            SignIn(browser, head, Password);
            browser.Open(App.Url(plan));
            Follow(browser, By.CssSelector($"main a[href='{projectPath}']"), projectPath);
            Choose(browser, "HalfYearInput.Status", "InProgress");
            browser.Driver.FindElement(By.Id("halfyear-spent")).SendKeys("4,800");
            browser.Driver.FindElement(By.Id("halfyear-result")).SendKeys("ประกาศขั้นตอนและระยะเวลาบนเว็บไซต์แล้ว");
            Fits(browser);
            walk.Check("project-to-report");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกรายงานผล รอบ 6 เดือน"));
            Assert.Equal(projectPath, browser.Url.AbsolutePath);
            Assert.Contains("บันทึกรายงานผลแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("4,800.00 บาท", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("project-reported");

            // Anyone reads it on the website: the plan by dimension and the six-month report.
            browser.Open(App.Url($"/{org}/anti-corruption"));
            Assert.Contains(Project, browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("อยู่ระหว่างดำเนินการ", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("website");
            browser.SaveFullPageScreenshot("plan-website-360");
            walk.AssertNoProblems();
        });
    }
}
