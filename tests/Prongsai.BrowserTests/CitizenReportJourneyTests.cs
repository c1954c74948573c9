using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>Journey 1: a citizen finds the demo's FY2567 measures report from the home page and downloads it.</summary>
[Collection(AppCollection.Name)]
public sealed class CitizenReportJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string ReportTitleStart = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส";

    [Fact]
    public void Citizen_follows_links_from_the_home_page_to_the_report_and_downloads_the_DOCX_and_the_PDF()
    {
        WithBrowser("journey1-citizen-report", Browser.Desktop, browser =>
        {
            browser.Open(App.Url("/bangkha/"));
            Assert.Contains(Squeeze(AppServer.OrganisationName), Squeeze(browser.BodyText), StringComparison.Ordinal);

            // Home → the fiscal years → FY2567, by the links' words.
            Follow(browser, By.XPath("//main//a[contains(normalize-space(.), 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส')]"), "/bangkha/measures");
            Follow(browser, By.XPath("//main//a[contains(normalize-space(.), '2567')]"), "/bangkha/measures/2567");

            var title = browser.Driver.FindElement(By.TagName("h1")).Text;
            Assert.StartsWith(ReportTitleStart, title, StringComparison.Ordinal);
            Assert.Contains("บางคา", title, StringComparison.Ordinal);
            Assert.Contains(Squeeze("ประชาชนในพื้นที่"), Squeeze(browser.BodyText), StringComparison.Ordinal);

            // The download links, clicked: Chromium saves the files in the profile's download directory.
            browser.Driver.FindElement(By.PartialLinkText("Word")).Click();
            var docx = browser.WaitForDownload(n => n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase));
            browser.Driver.FindElement(By.PartialLinkText("ดาวน์โหลด PDF")).Click();
            var pdf = browser.WaitForDownload(n => n.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));

            // DOCX: a zip whose main part holds the report's Thai title.
            var docxText = Squeeze(TestFiles.DocxText(docx.FullName));
            Assert.Contains(Squeeze(title), docxText, StringComparison.Ordinal);
            Assert.Contains(Squeeze("ประชาชนในพื้นที่"), docxText, StringComparison.Ordinal);

            // PDF: the signature, and the Thai text as pdftotext reads it back.
            Assert.True(TestFiles.StartsWithPdfSignature(pdf.FullName), $"{pdf.Name} does not start with %PDF-");
            var pdfText = Squeeze(TestFiles.PdfText(pdf.FullName));
            Assert.Contains(Squeeze("ประชาชนในพื้นที่"), pdfText, StringComparison.Ordinal);
            Assert.Contains(Squeeze("มาตรการส่งเสริมคุณธรรม"), pdfText, StringComparison.Ordinal);

            // Still on the report page: downloading did not navigate away.
            Assert.Equal("/bangkha/measures/2567", browser.Url.AbsolutePath);
            browser.SaveScreenshot("journey1-citizen-report");
        });
    }
}
