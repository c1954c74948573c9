using System.Drawing;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The approval flow as the people in it live it, on a phone (360 px) and on an office screen: a DepartmentStaff
/// clerk records progress with a date typed as Thais write it and asks for approval; the department head, told on the
/// dashboard, requests it; the Executive previews the draft as the public will see it and approves on the
/// confirmation page; a measure deleted by mistake comes back from the trash. Screenshots of each step go to
/// TestResults/screenshots (the ones in docs/screenshots come from here); every page is axe-checked.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ApprovalJourneyTests(AppServer app) : BrowserTest(app)
{
    private const int FiscalYear = 2567;
    private const string Finance = "กองคลัง";
    private const string Password = "Khlong-Approval-2567!";

    [Theory]
    [InlineData("360")]
    [InlineData("desktop")]
    public void Clerk_asks_head_requests_executive_previews_and_approves_and_a_deleted_measure_is_restored(string size)
    {
        var viewport = size == "360" ? Browser.Phone : Browser.Desktop;
        var org = App.Commands.CreateOrganization("approval" + size, "องค์การบริหารส่วนตำบลทดสอบการอนุมัติ");
        App.Commands.ImportSeedReport(org, FiscalYear);
        var clerk = $"somsri@{org}.test";
        var head = $"head@{org}.test";
        var executive = $"mayor@{org}.test";
        App.Commands.CreateUserWithPassword(org, clerk, "DepartmentStaff", Password, Finance, "สมศรี ใจดี");
        App.Commands.CreateUserWithPassword(org, head, "DepartmentHead", Password, Finance, "หัวหน้ากองคลัง");
        App.Commands.CreateUserWithPassword(org, executive, "Executive", Password, name: "นายก อบต.");
        var planPath = $"/staff/{org}/measures/{FiscalYear}";

        WithBrowser($"approval-journey-{size}", viewport, browser =>
        {
            var walk = new AxeWalk(browser, $"axe-approval-{size}");
            var anyImpact = new List<string>(); // the changed pages must have no violation at all, minor ones included
            void Step(string name)
            {
                Fits(browser, viewport);
                walk.Check(name);
                anyImpact.AddRange(Axe.Run(browser.Driver).Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help}"));
                browser.SaveScreenshot($"approval-{size}-{name}");
            }

            // 1. The clerk records progress on measure 4 (กองคลัง's) with the date typed as 24/11/2567.
            SignIn(browser, clerk, Password);
            browser.Open(App.Url(planPath));
            var measureLink = browser.Driver.FindElement(By.XPath("//main//table/tbody/tr[normalize-space(td[1])='4']/td[2]//a"));
            var measurePath = new Uri(measureLink.GetDomProperty("href")!).AbsolutePath;
            Follow(browser, By.XPath($"//main//table//a[@href='{measurePath}']"), measurePath);
            var stepLink = browser.Driver.FindElements(By.CssSelector("main a[href*='/measures/step/']")).First(a => a.Displayed);
            var stepPath = new Uri(stepLink.GetDomProperty("href")!).AbsolutePath;
            Follow(browser, By.CssSelector($"main a[href='{stepPath}']"), stepPath);
            browser.Driver.FindElement(By.Name("Text")).SendKeys("ตรวจสอบทะเบียนคุมใบเสร็จรับเงินครบทุกเล่มแล้ว");
            var date = browser.Driver.FindElement(By.Id("Date"));
            date.Clear();
            date.SendKeys("24/11/2567");
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")));
            Assert.Contains("24 พฤศจิกายน 2567", browser.BodyText, StringComparison.Ordinal);
            Step("1-progress-recorded");

            // 2. The clerk sees who can request approval and asks them.
            browser.Open(App.Url(planPath));
            Assert.Contains("หัวหน้ากองคลัง", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "แจ้งให้ส่งขออนุมัติเผยแพร่"));
            Step("2-clerk-asked");

            // 3. The head finds the request on the dashboard and requests approval.
            ForgetSession(browser);
            SignIn(browser, head, Password);
            browser.Open(App.Url($"/staff/{org}"));
            Assert.Contains("สมศรี ใจดี บันทึกความก้าวหน้ามาตรการปีงบประมาณ 2567 แล้ว", browser.BodyText, StringComparison.Ordinal);
            Step("3-head-dashboard");
            browser.Open(App.Url(planPath));
            ClickAndWaitForNextPage(browser, Button(browser, "ขออนุมัติเผยแพร่"));
            Assert.Contains("รออนุมัติเผยแพร่ ขอโดย", browser.BodyText, StringComparison.Ordinal);

            // 4. The Executive previews the draft — the public page, marked as a draft — then approves after confirming.
            ForgetSession(browser);
            SignIn(browser, executive, Password);
            browser.Open(App.Url(planPath));
            Follow(browser, By.CssSelector($"main a[href='{planPath}/preview']"), planPath + "/preview");
            Assert.Contains("ร่าง — ยังไม่เผยแพร่", browser.BodyText, StringComparison.Ordinal);
            Step("4-executive-preview");
            browser.Open(App.Url(planPath));
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.LinkText("อนุมัติและเผยแพร่ฉบับใหม่")));
            Assert.Contains("เผยแพร่ครั้งแรก", browser.BodyText, StringComparison.Ordinal);
            Step("5-publish-confirmation");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน อนุมัติและเผยแพร่ฉบับที่ 1"));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector($"a[href='/{org}/measures/{FiscalYear}?version=1']")));

            // 5. A measure deleted by mistake: asked first, then back from the trash with its steps.
            var deleteLink = browser.Driver.FindElement(By.XPath("//main//table/tbody/tr[normalize-space(td[1])='4']//a[contains(@href, '/delete')]"));
            var deletePath = new Uri(deleteLink.GetDomProperty("href")!).AbsolutePath;
            Follow(browser, By.XPath($"//main//a[@href='{deletePath}']"), deletePath);
            Assert.Contains("30 วัน", browser.BodyText, StringComparison.Ordinal);
            Step("6-delete-confirmation");
            ClickAndWaitForNextPage(browser, Button(browser, "ย้ายมาตรการที่ 4 ไปถังขยะ"));
            Assert.Empty(browser.Driver.FindElements(By.XPath("//main//table/tbody/tr[normalize-space(td[1])='4']")));
            browser.Open(App.Url($"/staff/{org}/trash"));
            Step("7-trash");
            ClickAndWaitForNextPage(browser, Button(browser, "กู้คืน"));
            browser.Open(App.Url(planPath));
            Assert.NotEmpty(browser.Driver.FindElements(By.XPath("//main//table/tbody/tr[normalize-space(td[1])='4']")));
            Step("8-restored");
            browser.Open(App.Url(stepPath));
            Assert.Contains("24 พฤศจิกายน 2567", browser.BodyText, StringComparison.Ordinal);
            walk.AssertNoProblems();
            Assert.Empty(anyImpact);
        });
    }

    private static void Fits(Browser browser, Size viewport)
    {
        var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
        // Names the outermost elements that stick out, so a failure says what to fix.
        var culprits = scrollWidth <= viewport.Width ? "" : browser.Script<string>(
            "var w = document.documentElement.clientWidth, out = [];" +
            "document.querySelectorAll('body *').forEach(function (e) {" +
            "  var p = e.parentElement;" +
            "  if (e.getBoundingClientRect().right > w + 1 && !(e.closest('.table-scroll')) && !(p && p !== document.body && p.getBoundingClientRect().right > w + 1 && !p.matches('main, .page, .container'))) {" +
            "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + (e.textContent || '').trim().slice(0, 40));" +
            "  }" +
            "});" +
            "return document.body.getBoundingClientRect().width + ' ' + out.slice(0, 8).join(' | ');");
        Assert.True(scrollWidth <= viewport.Width, $"{browser.Url.AbsolutePath} is {scrollWidth} px wide: it scrolls sideways ({culprits})");
    }
}
