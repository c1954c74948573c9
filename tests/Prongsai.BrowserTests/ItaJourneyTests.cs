using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The ITA journey on a fresh organization: an OrgAdmin saves two about pages, opens the FY2568 checklist, accepts the
/// two suggestions they bring, adds an external link, marks an item ready and approves it; the public ITA page shows
/// it. Every page is checked with axe at desktop size and at 360 px.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ItaJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string ExternalUrl = "https://www.example.go.th/contact-channels";

    [Fact]
    public void An_org_admin_accepts_suggestions_adds_a_link_approves_and_the_public_page_shows_it()
    {
        var org = App.Commands.CreateOrganization("ita", "องค์การบริหารส่วนตำบลทดสอบไอทีเอ");
        var email = $"admin@{org}.test";
        const string password = "Ita-Admin-2568!";
        App.Commands.CreateUserWithPassword(org, email, "OrgAdmin", password, name: "ผู้ดูแลระบบ ทดสอบ");

        WithBrowser("ita-journey", Browser.Desktop, browser =>
        {
            var axe = new AxeWalk(browser, "ita");
            SignIn(browser, email, password);

            // Two about pages with the organization's own text: each answers an FY2568 item.
            foreach (var key in new[] { "structure", "contact" })
            {
                browser.Open(App.Url($"/staff/{org}/pages/{key}"));
                ClickAndWaitForNextPage(browser, Button(browser, "บันทึก"));
            }

            browser.Open(App.Url($"/staff/{org}/ita"));
            axe.Check("staff-index");
            browser.Driver.FindElements(By.CssSelector("#catalog option")).Single(o => o.GetDomProperty("value") == "2568/lao").Click();
            ClickAndWaitForNextPage(browser, Button(browser, "เปิดรายการ"));
            Assert.Equal($"/staff/{org}/ita/2568", browser.Url.AbsolutePath);
            axe.Check("staff-checklist");

            // Accept the two suggestions.
            foreach (var code in new[] { "O1", "O3" })
            {
                browser.Open(App.Url($"/staff/{org}/ita/2568"));
                var link = browser.Driver.FindElement(By.XPath($"//main//table//a[normalize-space(.)='{code}']"));
                Follow(browser, By.XPath($"//main//table//a[normalize-space(.)='{code}']"), new Uri(link.GetDomProperty("href")!).AbsolutePath);
                if (code == "O1")
                {
                    axe.Check("staff-item-suggested");
                }

                ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน"));
                Assert.Contains("ยืนยันหลักฐานแล้ว", browser.BodyText, StringComparison.Ordinal);
            }

            // On O3 (contact): an external link, ready, approved.
            browser.Driver.FindElement(By.Id("url")).SendKeys(ExternalUrl);
            browser.Driver.FindElement(By.Id("title")).SendKeys("ช่องทางติดต่อและถามตอบ");
            ClickAndWaitForNextPage(browser, Button(browser, "เพิ่มลิงก์"));
            browser.Driver.FindElements(By.CssSelector("#status option")).Single(o => o.GetDomProperty("value") == "Ready").Click();
            browser.Driver.FindElement(By.Id("note")).SendKeys("ช่องทางติดต่อแบบสองทาง");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกสถานะ"));
            ClickAndWaitForNextPage(browser, Button(browser, "อนุมัติข้อนี้"));
            Assert.Contains("อนุมัติแล้ว", browser.BodyText, StringComparison.Ordinal);
            axe.Check("staff-item-approved");
            browser.SetViewport(Browser.Phone);
            axe.Check("staff-item-approved-360");
            browser.SetViewport(Browser.Desktop);

            // The public page: /ita leads to FY2568; O3 shows both links, O1 (not ready) is listed as missing.
            ForgetSession(browser);
            browser.Open(App.Url($"/{org}/ita"));
            browser.WaitUntil(_ => browser.Url.AbsolutePath == $"/{org}/ita/2568", message: "/ita did not lead to the FY2568 checklist");
            var o3 = browser.Driver.FindElements(By.CssSelector("li.ita-item")).Single(li => li.FindElement(By.CssSelector(".ita-code")).Text == "O3");
            Assert.Single(o3.FindElements(By.CssSelector($"a[href='{ExternalUrl}']")));
            Assert.Single(o3.FindElements(By.CssSelector($"a[href='/{org}/about/contact']")));
            var o1 = browser.Driver.FindElements(By.CssSelector("li.ita-item")).Single(li => li.FindElement(By.CssSelector(".ita-code")).Text == "O1");
            Assert.Contains("ยังไม่มีข้อมูล", o1.Text, StringComparison.Ordinal);
            axe.Check("public-desktop");
            browser.SetViewport(Browser.Phone);
            axe.Check("public-360");
            var overflow = browser.Script<bool>("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            Assert.False(overflow, "the public ITA page scrolls sideways at 360 px");
            axe.AssertNoProblems();
        });
    }
}
