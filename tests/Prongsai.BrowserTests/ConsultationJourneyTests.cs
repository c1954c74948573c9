using OpenQA.Selenium;
using Prongsai.Core.Calendar;

namespace Prongsai.BrowserTests;

/// <summary>
/// A consultation from the back office to a villager's phone and back, as the people who do it would: the head of
/// กองช่าง opens one on a road project from the staff menu (a last day before the first is told beside its field, in
/// Thai) and publishes it through its confirmation page, and records the village meeting already held on the budget
/// with its summary; a villager on a phone reaches the road project from the website's home page, forgets to say
/// whether she agrees (told beside the choice), then sends her opinion without a name and is thanked; the head reads
/// it, marked anonymous; the website shows the meeting's summary and never the opinion's text. Every page is
/// axe-clean, and on the phone none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConsultationJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Road = "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนา–บ้านดอน";
    private const string Meeting = "เวทีประชาคมร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี";
    private const string Opinion = "ขอให้ก่อสร้างช่วงปิดภาคเรียน เด็กเดินไปโรงเรียนทางนี้";
    private const string Summary = "ผู้เข้าร่วมเวที 45 คน เห็นด้วยกับร่างทั้งฉบับ";
    private const string Password = "Rap-Fang-Khwam-Hen-2569!";

    [Fact]
    public void A_consultation_is_opened_a_villager_gives_her_opinion_on_a_phone_and_a_meeting_summary_is_published()
    {
        var org = App.Commands.CreateOrganization("hearing", "องค์การบริหารส่วนตำบลทดสอบรับฟังความคิดเห็น");
        var head = $"head@{org}.test";
        App.Commands.CreateUserWithPassword(org, head, "DepartmentHead", Password, "กองช่าง", "นายช่าง ทดสอบ");
        var today = BangkokTime.Today(TimeProvider.System);
        var list = $"/staff/{org}/consultations";
        var roadPath = "";

        WithBrowser("consultation-open", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-consultation-open");
            SignIn(browser, head, Password);
            browser.Open(App.Url($"/staff/{org}"));
            FollowStaffMenu(browser, "/consultations", list);
            walk.Check("list-empty");
            Follow(browser, By.LinkText("เปิดรับฟังความคิดเห็นเรื่องใหม่"), list + "/new");
            walk.Check("new");

            browser.Driver.FindElement(By.Id("title")).SendKeys(Road);
            browser.Driver.FindElement(By.Id("description")).SendKeys("ถนนกว้าง 5 เมตร ยาว 850 เมตร ปิดการจราจรครึ่งช่องทางประมาณ 60 วัน");
            browser.Driver.FindElement(By.Id("opens-on")).SendKeys(ThaiDateInput.Format(today));
            browser.Driver.FindElement(By.Id("closes-on")).SendKeys(ThaiDateInput.Format(today.AddDays(-1)));
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกฉบับร่าง"));
            Assert.Equal(list + "/new", browser.Url.AbsolutePath);
            Assert.Contains("วันสุดท้ายต้องไม่ก่อนวันเริ่มรับฟังความคิดเห็น", browser.Driver.FindElement(By.Id("Input_ClosesOn-error")).Text, StringComparison.Ordinal);
            Assert.Equal(Road, browser.Driver.FindElement(By.Id("title")).GetAttribute("value"));
            walk.Check("new-refused");

            var closes = browser.Driver.FindElement(By.Id("closes-on"));
            closes.Clear();
            closes.SendKeys(ThaiDateInput.Format(today.AddDays(14)));
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกฉบับร่าง"));
            roadPath = browser.Url.AbsolutePath;
            Assert.Matches($"^{list}/[0-9]+$", roadPath);
            Assert.Contains("ฉบับร่าง ยังไม่เผยแพร่", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("กองช่าง", browser.BodyText, StringComparison.Ordinal);
            walk.Check("draft");
            Follow(browser, By.LinkText("เผยแพร่บนเว็บไซต์"), roadPath + "/publish");
            Assert.Contains("ขยายวันสุดท้ายได้อย่างเดียว", browser.BodyText, StringComparison.Ordinal);
            walk.Check("publish-confirmation");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน เผยแพร่"));
            Assert.Equal(roadPath, browser.Url.AbsolutePath);
            Assert.Contains("กำลังรับฟังความคิดเห็น", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("เหลืออีก 15 วัน", browser.BodyText, StringComparison.Ordinal);
            walk.Check("open");

            // A village meeting already held: its dates are past, so it goes straight to its summary.
            browser.Open(App.Url(list + "/new"));
            browser.Driver.FindElement(By.Id("title")).SendKeys(Meeting);
            browser.Driver.FindElement(By.Id("description")).SendKeys("รับฟังความคิดเห็นในเวทีประชาคมหมู่บ้าน หมู่ที่ 1–8");
            browser.Driver.FindElement(By.Id("opens-on")).SendKeys(ThaiDateInput.Format(today.AddDays(-20)));
            browser.Driver.FindElement(By.Id("closes-on")).SendKeys(ThaiDateInput.Format(today.AddDays(-10)));
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกฉบับร่าง"));
            var meetingPath = browser.Url.AbsolutePath;
            Follow(browser, By.LinkText("เผยแพร่บนเว็บไซต์"), meetingPath + "/publish");
            Assert.Contains("เขียนสรุปผลได้ทันที", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน เผยแพร่"));
            Assert.Contains("ปิดรับฟังแล้ว กำลังสรุปผล", browser.BodyText, StringComparison.Ordinal);
            browser.Driver.FindElement(By.Id("summary")).SendKeys(Summary);
            walk.Check("summary-form");
            ClickAndWaitForNextPage(browser, Button(browser, "เผยแพร่สรุปผล"));
            Assert.Contains("เผยแพร่สรุปผลบนเว็บไซต์แล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("สรุปผลแล้ว", browser.BodyText, StringComparison.Ordinal);
            browser.SaveFullPageScreenshot("consultation-summarized-1366");
            walk.AssertNoProblems();
        });

        WithBrowser("consultation-opinion", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-consultation-opinion");
            browser.Open(App.Url($"/{org}/"));
            Follow(browser, By.CssSelector($"main a[href='/{org}/consultations']"), $"/{org}/consultations");
            Assert.Contains(Meeting, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("public-list");
            var publicRoad = roadPath.Replace("/staff", "", StringComparison.Ordinal);
            Follow(browser, By.LinkText(Road), publicRoad);
            Fits(browser);
            walk.Check("public-open");

            browser.Driver.FindElement(By.Id("Text")).SendKeys(Opinion);
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งความคิดเห็น"));
            Assert.Contains("กรุณาเลือกว่าเห็นด้วย ไม่เห็นด้วย หรือมีข้อเสนอแนะ", browser.Driver.FindElement(By.Id("Form_Stance-error")).Text, StringComparison.Ordinal);
            Assert.Equal(Opinion, browser.Driver.FindElement(By.Id("Text")).GetAttribute("value"));
            Fits(browser);
            walk.Check("public-refused");

            var suggestion = browser.Driver.FindElement(By.CssSelector("input[name='Form.Stance'][value='Suggestion']"));
            ScrollIntoView(browser, suggestion);
            suggestion.Click();
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งความคิดเห็น"));
            Assert.Contains("ได้รับความคิดเห็นของท่านแล้ว", browser.BodyText, StringComparison.Ordinal);
            var suggestions = browser.Driver.FindElement(By.XPath("//main//tr[th[contains(., 'มีข้อเสนอแนะ')]]")).Text;
            Assert.Contains("1 ราย", suggestions, StringComparison.Ordinal);
            Assert.DoesNotContain(Opinion, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("public-received");
            browser.SaveFullPageScreenshot("consultation-received-360");

            browser.Open(App.Url($"/{org}/consultations"));
            var meetingPublic = new Uri(browser.Driver.FindElement(By.LinkText(Meeting)).GetAttribute("href")!).AbsolutePath;
            Follow(browser, By.LinkText(Meeting), meetingPublic);
            Assert.Contains(Summary, browser.BodyText, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.Id("Text")));
            Fits(browser);
            walk.Check("public-summary");
            walk.AssertNoProblems();
        });

        WithBrowser("consultation-read", Browser.Desktop, browser =>
        {
            SignIn(browser, head, Password);
            browser.Open(App.Url(roadPath));
            var opinion = browser.Driver.FindElement(By.CssSelector("ol.opinions li")).Text;
            Assert.Contains(Opinion, opinion, StringComparison.Ordinal);
            Assert.Contains("มีข้อเสนอแนะ", opinion, StringComparison.Ordinal);
            Assert.Contains("ไม่ประสงค์ออกนาม", opinion, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.Id("summary")));
        });
    }
}
