using OpenQA.Selenium;
using Prongsai.Core.Calendar;

namespace Prongsai.BrowserTests;

/// <summary>
/// A corruption risk from the form to its half-year report, as the people who do it would, all on a phone: the head of
/// กองช่าง opens the risk assessment from the staff menu, adds a risk of the building permits (a process typed as
/// nothing but spaces is told beside its field, in Thai), the mayor approves the year's list through its confirmation
/// page, and the head reports on the risk after six months. Every page is axe-clean and none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RiskJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Process = "การออกใบอนุญาตก่อสร้างอาคาร";
    private const string Password = "Pong-Kan-Thujarit-2569!";

    [Fact]
    public void A_risk_is_added_on_a_phone_approved_through_its_confirmation_and_reported_on()
    {
        var org = App.Commands.CreateOrganization("risks", "องค์การบริหารส่วนตำบลทดสอบความเสี่ยง");
        var head = $"head@{org}.test";
        var mayor = $"mayor@{org}.test";
        App.Commands.CreateUserWithPassword(org, head, "DepartmentHead", Password, "กองช่าง", "นายช่าง ทดสอบ");
        App.Commands.CreateUserWithPassword(org, mayor, "Executive", Password, name: "นายก อบต. ทดสอบ");
        var year = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear;
        var risks = $"/staff/{org}/risks";
        var riskPath = "";

        WithBrowser("risks-add", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-risks-add");
            SignIn(browser, head, Password);
            browser.Open(App.Url($"/staff/{org}"));
            FollowStaffMenu(browser, "/risks", risks);
            Assert.Contains($"การประเมินความเสี่ยงการทุจริต ปีงบประมาณ {year}", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("list-empty");
            Follow(browser, By.LinkText("เพิ่มความเสี่ยง"), risks + "/new");
            Assert.Contains("เว็บไซต์จะแสดง", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("new");

            // A process of spaces only: the browser sends it, the form says what is missing beside the field.
            browser.Driver.FindElement(By.Id("process")).SendKeys("   ");
            Choose(browser, "Input.Category", "Permits");
            browser.Driver.FindElement(By.Id("description")).SendKeys("ผู้ยื่นคำขอเสนอเงินเพื่อให้พิจารณาเร็วขึ้น");
            Choose(browser, "Input.Likelihood", "3");
            Choose(browser, "Input.Impact", "4");
            browser.Driver.FindElement(By.Id("measures")).SendKeys("ประกาศขั้นตอนและระยะเวลาบนเว็บไซต์ ให้ผู้ยื่นติดตามสถานะคำขอได้");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกความเสี่ยง"));
            Assert.Equal(risks + "/new", browser.Url.AbsolutePath);
            Assert.Contains("กรุณาบอกกระบวนงานหรือภารกิจที่มีความเสี่ยง", browser.Driver.FindElement(By.Id("Input_Process-error")).Text, StringComparison.Ordinal);
            Assert.Equal("true", browser.Driver.FindElement(By.Id("process")).GetAttribute("aria-invalid"));
            Assert.True(browser.Driver.FindElement(By.Id("impact-4")).Selected, "the impact chosen was not kept");
            Fits(browser);
            walk.Check("new-refused");
            browser.SaveFullPageScreenshot("risks-new-refused-360");

            var process = browser.Driver.FindElement(By.Id("process"));
            process.Clear();
            process.SendKeys(Process);
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกความเสี่ยง"));
            riskPath = browser.Url.AbsolutePath;
            Assert.Matches($"^/staff/{org}/risks/[0-9]+$", riskPath);
            Assert.Contains("เพิ่มความเสี่ยงแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("คะแนน 12 ระดับสูง", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("กองช่าง", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("risk-draft");
            walk.AssertNoProblems();
        });

        WithBrowser("risks-approve", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-risks-approve");
            SignIn(browser, mayor, Password);
            browser.Open(App.Url($"/staff/{org}"));
            FollowStaffMenu(browser, "/risks", risks);
            Assert.Contains(Process, browser.BodyText, StringComparison.Ordinal);
            Assert.Single(browser.Driver.FindElements(By.CssSelector("table.risk-matrix td.has-risks")));
            Fits(browser);
            walk.Check("list-draft");
            browser.SaveFullPageScreenshot("risks-list-draft-360");
            Follow(browser, By.LinkText("อนุมัติและเผยแพร่"), $"{risks}/year/{year}/publish");
            Assert.Contains("ความเสี่ยง 1 รายการ", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("publish-confirm");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน อนุมัติและเผยแพร่"));
            Assert.Equal(risks, browser.Url.AbsolutePath);
            Assert.Contains("อนุมัติแล้ว เผยแพร่บนเว็บไซต์", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("อนุมัติโดย นายก อบต. ทดสอบ", browser.BodyText, StringComparison.Ordinal);
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector($"main a[href='/{org}/risks/{year}']")));
            Fits(browser);
            walk.Check("list-approved");
            walk.AssertNoProblems();
        });

        WithBrowser("risks-report", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-risks-report");
            SignIn(browser, head, Password);
            browser.Open(App.Url(risks));
            Follow(browser, By.CssSelector($"main a[href='{riskPath}']"), riskPath);
            Assert.Empty(browser.Driver.FindElements(By.Id("edit-heading")));
            Choose(browser, "HalfYearInput.Progress", "InProgress");
            Choose(browser, "HalfYearInput.Outcome", "Controlled");
            browser.Driver.FindElement(By.Id("halfyear-result")).SendKeys("ประกาศขั้นตอนบนเว็บไซต์แล้ว คำขอ 14 เรื่องเสร็จตามกำหนด ไม่มีเรื่องร้องเรียน");
            Fits(browser);
            walk.Check("risk-to-report");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกรายงานผล รอบ 6 เดือน"));
            Assert.Equal(riskPath, browser.Url.AbsolutePath);
            Assert.Contains("บันทึกรายงานผลรอบ 6 เดือน", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("เขียว: ควบคุมได้ ไม่เกิดเหตุ", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("คำขอ 14 เรื่องเสร็จตามกำหนด", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("risk-reported");
            browser.SaveFullPageScreenshot("risks-reported-360");
            walk.AssertNoProblems();
        });
    }
}
