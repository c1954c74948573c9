using OpenQA.Selenium;
using Prongsai.Core.Calendar;

namespace Prongsai.BrowserTests;

/// <summary>
/// A gift from report to the website, as the people who do it would: a clerk on her phone reports a fruit basket from a
/// contractor from the staff menu, mistypes the day (told beside the field, in Thai) and sends it; the executive
/// decides from the notification on the dashboard that it goes to the office; the clerk, on her phone again, follows
/// the dashboard's to-do and records the hand-over; the website's yearly report, reached from the home page, shows
/// the position and the decision and no name. Every page is axe-clean, and on the phone none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GiftJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Basket = "กระเช้าผลไม้และของใช้";
    private const string Giver = "บริษัท ตัวอย่างก่อสร้าง จำกัด";
    private const string Position = "นักวิชาการพัสดุชำนาญการ";
    private const string Password = "Mai-Rap-Khong-Khwan-2569!";

    [Fact]
    public void A_gift_is_reported_on_a_phone_decided_from_the_dashboard_handed_over_and_published()
    {
        var org = App.Commands.CreateOrganization("gifts", "องค์การบริหารส่วนตำบลทดสอบของขวัญ");
        var clerk = $"clerk@{org}.test";
        var mayor = $"mayor@{org}.test";
        App.Commands.CreateUserWithPassword(org, clerk, "DepartmentStaff", Password, "กองคลัง", "นางสาวพัสดุ ทดสอบ");
        App.Commands.CreateUserWithPassword(org, mayor, "Executive", Password, name: "นายก อบต. ทดสอบ");
        var today = BangkokTime.Today(TimeProvider.System);
        var gifts = $"/staff/{org}/gifts";
        var reportPath = "";

        WithBrowser("gifts-report", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-gifts-report");
            SignIn(browser, clerk, Password);
            browser.Open(App.Url($"/staff/{org}"));
            // On a phone the staff menu is folded behind one button, so the page's own content starts on the first screen.
            Assert.True(browser.Driver.FindElement(By.CssSelector("nav.staff-nav")).Size.Height <= 64, "the staff menu takes more than one line on a phone");
            FollowStaffMenu(browser, "/gifts", gifts);
            Assert.Contains("3,000 บาท", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("list");
            Follow(browser, By.LinkText("รายงานการรับของขวัญ"), gifts + "/new");
            Assert.Contains(ThaiDateInput.DateHint, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("new");

            // 31 February: told beside the field, the form kept as typed.
            browser.Driver.FindElement(By.Id("received-on")).SendKeys("31/02/2569");
            browser.Driver.FindElement(By.Id("position")).SendKeys(Position);
            browser.Driver.FindElement(By.Id("giver")).SendKeys(Giver);
            var contractor = browser.Driver.FindElement(By.CssSelector("input[name='Input.GiverRelation'][value='Contractor']"));
            ScrollIntoView(browser, contractor);
            contractor.Click();
            browser.Driver.FindElement(By.Id("occasion")).SendKeys("ปีใหม่");
            browser.Driver.FindElement(By.Id("description")).SendKeys(Basket);
            browser.Driver.FindElement(By.Id("value")).SendKeys("3,500");
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งรายงาน"));
            Assert.Equal(gifts + "/new", browser.Url.AbsolutePath);
            Assert.Contains("วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2569", browser.Driver.FindElement(By.Id("Input_ReceivedOn-error")).Text, StringComparison.Ordinal);
            Assert.Equal("3,500", browser.Driver.FindElement(By.Id("value")).GetAttribute("value"));
            Fits(browser);
            walk.Check("new-refused");
            browser.SaveFullPageScreenshot("gifts-new-refused-360");

            var received = browser.Driver.FindElement(By.Id("received-on"));
            received.Clear();
            received.SendKeys(ThaiDateInput.Format(today));
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งรายงาน"));
            reportPath = browser.Url.AbsolutePath;
            Assert.Matches($"^/staff/{org}/gifts/[0-9]+$", reportPath);
            Assert.Contains("ส่งรายงานแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("รอผู้บริหารพิจารณา", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("3,500.00 บาท", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("report-waiting");
            browser.SaveFullPageScreenshot("gifts-report-waiting-360");
            walk.AssertNoProblems();
        });

        WithBrowser("gifts-decide", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-gifts-decide");
            SignIn(browser, mayor, Password);
            browser.Open(App.Url($"/staff/{org}"));
            Assert.Contains("รายงานการรับของขวัญรอพิจารณา", browser.BodyText, StringComparison.Ordinal);
            walk.Check("dashboard");
            Follow(browser, By.CssSelector("main section[aria-labelledby='notes'] a"), reportPath);
            Assert.Contains(Giver, browser.BodyText, StringComparison.Ordinal);
            walk.Check("report-to-decide");
            browser.Driver.FindElement(By.CssSelector("input[name='DecideInput.Decision'][value='HandToOffice']")).Click();
            browser.Driver.FindElement(By.Id("decide-note")).SendKeys("ผู้ให้เป็นคู่สัญญาของหน่วยงาน ของสดส่งคืนไม่ได้ ให้ส่งมอบแก่ศูนย์พัฒนาเด็กเล็ก");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกผลการพิจารณา"));
            Assert.Equal(reportPath, browser.Url.AbsolutePath);
            Assert.Contains("ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน", browser.BodyText, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.Id("decide-heading")));
            walk.Check("decided");
            browser.SaveFullPageScreenshot("gifts-decided-1366");
            walk.AssertNoProblems();
        });

        WithBrowser("gifts-settle", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-gifts-settle");
            SignIn(browser, clerk, Password);
            browser.Open(App.Url($"/staff/{org}"));
            Assert.Contains("ของขวัญที่ต้องส่งคืนหรือส่งมอบตามผลการพิจารณา", browser.BodyText, StringComparison.Ordinal);
            Follow(browser, By.CssSelector("main a[href$='gifts?filter=ToSettle']"), gifts);
            Assert.Contains(Basket, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("to-settle");
            Follow(browser, By.CssSelector($"main a[href='{reportPath}']"), reportPath);
            Assert.Contains("ศูนย์พัฒนาเด็กเล็ก", browser.BodyText, StringComparison.Ordinal);
            Assert.Equal(ThaiDateInput.Format(today), browser.Driver.FindElement(By.Id("settled-on")).GetAttribute("value"));
            browser.Driver.FindElement(By.Id("settled-note")).SendKeys("ใบรับของศูนย์พัฒนาเด็กเล็ก เลขที่ 12/2569");
            Fits(browser);
            walk.Check("report-to-settle");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกการดำเนินการ"));
            Assert.Equal(reportPath, browser.Url.AbsolutePath);
            Assert.Contains($"ส่งมอบให้หน่วยงานแล้ว {ThaiDate.FormatLong(today)}", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("settled");
            browser.SaveFullPageScreenshot("gifts-settled-360");

            // The website, as anyone reads it: from the home page to the year's report.
            ForgetSession(browser);
            browser.Open(App.Url($"/{org}/"));
            Follow(browser, By.CssSelector($"main a[href='/{org}/gifts']"), $"/{org}/gifts");
            var row = browser.Driver.FindElement(By.XPath($"//main//tr[td[contains(., '{Basket}')]]")).Text;
            Assert.Contains(Position, row, StringComparison.Ordinal);
            Assert.Contains("ผู้ประกอบการหรือคู่สัญญา", row, StringComparison.Ordinal);
            Assert.Contains("ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน", row, StringComparison.Ordinal);
            Assert.DoesNotContain(Giver, browser.BodyText, StringComparison.Ordinal);
            Assert.DoesNotContain("นางสาวพัสดุ ทดสอบ", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("public-year");
            browser.SaveFullPageScreenshot("gifts-public-360");
            walk.AssertNoProblems();
        });
    }
}
