using System.Globalization;
using System.Security.Cryptography;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// Journey 2, on a fresh organization set up with the app's command line (create-org, import-report of the seed
/// report, create-user): a กองคลัง staff member signs in with the one-time password, chooses their own, records
/// progress on a step of a กองคลัง measure with a PDF as evidence; the department head asks for approval; an
/// Executive approves and publishes; the public report shows version 1 with the progress.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeasuresPublicationJourneyTests(AppServer app) : BrowserTest(app)
{
    private const int FiscalYear = 2567;
    private const string Finance = "กองคลัง";

    [Fact]
    public void Staff_record_evidence_an_executive_publishes_and_the_public_page_shows_the_new_version()
    {
        var commands = App.Commands;
        var org = commands.CreateOrganization("journey2", "องค์การบริหารส่วนตำบลทดสอบการเผยแพร่");
        commands.ImportSeedReport(org, FiscalYear);
        var staffEmail = $"somsri@{org}.test";
        var oneTimePassword = commands.CreateUser(org, staffEmail, "DepartmentStaff", Finance, "สมศรี ใจดี");
        var headEmail = $"head@{org}.test";
        var executiveEmail = $"mayor@{org}.test";
        const string password = "Khlong-Head-2567!";
        commands.CreateUserWithPassword(org, headEmail, "DepartmentHead", password, Finance, "หัวหน้ากองคลัง");
        commands.CreateUserWithPassword(org, executiveEmail, "Executive", password, name: "นายก อบต.");

        var evidence = TestFiles.OnePagePdf("Receipt book audit, fiscal year 2567");
        using var folder = new TempFolder("prongsai-evidence-");
        var evidencePath = folder.File("audit-2567.pdf");
        File.WriteAllBytes(evidencePath, evidence);
        Assert.Contains("Receipt book audit", TestFiles.PdfText(evidencePath), StringComparison.Ordinal);
        var evidenceSha = Convert.ToHexStringLower(SHA256.HashData(evidence));
        const string progressText = "ตรวจสอบทะเบียนคุมใบเสร็จรับเงินครบทุกเล่มแล้ว";
        const string evidenceTitle = "รายงานการตรวจสอบใบเสร็จ";

        WithBrowser("journey2-measures-publication", Browser.Desktop, browser =>
        {
            // Nothing is published yet for the fresh organization.
            browser.Open(App.Url($"/{org}/measures"));
            Assert.DoesNotContain(FiscalYear.ToString(CultureInfo.InvariantCulture), browser.Driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);

            // 1. The staff member signs in with the one-time password and is asked to choose a password first.
            SignIn(browser, staffEmail, oneTimePassword);
            Assert.Equal("/staff/account/password", browser.Url.AbsolutePath);
            const string ownPassword = "Somsri-Own-Pass-2567";
            browser.Driver.FindElement(By.Name("Current")).SendKeys(oneTimePassword);
            browser.Driver.FindElement(By.Name("New")).SendKeys(ownPassword);
            browser.Driver.FindElement(By.Name("Repeat")).SendKeys(ownPassword);
            ClickAndWaitForNextPage(browser, Button(browser, "บันทึก"));
            Assert.Contains("เปลี่ยนรหัสผ่านแล้ว", browser.BodyText, StringComparison.Ordinal);

            // 2. To the plan of FY2567 by the links.
            browser.Open(App.Url($"/staff/{org}/measures"));
            Follow(browser, By.LinkText(FiscalYear.ToString(CultureInfo.InvariantCulture)), $"/staff/{org}/measures/{FiscalYear}");
            var rows = MeasureRows(browser);
            Assert.Equal(["1", "2", "3", "3", "4"], rows.Select(r => r.Number));
            // Another department's measure is read-only for กองคลัง staff; their own is not.
            Assert.Contains("ดูอย่างเดียว", rows.Single(r => r.Number == "2").Actions, StringComparison.Ordinal);
            var measure4 = rows.Single(r => r.Number == "4");
            Assert.Contains(Finance, measure4.Responsible, StringComparison.Ordinal);
            Assert.DoesNotContain("ดูอย่างเดียว", measure4.Actions, StringComparison.Ordinal);
            Assert.Equal("0", measure4.Percent);
            var measurePath = new Uri(measure4.Link.GetDomProperty("href")!).AbsolutePath;
            Follow(browser, By.XPath($"//table//a[@href='{measurePath}']"), measurePath);

            // 3. The measure's first step, then the progress form with the PDF through the file input.
            var stepLinks = browser.Driver.FindElements(By.CssSelector("main ol > li > a[href*='/measures/step/']")); // one per step (not its buttons)
            var stepCount = stepLinks.Count;
            Assert.True(stepCount >= 2, $"measure 4 of the seed has {stepCount} steps");
            var stepPath = new Uri(stepLinks[0].GetDomProperty("href")!).AbsolutePath;
            Follow(browser, By.XPath($"//main//a[@href='{stepPath}']"), stepPath);
            Assert.Contains("ยังไม่มีบันทึก", browser.BodyText, StringComparison.Ordinal);

            browser.Driver.FindElement(By.Name("Text")).SendKeys(progressText);
            // The date as a Thai clerk writes it: day/month/พ.ศ. year (the field starts with today's date).
            var date = browser.Driver.FindElement(By.Id("Date"));
            date.Clear();
            date.SendKeys("24/11/2567");
            browser.Driver.FindElement(By.CssSelector("input[type=file][name=Upload]")).SendKeys(evidencePath);
            browser.Driver.FindElement(By.Name("EvidenceTitle")).SendKeys(evidenceTitle);
            var markDone = browser.Driver.FindElement(By.Id("MarkDone"));
            ScrollIntoView(browser, markDone);
            browser.Driver.FindElement(By.CssSelector("label[for=MarkDone]")).Click();
            Assert.True(markDone.Selected, "the 'step is done' box is not ticked");
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")));

            // The entry is listed with the evidence file, its type and the start of its SHA-256; the step is done.
            Assert.Equal(stepPath, browser.Url.AbsolutePath);
            var body = browser.BodyText;
            Assert.Contains("บันทึกความก้าวหน้าแล้ว", body, StringComparison.Ordinal);
            Assert.Contains(progressText, body, StringComparison.Ordinal);
            Assert.Contains("24 พฤศจิกายน 2567", body, StringComparison.Ordinal);
            Assert.Contains("สมศรี ใจดี", body, StringComparison.Ordinal);
            Assert.Contains("เสร็จแล้ว", browser.Driver.FindElement(By.XPath("//main/p[starts-with(normalize-space(.), 'สถานะ')]")).Text, StringComparison.Ordinal);
            var evidenceLink = browser.Driver.FindElement(By.LinkText(evidenceTitle));
            var listed = evidenceLink.FindElement(By.XPath("..")).Text;
            Assert.Contains("application/pdf", listed, StringComparison.Ordinal);
            Assert.Contains(evidenceSha[..12], listed, StringComparison.Ordinal);

            // The evidence downloads back byte for byte.
            evidenceLink.Click();
            var downloaded = browser.WaitForDownload(n => n.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(evidence, File.ReadAllBytes(downloaded.FullName));
            browser.SaveScreenshot("journey2-step-progress");

            // 4. The department head asks an Executive to approve publication.
            ForgetSession(browser);
            SignIn(browser, headEmail, password);
            browser.Open(App.Url($"/staff/{org}/measures/{FiscalYear}"));
            Assert.DoesNotContain("อนุมัติและเผยแพร่", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "ขออนุมัติเผยแพร่"));
            Assert.Contains("รออนุมัติเผยแพร่ ขอโดย", browser.BodyText, StringComparison.Ordinal);

            // 5. The Executive sees the request, approves and publishes.
            ForgetSession(browser);
            SignIn(browser, executiveEmail, password);
            browser.Open(App.Url($"/staff/{org}/measures"));
            Follow(browser, By.LinkText(FiscalYear.ToString(CultureInfo.InvariantCulture)), $"/staff/{org}/measures/{FiscalYear}");
            Assert.Contains("รออนุมัติเผยแพร่ ขอโดย", browser.BodyText, StringComparison.Ordinal);
            var expectedPercent = (int)Math.Round(100.0 / stepCount, MidpointRounding.AwayFromZero);
            Assert.Equal(expectedPercent.ToString(CultureInfo.InvariantCulture), MeasureRows(browser).Single(r => r.Number == "4").Percent);
            ClickAndWaitForNextPage(browser, browser.Driver.FindElement(By.LinkText("อนุมัติและเผยแพร่ฉบับใหม่")));
            Assert.Contains("เผยแพร่ครั้งแรก", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยัน อนุมัติและเผยแพร่ฉบับที่ 1"));
            Assert.DoesNotContain("รออนุมัติเผยแพร่ ขอโดย", browser.BodyText, StringComparison.Ordinal);
            var versionLink = browser.Driver.FindElement(By.CssSelector($"a[href='/{org}/measures/{FiscalYear}?version=1']"));
            Assert.Equal("1", versionLink.Text);

            // 6. The public page (the version's link) shows version 1 with measure 4's progress.
            ForgetSession(browser);
            Follow(browser, By.CssSelector($"a[href='/{org}/measures/{FiscalYear}?version=1']"), $"/{org}/measures/{FiscalYear}");
            var meta = browser.Driver.FindElement(By.CssSelector(".report-meta")).Text;
            Assert.Contains("ฉบับที่ 1", meta, StringComparison.Ordinal);
            Assert.Contains("บางคา", browser.Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
            var statuses = browser.Driver.FindElements(By.CssSelector(".report-table tbody tr"))
                .Select(tr => (Number: tr.FindElement(By.CssSelector(".measure-number")).Text.TrimEnd('.'),
                               Status: tr.FindElement(By.CssSelector(".status"))))
                .ToList();
            Assert.Equal(5, statuses.Count);
            var published4 = statuses.Single(s => s.Number == "4").Status;
            Assert.Contains($"({expectedPercent}%)", published4.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("status-notStarted", published4.GetDomAttribute("class"), StringComparison.Ordinal);
            Assert.All(statuses.Where(s => s.Number != "4"), s => Assert.Contains("(0%)", s.Status.Text, StringComparison.Ordinal));

            // The public list of fiscal years now has FY2567, version 1.
            browser.Open(App.Url($"/{org}/measures"));
            Assert.Contains("2567", browser.Driver.FindElement(By.CssSelector("main .cards")).Text, StringComparison.Ordinal);

            browser.Open(App.Url($"/{org}/measures/{FiscalYear}"));
            Assert.Contains("ฉบับที่ 1", browser.Driver.FindElement(By.CssSelector(".report-meta")).Text, StringComparison.Ordinal);
            ScrollIntoView(browser, browser.Driver.FindElements(By.CssSelector(".report-table tbody tr")).Last());
            browser.SaveScreenshot("journey2-public-report-version-1");
        });
    }

    private sealed record MeasureRow(string Number, string Responsible, string Percent, string Actions, IWebElement Link);

    /// <summary>The plan editor's table of measures: number, responsible, percent, actions and the measure's link.</summary>
    private static List<MeasureRow> MeasureRows(Browser browser) =>
        browser.Driver.FindElements(By.XPath("//h2[normalize-space(.)='มาตรการ']/following-sibling::div[1]/table/tbody/tr"))
            .Select(tr =>
            {
                var cells = tr.FindElements(By.TagName("td"));
                return new MeasureRow(cells[0].Text.Trim(), cells[2].Text, cells[5].Text.Trim(), cells[6].Text,
                    cells[1].FindElement(By.TagName("a")));
            })
            .ToList();
}
