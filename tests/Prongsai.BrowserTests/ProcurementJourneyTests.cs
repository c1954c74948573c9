using System.Text;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The clerk imports a สขร.1 CSV through the page (preview with its warning, then confirm), the Executive publishes the
/// month, and a villager on a 360 px phone goes from the home page's quick link "การจัดซื้อจัดจ้าง" to the list of years,
/// the year and the month: the nine columns, no sideways page scroll, axe clean on each page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProcurementJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Header = "ลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง,เดือน";

    [Fact]
    public void A_clerk_imports_an_executive_publishes_and_the_month_reads_on_a_phone()
    {
        using var folder = new TempFolder("prongsai-procurement-");
        var csv = folder.File("sorkhor1-2567-10.csv");
        File.WriteAllText(csv, Header + "\r\n" +
            "๑,จัดซื้อวัสดุงานบ้านงานครัว,\"12,000.00 บาท\",\"12,000\",เฉพาะเจาะจง,\"ร้านบางคาพาณิชย์ 11,800 บาท / ร้านสองพี่น้อง 11,950 บาท\",\"ร้านบางคาพาณิชย์ 11,800 บาท\",ราคาต่ำสุด,เลขที่ 5/2568 ลงวันที่ 7 ต.ค. 2567,ต.ค. 2567\r\n" +
            "2,จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 4,\"98,000\",\"98,000\",วิธีคัดเลือก,\"1. หจก. ทางดี 95,000 บาท\n2. หจก. ถนนงาม 96,500 บาท\",\"หจก. ทางดี ราคา 95,000 บาท\",เสนอราคาต่ำสุด,\"สัญญาเลขที่ 6/2568 ลว. 21/10/2567\",ต.ค. 2567\r\n",
            new UTF8Encoding(false));

        WithBrowser("procurement-journey", Browser.Desktop, browser =>
        {
            SignIn(browser, AppServer.AdminEmail, App.AdminPassword);
            browser.Open(App.Url("/staff/bangkha/procurement/2568/import"));
            browser.Driver.FindElement(By.CssSelector("input[type=file][name=Upload]")).SendKeys(csv);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบก่อนนำเข้า"));
            Assert.Contains("จะนำเข้า 2 รายการ", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 4", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยันนำเข้า 2 รายการ"));
            Assert.Contains("นำเข้าแล้ว 2 รายการ", browser.BodyText, StringComparison.Ordinal);

            // Not public until the Executive publishes the month (the demo admin is also an Executive).
            browser.Open(App.Url("/bangkha/procurement/2568/2567-10"));
            Assert.Contains("ยังไม่ได้เผยแพร่", browser.BodyText, StringComparison.Ordinal);
            browser.Open(App.Url("/staff/bangkha/procurement/2568/publish"));
            browser.Driver.FindElement(By.CssSelector("label[for='m-2567-10']")).Click();
            ClickAndWaitForNextPage(browser, Button(browser, "อนุมัติและเผยแพร่เดือนที่เลือก"));
            Assert.Contains("เผยแพร่สรุปผลรายเดือนแล้ว", browser.BodyText, StringComparison.Ordinal);

            // A villager on a phone starts at the home page: the quick links lead to the list of years, the year and the month.
            ForgetSession(browser);
            browser.SetViewport(Browser.Phone);
            browser.Open(App.Url("/bangkha"));
            foreach (var (href, text) in new[] { ("/bangkha/budget", "งบประมาณและการใช้จ่าย"), ("/bangkha/procurement", "การจัดซื้อจัดจ้าง") })
            {
                var link = browser.Driver.FindElement(By.CssSelector($"ul.quick a[href='{href}']"));
                ScrollIntoView(browser, link);
                Assert.True(link.Displayed, $"the home page's {href} link is hidden at 360 px");
                Assert.Equal(text, link.Text);
                Assert.True(link.Size.Height >= 44 && link.Size.Width >= 44, $"{href} is a {link.Size.Width}×{link.Size.Height} px target");
            }

            Assert.True(browser.Script<long>("return document.documentElement.scrollWidth;") <= 360, "the home page scrolls sideways at 360 px");
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), "/bangkha");
            browser.SaveScreenshot("procurement-home-links-360");
            Follow(browser, By.CssSelector("ul.quick a[href='/bangkha/procurement']"), "/bangkha/procurement");

            Assert.Equal("การจัดซื้อจัดจ้าง", browser.Driver.FindElement(By.CssSelector("main h1")).Text);
            Assert.Contains(Squeeze("ปีงบประมาณ พ.ศ. 2568"), Squeeze(browser.BodyText), StringComparison.Ordinal);
            Assert.True(browser.Script<long>("return document.documentElement.scrollWidth;") <= 360, "the procurement list scrolls sideways at 360 px");
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), "/bangkha/procurement");
            browser.SaveScreenshot("procurement-index-360");
            Follow(browser, By.CssSelector("main a[href='/bangkha/procurement/2568']"), "/bangkha/procurement/2568");

            Assert.True(browser.Script<long>("return document.documentElement.scrollWidth;") <= 360, "the year page scrolls sideways at 360 px");
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), "/bangkha/procurement/2568");
            Follow(browser, By.CssSelector("main a[href='/bangkha/procurement/2568/2567-10']"), "/bangkha/procurement/2568/2567-10");

            var body = browser.BodyText;
            Assert.Contains("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567", body, StringComparison.Ordinal);
            Assert.Contains("หจก. ทางดี", body, StringComparison.Ordinal);
            Assert.Contains("ลงวันที่ 21 ตุลาคม 2567", body, StringComparison.Ordinal);
            Assert.Contains("หนึ่งแสนหกพันแปดร้อยบาทถ้วน", body, StringComparison.Ordinal);
            Assert.Equal(9, browser.Driver.FindElements(By.CssSelector("table.sorkhor1-table thead th")).Count);
            var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
            Assert.True(scrollWidth <= 360, $"the month page is {scrollWidth} px wide at 360 px");
            Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), "/bangkha/procurement/2568/2567-10");
            browser.SaveScreenshot("procurement-month-360");
        });
    }
}
