using System.IO.Compression;
using OpenQA.Selenium;
using Prongsai.Core.Calendar;

namespace Prongsai.BrowserTests;

/// <summary>
/// A loan of government property from the register to the evidence, as the people who do it would: the keeper of the
/// supplies unit adds ten tents that may be lent; a clerk on her phone finds them from the staff menu, mistypes a date
/// (told beside the field, in Thai) and asks for four with พ.ศ. dates; the executive approves from the notification on
/// the dashboard; the keeper records them back damaged with a note, the register shows "ชำรุด", and the year's loan
/// register downloads as Excel (read back). Every page is axe-clean, and on the phone none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AssetLoanJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Tent = "เต็นท์ 4x8 เมตร";
    private const string Password = "Sap-Sin-Ratchakan-2569!";

    [Fact]
    public void Tents_are_added_asked_for_on_a_phone_approved_from_the_dashboard_and_returned_damaged()
    {
        var org = App.Commands.CreateOrganization("assets", "องค์การบริหารส่วนตำบลทดสอบทรัพย์สิน");
        var keeper = $"phatsadu@{org}.test";
        var clerk = $"clerk@{org}.test";
        var mayor = $"mayor@{org}.test";
        App.Commands.CreateUserWithPassword(org, keeper, "DepartmentStaff", Password, "กองคลัง", "นางสาวพัสดุ ทดสอบ");
        App.Commands.CreateUserWithPassword(org, clerk, "DepartmentStaff", Password, "กองช่าง", "นางช่างโยธา ทดสอบ");
        App.Commands.CreateUserWithPassword(org, mayor, "Executive", Password, name: "นายก อบต. ทดสอบ");
        var today = BangkokTime.Today(TimeProvider.System);
        var from = today.AddDays(1);
        var until = today.AddDays(3);
        var register = $"/staff/{org}/assets";
        string assetPath = "", loanPath = "";

        WithBrowser("assets-add", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-assets-add");
            SignIn(browser, keeper, Password);
            browser.Open(App.Url($"/staff/{org}"));
            FollowStaffMenu(browser, "/assets", register);
            Assert.Contains("ยังไม่มีทรัพย์สินในรายการนี้", browser.BodyText, StringComparison.Ordinal);
            walk.Check("empty-register");
            Follow(browser, By.LinkText("เพิ่มทรัพย์สิน"), register + "/new");
            walk.Check("new");
            browser.Driver.FindElement(By.Id("code")).SendKeys("416-66-0001");
            browser.Driver.FindElement(By.Id("name")).SendKeys(Tent);
            browser.Driver.FindElement(By.Id("category")).SendKeys("ครุภัณฑ์งานบ้านงานครัว");
            var quantity = browser.Driver.FindElement(By.Id("quantity"));
            quantity.Clear();
            quantity.SendKeys("10");
            browser.Driver.FindElement(By.XPath("//select[@id='department']/option[normalize-space(.)='สำนักปลัด']")).Click();
            browser.Driver.FindElement(By.Id("location")).SendKeys("โรงเก็บพัสดุ");
            browser.Driver.FindElement(By.Id("acquired-on")).SendKeys("1 มี.ค. 2566");
            browser.Driver.FindElement(By.Id("value")).SendKeys("12500");
            browser.Driver.FindElement(By.Name("Input.Lendable")).Click();
            browser.Driver.FindElement(By.Name("Input.ShownToPublic")).Click();
            browser.SaveFullPageScreenshot("assets-new-1366");
            ClickAndWaitForNextPage(browser, Button(browser, "เพิ่มในทะเบียน"));
            assetPath = browser.Url.AbsolutePath;
            Assert.Matches($"^/staff/{org}/assets/[0-9]+$", assetPath);
            Assert.Contains($"เพิ่ม {Tent} (416-66-0001) ในทะเบียนแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("10 ชิ้น", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("1 มีนาคม 2566", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("12,500.00 บาท", browser.BodyText, StringComparison.Ordinal);
            walk.Check("asset");
            browser.SaveFullPageScreenshot("assets-asset-1366");
            walk.AssertNoProblems();
        });

        WithBrowser("assets-ask", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-assets-ask");
            SignIn(browser, clerk, Password);
            browser.Open(App.Url($"/staff/{org}"));
            Fits(browser);
            // The dashboard's property card and the staff menu both lead to the register.
            Assert.Contains("ทรัพย์สินและการยืม", browser.BodyText, StringComparison.Ordinal);
            FollowStaffMenu(browser, "/assets", register);
            Assert.Contains(Tent, browser.BodyText, StringComparison.Ordinal);
            Assert.DoesNotContain("เพิ่มทรัพย์สิน", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("register");
            browser.SaveFullPageScreenshot("assets-register-360");
            Follow(browser, By.CssSelector($"a[href='{assetPath}/borrow']"), assetPath + "/borrow");
            Assert.Contains("ว่างให้ยืมวันนี้", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("ยืมได้เพื่อใช้ในงานของทางราชการเท่านั้น", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains(ThaiDateInput.DateHint, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("borrow");
            browser.SaveFullPageScreenshot("assets-borrow-360");

            // 31 February: told beside the field, the form kept as typed.
            var quantity = browser.Driver.FindElement(By.Id("quantity"));
            quantity.Clear();
            quantity.SendKeys("4");
            browser.Driver.FindElement(By.Id("from")).SendKeys("31/02/2569");
            browser.Driver.FindElement(By.Id("until")).SendKeys(ThaiDateInput.Format(until));
            browser.Driver.FindElement(By.Id("purpose")).SendKeys("ประชุมประชาคมหมู่ที่ 3 เรื่องแผนพัฒนาหมู่บ้าน");
            browser.Driver.FindElement(By.Id("place")).SendKeys("ศาลาประชาคมหมู่ที่ 3");
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งคำขอยืม"));
            Assert.Equal(assetPath + "/borrow", browser.Url.AbsolutePath);
            Assert.Contains("วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2569", browser.Driver.FindElement(By.Id("Input_From-error")).Text, StringComparison.Ordinal);
            Assert.Equal("4", browser.Driver.FindElement(By.Id("quantity")).GetAttribute("value"));
            Fits(browser);
            walk.Check("borrow-refused");
            browser.SaveFullPageScreenshot("assets-borrow-refused-360");

            var start = browser.Driver.FindElement(By.Id("from"));
            start.Clear();
            start.SendKeys(ThaiDateInput.Format(from));
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งคำขอยืม"));
            loanPath = browser.Url.AbsolutePath;
            Assert.Matches($"^/staff/{org}/assets/loans/[0-9]+$", loanPath);
            Assert.Contains("ส่งคำขอยืมแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("รอพิจารณา", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains(ThaiDate.FormatLong(from), browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("loan-waiting");
            browser.SaveFullPageScreenshot("assets-loan-waiting-360");

            browser.Open(App.Url(register + "/loans"));
            Assert.Contains(Tent, browser.BodyText, StringComparison.Ordinal);
            Assert.DoesNotContain("ดาวน์โหลดทะเบียนคุมการยืม", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("my-loans");
            walk.AssertNoProblems();
        });

        WithBrowser("assets-approve", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-assets-approve");
            SignIn(browser, mayor, Password);
            browser.Open(App.Url($"/staff/{org}"));
            Assert.Contains("คำขอยืมรอพิจารณา", browser.BodyText, StringComparison.Ordinal);
            walk.Check("dashboard");
            var notification = browser.Driver.FindElement(By.CssSelector("main section[aria-labelledby='notes'] a"));
            Assert.Contains($"คำขอยืม {Tent} 4 ชิ้น ของ นางช่างโยธา ทดสอบ รอพิจารณา", notification.Text, StringComparison.Ordinal);
            Follow(browser, By.CssSelector("main section[aria-labelledby='notes'] a"), loanPath);
            Assert.Contains("ประชุมประชาคมหมู่ที่ 3", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("ขณะนี้มีของว่าง 10 จาก 10 ชิ้น", browser.BodyText, StringComparison.Ordinal);
            walk.Check("loan-to-decide");
            browser.SaveFullPageScreenshot("assets-loan-decide-1366");
            browser.Driver.FindElement(By.Id("approve-note")).SendKeys("รับของที่งานพัสดุ กองคลัง");
            ClickAndWaitForNextPage(browser, Button(browser, "อนุมัติให้ยืม"));
            Assert.Equal(loanPath, browser.Url.AbsolutePath);
            Assert.Contains("อนุมัติแล้ว อยู่ระหว่างยืม", browser.BodyText, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.XPath("//main//button[normalize-space(.)='อนุมัติให้ยืม']")));
            walk.Check("approved");
            walk.AssertNoProblems();
        });

        WithBrowser("assets-return", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-assets-return");
            SignIn(browser, keeper, Password);
            browser.Open(App.Url(register + "/loans?filter=Out"));
            Assert.Contains(Tent, browser.BodyText, StringComparison.Ordinal);
            walk.Check("loans-out");
            Follow(browser, By.CssSelector($"a[href='{loanPath}']"), loanPath);
            Assert.Contains("บันทึกการส่งคืน", browser.BodyText, StringComparison.Ordinal);
            Assert.Equal(ThaiDateInput.Format(today), browser.Driver.FindElement(By.Id("returned-on")).GetAttribute("value"));
            browser.Driver.FindElement(By.CssSelector("input[name='ReturnInput.Condition'][value='Damaged']")).Click();
            browser.Driver.FindElement(By.Id("return-note")).SendKeys("ผ้าใบขาด 1 หลัง ผู้ยืมรับจะซ่อมให้ใช้ได้ดังเดิมภายใน 7 วัน");
            walk.Check("loan-to-return");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกการส่งคืน"));
            Assert.Equal(loanPath, browser.Url.AbsolutePath);
            Assert.Contains("คืนแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("ผ้าใบขาด 1 หลัง", browser.BodyText, StringComparison.Ordinal);
            walk.Check("returned");
            browser.SaveFullPageScreenshot("assets-loan-returned-1366");

            browser.Open(App.Url(assetPath));
            Assert.Contains("ชำรุด", browser.Driver.FindElement(By.CssSelector("dl.receipt-facts")).Text, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.CssSelector($"a[href='{assetPath}/borrow']")));
            walk.Check("asset-damaged");
            browser.Open(App.Url(register + "?filter=NeedsAttention"));
            Assert.Contains(Tent, browser.BodyText, StringComparison.Ordinal);
            walk.Check("needs-attention");
            browser.SaveFullPageScreenshot("assets-register-1366");

            // The loan register of the loan's fiscal year, as Excel, read back.
            browser.Open(App.Url($"{register}/loans?year={FiscalYear.ForDate(from)}"));
            walk.Check("loans-year");
            browser.SaveFullPageScreenshot("assets-loans-1366");
            browser.Driver.FindElement(By.PartialLinkText("(Excel)")).Click();
            var xlsx = browser.WaitForDownload(n => n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));
            var text = XlsxText(xlsx.FullName);
            foreach (var expected in new[] { "ทะเบียนคุมการยืม", "กำหนดส่งคืน", Tent, "นางช่างโยธา ทดสอบ", "ประชุมประชาคมหมู่ที่ 3", "นายก อบต. ทดสอบ", "คืนแล้ว", "ชำรุด", ThaiDateInput.Format(until) })
            {
                Assert.Contains(expected, text, StringComparison.Ordinal);
            }

            walk.AssertNoProblems();
        });

        // The keeper's pages on a phone: none scrolls sideways, each axe-clean.
        WithBrowser("assets-keeper-phone", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-assets-keeper-phone");
            SignIn(browser, keeper, Password);
            foreach (var (path, name) in new[]
            {
                (register, "register"), (register + "/new", "new"), (assetPath, "asset"), (assetPath + "/edit", "edit"),
                (assetPath + "/retire", "retire"), (assetPath + "/borrow", "borrow-keeper"), (register + "/loans", "loans"), (loanPath, "loan"),
            })
            {
                browser.Open(App.Url(path));
                Assert.Equal(path, browser.Url.AbsolutePath);
                Fits(browser);
                walk.Check(name);
                browser.SaveFullPageScreenshot($"assets-{name}-360");
            }

            walk.AssertNoProblems();
        });
    }

    private static string XlsxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        // The writer keeps Thai as inline strings in the sheet itself; the sheet's name is in the workbook.
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/workbook.xml").ToList();
        Assert.NotEmpty(parts);
        return string.Concat(parts.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
