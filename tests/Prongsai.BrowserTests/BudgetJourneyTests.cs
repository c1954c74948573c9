using System.Text;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The budget journey on a fresh organization: a กองคลัง clerk imports the year's plan from a CSV through the page
/// (preview with its warning, then confirm), an Executive approves the plan on its confirmation page, and a villager
/// reads the public plan on a 360 px phone: no sideways scrolling of the page, charts and tables, axe clean.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BudgetJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Year = "2568";

    private const string Plan =
        "ปีงบประมาณ,ด้าน,แผนงาน,งาน,งบ,หมวด,รายการ,ส่วนราชการ,จำนวนเงิน,ต.ค.,พ.ย.,ธ.ค.,ม.ค.,ก.พ.,มี.ค.,เม.ย.,พ.ค.,มิ.ย.,ก.ค.,ส.ค.,ก.ย.\n" +
        "2568,00100 ด้านบริหารทั่วไป,00110 แผนงานบริหารงานทั่วไป,00111 งานบริหารทั่วไป,งบบุคลากร,เงินเดือน (ฝ่ายประจำ),เงินเดือนพนักงาน,สำนักปลัด,\"1,200,000\",100000,100000,100000,100000,100000,100000,100000,100000,100000,100000,100000,100000\n" +
        "2568,00100 ด้านบริหารทั่วไป,00110 แผนงานบริหารงานทั่วไป,00113 งานบริหารงานคลัง,งบดำเนินงาน,ค่าวัสดุ,วัสดุสำนักงาน,กองคลัง,\"๑๒๐,๐๐๐ บาท\",60000,60000,30000,,,,,,,,,\n" +
        "2568,00400 ด้านการดำเนินงานอื่น,00410 แผนงานงบกลาง,00411 งบกลาง,งบกลาง,งบกลาง,เบี้ยยังชีพผู้สูงอายุ,สำนักปลัด,\"580,000\",,,,,,,,,,,,\n";

    [Fact]
    public void A_clerk_imports_a_csv_an_executive_publishes_and_the_plan_reads_well_on_a_phone()
    {
        var commands = App.Commands;
        var org = commands.CreateOrganization("budget", "องค์การบริหารส่วนตำบลทดสอบงบประมาณ");
        const string password = "Budget-Clerk-2568!";
        var clerk = $"clerk@{org}.test";
        var mayor = $"mayor@{org}.test";
        commands.CreateUserWithPassword(org, clerk, "DepartmentStaff", password, "กองคลัง", "เจ้าหน้าที่การเงิน");
        commands.CreateUserWithPassword(org, mayor, "Executive", password, name: "นายก อบต.");
        using var folder = new TempFolder("prongsai-budget-");
        var csvPath = folder.File("แผนการใช้จ่าย-2568.csv");
        File.WriteAllText(csvPath, Plan, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        WithBrowser("budget-import-publish", Browser.Desktop, browser =>
        {
            SignIn(browser, clerk, password);
            browser.Open(App.Url($"/staff/{org}/budget"));
            Follow(browser, By.LinkText("นำเข้าจากไฟล์ CSV/Excel"), $"/staff/{org}/budget/import");
            browser.Driver.FindElement(By.Name("Upload")).SendKeys(csvPath);
            var year = browser.Driver.FindElement(By.Name("FiscalYear"));
            year.Clear();
            year.SendKeys(Year);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบไฟล์"));
            Assert.Contains("ตัวอย่างข้อมูลที่จะบันทึก", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("แถวที่ 3: แผนรายเดือนรวม 150,000.00 บาท มากกว่าจำนวนเงินของรายการ 120,000.00 บาท", browser.BodyText, StringComparison.Ordinal);
            AssertAxeClean(browser, "budget import preview");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยันบันทึก"));
            Assert.Equal($"/staff/{org}/budget/{Year}", browser.Url.AbsolutePath);
            Assert.Contains("นำเข้าแผนแล้ว 3 รายการ คำเตือน 1 รายการ", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("1,900,000.00", browser.BodyText, StringComparison.Ordinal);
            AssertAxeClean(browser, "budget plan (staff)");
            // The clerk cannot publish: no approval link.
            Assert.Empty(browser.Driver.FindElements(By.PartialLinkText("อนุมัติเผยแพร่")));

            ForgetSession(browser);
            SignIn(browser, mayor, password);
            browser.Open(App.Url($"/staff/{org}/budget/{Year}"));
            Follow(browser, By.LinkText("อนุมัติเผยแพร่"), $"/staff/{org}/budget/{Year}/publish");
            Assert.Contains("สิ่งที่ประชาชนจะเห็น", browser.BodyText, StringComparison.Ordinal);
            ClickAndWaitForNextPage(browser, Button(browser, "อนุมัติและเผยแพร่"));
            Assert.Contains("เผยแพร่แล้ว: แผนการใช้จ่ายงบประมาณประจำปี", browser.BodyText, StringComparison.Ordinal);
        });

        WithBrowser("budget-public-phone", Browser.Phone, browser =>
        {
            browser.Open(App.Url($"/{org}/budget/{Year}"));
            Assert.Contains("แผนการใช้จ่ายงบประมาณประจำปี ปีงบประมาณ พ.ศ. 2568", browser.Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
            Assert.Equal(3, browser.Driver.FindElements(By.CssSelector("main svg.budget-chart")).Count);
            Assert.Contains("เบี้ยยังชีพผู้สูงอายุ", browser.BodyText, StringComparison.Ordinal);
            var scrollWidth = browser.Script<long>("return document.documentElement.scrollWidth;");
            Assert.True(scrollWidth <= 360, $"the public plan is {scrollWidth} px wide on a 360 px phone");
            AssertAxeClean(browser, "public budget plan at 360 px");
            browser.SaveFullPageScreenshot("budget-public-plan-360");
        });
    }

    private static void AssertAxeClean(Browser browser, string page)
    {
        var violations = Axe.Run(browser.Driver);
        Assert.True(violations.Count == 0, page + ":\n" + string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.TargetText))}")));
    }
}
