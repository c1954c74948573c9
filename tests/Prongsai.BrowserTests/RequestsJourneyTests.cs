using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// On a 360 px phone a citizen files an anonymous complaint with a photo and keeps the tracking code from the receipt; a
/// ComplaintOfficer answers it in the back office; the citizen types the code on the tracking page and reads the
/// answer. Axe on the form, the receipt and the status page; no page scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RequestsJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Subject = "ไฟฟ้าส่องสว่างดับทั้งซอย หมู่ 4";
    private const string Answer = "กองช่างเปลี่ยนหลอดไฟทั้งซอยแล้ว เมื่อวันที่ 5 มีนาคม";

    [Fact]
    public void A_citizen_files_an_anonymous_complaint_with_a_photo_an_officer_answers_and_the_citizen_reads_the_answer()
    {
        var commands = App.Commands;
        var org = commands.CreateOrganization("journey-req", "องค์การบริหารส่วนตำบลทดสอบเรื่องร้องเรียน");
        var officer = $"officer@{org}.test";
        const string password = "Rueang-Rong-2568!";
        commands.CreateUserWithPassword(org, officer, "ComplaintOfficer", password, null, "เจ้าหน้าที่รับเรื่อง ทดสอบ");
        using var folder = new TempFolder("prongsai-request-");
        var photo = folder.File("IMG_0001.png");
        File.WriteAllBytes(photo, Png());
        string code = "";

        WithBrowser("journey-requests-citizen", Browser.Phone, browser =>
        {
            browser.Open(App.Url($"/{org}/"));
            Follow(browser, By.CssSelector($"main a[href='/{org}/complaints']"), $"/{org}/complaints");
            Check(browser, "complaint form");
            browser.Driver.FindElement(By.Id("Subject")).SendKeys(Subject);
            browser.Driver.FindElement(By.Id("Details")).SendKeys("ไฟดับมาหนึ่งสัปดาห์ มืดมาก เด็กเดินกลับบ้านลำบาก");
            browser.Driver.FindElement(By.CssSelector("input[name='Form.Anonymous']")).Click();
            browser.Driver.FindElement(By.Id("files")).SendKeys(photo);
            browser.Driver.FindElement(By.CssSelector("input[name='Form.AcceptsPrivacyNotice']")).Click();
            ClickAndWaitForNextPage(browser, Button(browser, "ส่งเรื่องร้องเรียน"));
            code = browser.Driver.FindElement(By.Id("tracking-code")).Text;
            Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
            Assert.Single(browser.Driver.FindElements(By.CssSelector(".receipt svg.qr")));
            browser.SaveScreenshot("journey-requests-receipt-360");
            Check(browser, "receipt");
        });

        WithBrowser("journey-requests-officer", Browser.Phone, browser =>
        {
            SignIn(browser, officer, password);
            browser.Open(App.Url($"/staff/{org}/requests"));
            var link = browser.Driver.FindElements(By.CssSelector("main table a")).Single(a => a.Text == Subject);
            var path = new Uri(link.GetDomProperty("href")!).AbsolutePath;
            Follow(browser, By.CssSelector($"main table a[href='{path}']"), path);
            Assert.Contains("ไม่ประสงค์ออกนาม", browser.Driver.FindElement(By.Id("requester")).Text, StringComparison.Ordinal);
            Assert.Contains("attachment-1.png", browser.BodyText, StringComparison.Ordinal);
            browser.Driver.FindElement(By.Id("answer-text")).SendKeys(Answer);
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึกคำตอบ"));
            Assert.Contains("ตอบเรื่องแล้ว", browser.BodyText, StringComparison.Ordinal);
        });

        WithBrowser("journey-requests-status", Browser.Phone, browser =>
        {
            browser.Open(App.Url($"/{org}/"));
            browser.Driver.FindElement(By.CssSelector("nav.public-nav summary")).Click();
            Follow(browser, By.CssSelector($"nav.public-nav a[href='/{org}/track']"), $"/{org}/track");
            var box = browser.Driver.FindElement(By.Id("code"));
            box.SendKeys(code.ToLowerInvariant());
            ClickAndWaitForNextPage(browser, Button(browser, "ดูสถานะ"));
            Assert.Equal($"/{org}/track/{code}", browser.Url.AbsolutePath);
            Assert.Equal(Answer, browser.Driver.FindElement(By.Id("answer-text")).Text);
            Assert.Equal("ตอบแล้ว", browser.Driver.FindElement(By.Id("request-status")).Text);
            browser.SaveScreenshot("journey-requests-answer-360");
            Check(browser, "status page");
        });
    }

    private static void Check(Browser browser, string page)
    {
        Axe.AssertNoSeriousViolations(Axe.Run(browser.Driver), page);
        var width = browser.Script<long>("return document.documentElement.scrollWidth;");
        Assert.True(width <= 360, $"{page} is {width} px wide at 360 px");
    }

    /// <summary>A real 2×2 PNG with a text chunk a phone might write.</summary>
    private static byte[] Png()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 2);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 2);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        Chunk(output, "tEXt", Encoding.Latin1.GetBytes("Comment\0GPS 13.75N 100.50E"));
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
            }

            Chunk(output, "IDAT", raw.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, ~crc);
        output.Write(sum);
    }
}
