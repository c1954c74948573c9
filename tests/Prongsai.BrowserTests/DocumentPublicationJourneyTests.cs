using System.Security.Cryptography;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// Journey 3, on a fresh organization: a กองช่าง staff member publishes a document with a PDF attachment (through
/// the publish confirmation page); a citizen
/// finds it by searching for a Thai word written inside unspaced Thai text, opens it and downloads the PDF; the
/// publication ledger lists it, and "verify a file" confirms the downloaded file (and rejects an altered copy).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DocumentPublicationJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Title = "ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568";
    // No spaces around the word searched for: the search must find word boundaries in Thai by itself.
    private const string Body = "องค์การบริหารส่วนตำบลได้ดำเนินโครงการซ่อมแซมถนนลูกรังสายบ้านหนองบัวหมู่ที่สามแล้วเสร็จตามสัญญา";
    private const string Word = "ลูกรัง";

    [Fact]
    public void Staff_publish_a_document_a_citizen_finds_it_in_Thai_downloads_it_and_verifies_it_against_the_ledger()
    {
        var commands = App.Commands;
        var org = commands.CreateOrganization("journey3", "องค์การบริหารส่วนตำบลทดสอบเอกสาร");
        var email = $"engineer@{org}.test";
        const string password = "Kong-Chang-2568!";
        commands.CreateUserWithPassword(org, email, "DepartmentStaff", password, "กองช่าง", "วิศวกรโยธา ทดสอบ");

        var pdf = TestFiles.OnePagePdf("Procurement result, road repair, October 2025");
        using var folder = new TempFolder("prongsai-document-");
        var pdfPath = folder.File("procurement-2568-10.pdf");
        File.WriteAllBytes(pdfPath, pdf);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));

        WithBrowser("journey3-document-publication", Browser.Desktop, browser =>
        {
            // 1. Staff: new document with the PDF, saved, then published.
            SignIn(browser, email, password);
            browser.Open(App.Url($"/staff/{org}/documents"));
            Follow(browser, By.CssSelector($"main a[href='/staff/{org}/documents/edit']"), $"/staff/{org}/documents/edit");
            browser.Driver.FindElement(By.Id("title")).SendKeys(Title);
            browser.Driver.FindElements(By.CssSelector("#category option"))
                .Single(o => o.Text.Contains("สขร.1", StringComparison.Ordinal)).Click();
            var department = browser.Driver.FindElements(By.CssSelector("#department option"));
            Assert.Contains(department, o => o.Selected && o.Text == "กองช่าง");
            var year = browser.Driver.FindElement(By.Id("fy"));
            year.Clear();
            year.SendKeys("2568");
            browser.Driver.FindElement(By.Id("summary")).SendKeys("สรุปผลการจัดซื้อจัดจ้างโครงการซ่อมแซมถนน");
            browser.Driver.FindElement(By.Id("body")).SendKeys(Body);
            browser.Driver.FindElement(By.Id("files")).SendKeys(pdfPath);
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึก"));
            Assert.Matches($"^/staff/{org}/documents/edit/[0-9]+$", browser.Url.AbsolutePath);
            Assert.Contains(sha, browser.BodyText, StringComparison.Ordinal);

            // Publishing asks first, on its own page: first publication, then the confirm button.
            var editPath = browser.Url.AbsolutePath;
            var documentId = editPath.Split('/')[^1];
            Follow(browser, By.LinkText("เผยแพร่ทันที…"), $"/staff/{org}/documents/{documentId}/publish");
            Assert.Contains("เผยแพร่ครั้งแรก", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน เผยแพร่ทันที"));
            Assert.Equal(editPath, browser.Url.AbsolutePath);
            var publicLink = browser.Driver.FindElement(By.XPath("//main//a[contains(., 'ดูหน้าเผยแพร่')]"));
            var documentPath = new Uri(publicLink.GetDomProperty("href")!).AbsolutePath;
            Assert.Matches($"^/{org}/documents/[0-9]+$", documentPath);
            browser.SaveScreenshot("journey3-staff-document-published");

            // 2. A citizen searches from the home page for a word inside the unspaced text.
            ForgetSession(browser);
            browser.Open(App.Url($"/{org}/"));
            var box = browser.Driver.FindElement(By.Id("home-q"));
            box.SendKeys(Word);
            box.SendKeys(Keys.Enter);
            browser.WaitUntil(_ => browser.Url.AbsolutePath == $"/{org}/search" && browser.Driver.FindElements(By.CssSelector("main [role=status]")).Count > 0,
                TimeSpan.FromSeconds(30), "the search did not show results");
            Assert.Equal(Word, Uri.UnescapeDataString(browser.Url.Query.Split("q=")[1].Split('&')[0]).Replace('+', ' '));
            var hits = browser.Driver.FindElements(By.CssSelector("main ol.results > li"));
            Assert.Single(hits);
            Assert.Equal(Title, hits[0].FindElement(By.CssSelector("h2 a")).Text);
            var marked = hits[0].FindElements(By.CssSelector(".snippet mark")).Select(m => m.Text).ToList();
            Assert.Contains(Word, string.Concat(marked), StringComparison.Ordinal);
            // A string that is not a whole word of the text finds nothing.
            browser.Open(App.Url($"/{org}/search?q={Uri.EscapeDataString("รังสาย")}"));
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("main ol.results > li")));
            browser.Driver.Navigate().Back();

            // 3. Opens the document and downloads the PDF.
            Follow(browser, By.CssSelector($"main ol.results h2 a[href='{documentPath}']"), documentPath);
            Assert.Equal(Title, browser.Driver.FindElement(By.TagName("h1")).Text);
            Assert.Contains(Squeeze(Body), Squeeze(browser.BodyText), StringComparison.Ordinal);
            var attachment = browser.Driver.FindElement(By.CssSelector("ul.files li a"));
            Assert.Equal("procurement-2568-10.pdf", attachment.Text);
            // Citizens read plain words: the file's fingerprint is on the ledger and verify pages, not here.
            Assert.DoesNotContain(sha, browser.BodyText, StringComparison.Ordinal);
            attachment.Click();
            var downloaded = browser.WaitForDownload(n => n.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(pdf, File.ReadAllBytes(downloaded.FullName));

            // 4. The ledger lists the publication with the file's SHA-256.
            Follow(browser, By.CssSelector($"main .ledger-note a[href^='/{org}/ledger']"), $"/{org}/ledger");
            var row = browser.Driver.FindElements(By.CssSelector("table.ledger tbody tr"))
                .Single(r => r.FindElements(By.CssSelector($"a[href='{documentPath}']")).Count == 1);
            Assert.Contains(Title, row.Text, StringComparison.Ordinal);
            Assert.Contains("เผยแพร่", row.Text, StringComparison.Ordinal);
            Assert.Contains(sha, row.FindElement(By.CssSelector(".hashes")).Text, StringComparison.Ordinal);

            // 5. "Verify a file": a copy changed by one byte is not in the ledger; the downloaded file is.
            Follow(browser, By.CssSelector($"main a[href='/{org}/verify']"), $"/{org}/verify");
            var altered = (byte[])pdf.Clone();
            altered[^10] ^= 0x20;
            var alteredPath = folder.File("altered.pdf");
            File.WriteAllBytes(alteredPath, altered);
            browser.Driver.FindElement(By.Id("file")).SendKeys(alteredPath);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบ"));
            Assert.Contains("ไม่พบไฟล์นี้ในทะเบียนการเผยแพร่", browser.Driver.FindElement(By.CssSelector("section[aria-labelledby=result]")).Text, StringComparison.Ordinal);

            browser.Driver.FindElement(By.Id("file")).SendKeys(downloaded.FullName);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบ"));
            var result = browser.Driver.FindElement(By.CssSelector("section[aria-labelledby=result]"));
            Assert.Contains(sha, result.Text, StringComparison.Ordinal);
            Assert.Contains("พบไฟล์นี้ในทะเบียนการเผยแพร่", result.Text, StringComparison.Ordinal);
            Assert.Single(result.FindElements(By.CssSelector($"a[href='{documentPath}']")));
            ScrollIntoView(browser, result);
            browser.SaveScreenshot("journey3-verify-confirmed");
        });
    }
}
