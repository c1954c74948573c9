using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// No one-click loss for documents, on a phone (360×740), on a fresh organization: a clerk saves a document, reads
/// its draft preview, publishes it through the confirmation page, deletes it through the delete confirmation, and
/// restores it from the trash, whose restore button is on the phone's screen — the public page answers again at its
/// old address. Every page is axe-clean and none scrolls sideways.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DocumentTrashJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Title = "ประกาศรับสมัครพนักงานจ้างตามภารกิจ";

    [Fact]
    public void A_document_is_previewed_published_deleted_and_restored_through_confirmation_pages()
    {
        var org = App.Commands.CreateOrganization("trashdoc", "องค์การบริหารส่วนตำบลทดสอบถังขยะ");
        var email = $"clerk@{org}.test";
        const string password = "Sam-Nak-Palad-2568!";
        App.Commands.CreateUserWithPassword(org, email, "DepartmentStaff", password, "สำนักปลัด", "เจ้าหน้าที่ธุรการ ทดสอบ");

        WithBrowser("document-trash-journey", Browser.Phone, browser =>
        {
            var walk = new AxeWalk(browser, "axe-document-trash");
            SignIn(browser, email, password);
            browser.Open(App.Url($"/staff/{org}/documents/edit"));
            browser.Driver.FindElement(By.Id("title")).SendKeys(Title);
            browser.Driver.FindElements(By.CssSelector("#category option")).First(o => o.Text.Contains("ประกาศ", StringComparison.Ordinal)).Click();
            browser.Driver.FindElement(By.Id("body")).SendKeys("รับสมัครตั้งแต่วันที่ 1 ถึง 15 ธันวาคม 2569");
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึก"));
            var editPath = browser.Url.AbsolutePath;
            var id = editPath.Split('/')[^1];
            var basePath = $"/staff/{org}/documents/{id}";

            // The draft preview: the public page's markup, marked as a draft.
            Follow(browser, By.CssSelector($"main a[href='{basePath}/preview']"), basePath + "/preview");
            Assert.Contains("ร่าง — ยังไม่เผยแพร่", browser.BodyText, StringComparison.Ordinal);
            Assert.Equal(Title, browser.Driver.FindElement(By.CssSelector("main article h1")).Text);
            Fits(browser);
            walk.Check("preview");

            // Publish: asked first, reached from the preview.
            Follow(browser, By.CssSelector($"main a[href='{basePath}/publish']"), basePath + "/publish");
            Assert.Contains("เผยแพร่ครั้งแรก", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("publish-confirm");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน เผยแพร่ทันที"));
            Assert.Equal(editPath, browser.Url.AbsolutePath);

            // Delete: asked first, names the document and the 30 days.
            Follow(browser, By.CssSelector($"main a[href='{basePath}/delete']"), basePath + "/delete");
            Assert.Contains(Title, browser.Driver.FindElement(By.CssSelector("main #confirm-item")).Text, StringComparison.Ordinal);
            Assert.Contains("30 วัน", browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("delete-confirm");
            ClickAndWaitForNextPage(browser, Button(browser, "ย้ายเอกสารนี้ไปถังขยะ"));
            Assert.Equal($"/staff/{org}/documents", browser.Url.AbsolutePath);
            Assert.Contains("ไปที่ถังขยะแล้ว", browser.BodyText, StringComparison.Ordinal);

            browser.Open(App.Url($"/{org}/documents/{id}"));
            Assert.DoesNotContain(Title, browser.BodyText, StringComparison.Ordinal);

            // The trash restores it: public again at the same address.
            browser.Open(App.Url($"/staff/{org}/trash"));
            Assert.Contains(Title, browser.BodyText, StringComparison.Ordinal);
            Fits(browser);
            walk.Check("trash");
            // Each deleted item is a card on a phone: its restore button is on the screen, not off to the side of a table.
            var restore = Button(browser, "กู้คืน");
            Assert.True(restore.Location.X + restore.Size.Width <= browser.Viewport.Width,
                $"the restore button ends at {restore.Location.X + restore.Size.Width} px on a {browser.Viewport.Width} px screen");
            ClickAndWaitForNextPage(browser, restore);
            Assert.Contains($"กู้คืน เอกสาร \"{Title}\" แล้ว", browser.BodyText, StringComparison.Ordinal);
            walk.Check("trash-restored");

            browser.Open(App.Url($"/{org}/documents/{id}"));
            Assert.Equal(Title, browser.Driver.FindElement(By.CssSelector("main article h1")).Text);
            walk.AssertNoProblems();
        });
    }
}
