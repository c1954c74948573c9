using System.IO.Compression;
using System.Text;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// A circular from issue to evidence, as the people who use it would: the organization's administrator issues one to everyone with the
/// signed letter attached and a date typed in พ.ศ.; a clerk sees it waiting on the dashboard of her phone, opens it and
/// acknowledges it; the administrator sees who has and has not, downloads the list (CSV and Excel, read back), closes
/// the account of a recipient who moved away (the circular stops waiting for him), and withdraws the circular through a
/// confirmation page that refuses an empty reason. Every page is axe-clean, and on
/// the phone none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CircularJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Title = "แนวทางปฏิบัติการขอยืมทรัพย์สินของทางราชการ";
    private const string Password = "Nangsue-Wian-2569!";

    [Fact]
    public void A_circular_is_issued_acknowledged_on_a_phone_followed_and_withdrawn()
    {
        var org = App.Commands.CreateOrganization("circular", "องค์การบริหารส่วนตำบลทดสอบหนังสือเวียน");
        var mayor = $"palad@{org}.test";
        var clerk = $"clerk@{org}.test";
        App.Commands.CreateUserWithPassword(org, mayor, "OrgAdmin", Password, name: "ปลัด อบต. ทดสอบ");
        App.Commands.CreateUserWithPassword(org, clerk, "DepartmentStaff", Password, "กองคลัง", "นางสาวการเงิน ทดสอบ");
        App.Commands.CreateUser(org, $"engineer@{org}.test", "DepartmentStaff", "กองช่าง", "นายช่าง ทดสอบ");
        using var folder = new TempFolder("prongsai-circular-");
        var letter = folder.File("หนังสือเวียน.pdf");
        File.WriteAllBytes(letter, TestFiles.OnePagePdf("Circular 15/2569"));
        string circularPath = "";

        WithBrowser("circular-issue", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-circular-issue");
            SignIn(browser, mayor, Password);
            browser.Open(App.Url($"/staff/{org}/circulars"));
            Follow(browser, By.LinkText("ออกหนังสือเวียน"), $"/staff/{org}/circulars/new");
            walk.Check("new");
            browser.Driver.FindElement(By.Id("number")).SendKeys("ทด 71101/ว 15");
            browser.Driver.FindElement(By.Id("title")).SendKeys(Title);
            browser.Driver.FindElement(By.Id("body")).SendKeys("ให้บุคลากรทุกคนถือปฏิบัติตามแนวทางที่แนบมา\n\nการยืมต้องได้รับอนุญาตเป็นหนังสือก่อนทุกครั้ง");
            browser.Driver.FindElement(By.Id("file")).SendKeys(letter);
            browser.Driver.FindElement(By.Id("acknowledge-by")).SendKeys("31/12/2599");
            ClickAndWaitForNextPage(browser, Button(browser, "ออกหนังสือเวียน"));
            circularPath = browser.Url.AbsolutePath;
            Assert.Matches($"^/staff/{org}/circulars/[0-9]+$", circularPath);
            Assert.Contains("ส่งถึง 2 คน", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("รับทราบแล้ว 0 จาก 2 คน", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("31 ธันวาคม 2599", browser.BodyText, StringComparison.Ordinal);
            walk.Check("issued");
            walk.AssertNoProblems();
        });

        WithBrowser("circular-acknowledge", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-circular-acknowledge");
            SignIn(browser, clerk, Password);
            browser.Open(App.Url($"/staff/{org}"));
            Assert.Contains("หนังสือเวียนรอคุณรับทราบ", browser.BodyText, StringComparison.Ordinal);
            // The notification at the top leads straight to the circular; the card leads to the waiting list.
            var notification = browser.Driver.FindElement(By.CssSelector("main section[aria-labelledby='notes'] a"));
            Assert.Contains(Title, notification.Text, StringComparison.Ordinal);
            Assert.Equal(App.Url(circularPath).AbsoluteUri, notification.GetAttribute("href"));
            Follow(browser, By.CssSelector("main a[href$='circulars?filter=WaitingForMe']"), $"/staff/{org}/circulars");
            Assert.Contains("รอคุณรับทราบ", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("waiting-list");
            Follow(browser, By.PartialLinkText(Title), circularPath);
            // The person it was sent to sees the button, not the roll.
            Assert.DoesNotContain("รับทราบแล้ว 0 จาก", browser.BodyText, StringComparison.Ordinal);
            var acknowledge = Button(browser, "รับทราบ");
            Assert.True(acknowledge.Location.Y + acknowledge.Size.Height <= 740 * 2, "the button is far down the page");
            Fits(browser);
            walk.Check("circular");
            ClickAndWaitForNextPage(browser, acknowledge);
            Assert.Contains("คุณรับทราบแล้วเมื่อ", browser.BodyText, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.XPath("//main//button[normalize-space(.)='รับทราบ']")));
            walk.Check("acknowledged");

            browser.Open(App.Url($"/staff/{org}/circulars?filter=WaitingForMe"));
            Assert.Contains("ไม่มีหนังสือเวียนที่รอคุณรับทราบ", browser.BodyText, StringComparison.Ordinal);
            walk.AssertNoProblems();
        });

        WithBrowser("circular-follow", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-circular-follow");
            SignIn(browser, mayor, Password);
            browser.Open(App.Url(circularPath));
            Assert.Contains("รับทราบแล้ว 1 จาก 2 คน", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("ยังไม่รับทราบ 1 คน", browser.BodyText, StringComparison.Ordinal);

            browser.Driver.FindElement(By.PartialLinkText("(CSV)")).Click();
            var csv = File.ReadAllBytes(browser.WaitForDownload(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).FullName);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
            var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.Contains(lines, l => l.Contains("นางสาวการเงิน ทดสอบ,รับทราบแล้ว", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("นายช่าง ทดสอบ,ยังไม่รับทราบ", StringComparison.Ordinal));

            browser.Driver.FindElement(By.PartialLinkText("(Excel)")).Click();
            var xlsx = browser.WaitForDownload(n => n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("นายช่าง ทดสอบ", XlsxText(xlsx.FullName), StringComparison.Ordinal);

            // The signed letter opens from the circular.
            var letterLink = browser.Driver.FindElement(By.PartialLinkText("เปิดไฟล์หนังสือ")).GetAttribute("href")!;
            Assert.EndsWith("?handler=File", letterLink, StringComparison.Ordinal);

            // The engineer moves to another office: his account is closed through its confirmation page, and the
            // circular stops waiting for him.
            browser.Open(App.Url($"/staff/{org}/staff"));
            browser.Driver.FindElement(By.PartialLinkText("นายช่าง ทดสอบ")).Click();
            browser.WaitUntil(d => d.FindElements(By.PartialLinkText("ปิดบัญชีนี้")).Count > 0);
            var memberPath = browser.Url.AbsolutePath;
            Follow(browser, By.PartialLinkText("ปิดบัญชีนี้"), memberPath + "/close");
            Assert.Contains("เข้าสู่ระบบไม่ได้อีก", browser.BodyText, StringComparison.Ordinal);
            walk.Check("close-account-confirm");
            browser.Driver.FindElement(By.Id("reason")).SendKeys("ย้ายไปสังกัดอื่น");
            ClickAndWaitForNextPage(browser, Button(browser, "ปิดบัญชีนี้"));
            Assert.Equal(memberPath, browser.Url.AbsolutePath);
            Assert.Contains("บัญชีนี้ปิดแล้วเมื่อ", browser.BodyText, StringComparison.Ordinal);
            walk.Check("account-closed");
            browser.Open(App.Url(circularPath));
            Assert.Contains("รับทราบแล้ว 1 จาก 1 คน", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("ไม่นับผู้ที่ปิดบัญชีไปแล้ว 1 คน", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("ปิดบัญชีแล้ว (ไม่นับ)", browser.BodyText, StringComparison.Ordinal);

            Follow(browser, By.PartialLinkText("ยกเลิกหนังสือเวียนนี้"), circularPath + "/cancel");
            walk.Check("cancel-confirm");
            // An empty reason is refused in Thai, and nothing changes (the browser's own check is bypassed on purpose).
            browser.Script<object>("document.getElementById('reason').removeAttribute('required');");
            ClickAndWaitForNextPage(browser, Button(browser, "ยกเลิกหนังสือเวียนนี้"));
            Assert.Contains("กรุณาบอกเหตุผลที่ยกเลิก", browser.BodyText, StringComparison.Ordinal);
            walk.Check("cancel-refused");
            browser.Driver.FindElement(By.Id("reason")).SendKeys("ออกฉบับใหม่แทนแล้ว");
            ClickAndWaitForNextPage(browser, Button(browser, "ยกเลิกหนังสือเวียนนี้"));
            Assert.Equal(circularPath, browser.Url.AbsolutePath);
            Assert.Contains("ออกฉบับใหม่แทนแล้ว", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("รับทราบแล้ว 1 จาก 1 คน", browser.BodyText, StringComparison.Ordinal);
            walk.Check("cancelled");
            walk.AssertNoProblems();
        });
    }

    private static string XlsxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        // The writer keeps Thai as inline strings in the sheet itself.
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        return string.Concat(sheets.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
