using System.Text;
using OpenQA.Selenium;

namespace Prongsai.BrowserTests;

/// <summary>
/// The keeper of the supplies unit brings the office's register from Excel: from the register to the import page,
/// a CSV with a title row uploaded, the preview read (what is added, the column not imported), confirmed, and the
/// register lists the articles. The page, its preview and the register are axe-clean.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AssetImportJourneyTests(AppServer app) : BrowserTest(app)
{
    private const string Password = "Tabian-Khruphan-2569!";

    private const string Register =
        "ทะเบียนครุภัณฑ์ องค์การบริหารส่วนตำบลทดสอบนำเข้า\n" +
        "ลำดับ,เลขทะเบียน,รายการ,ประเภท,จำนวน,ส่วนราชการ,วันที่ได้มา,ราคาต่อหน่วย,ให้ยืมได้,สภาพ,ยี่ห้อ\n" +
        "1,416-66-0001,เต็นท์ผ้าใบ 4x8 เมตร,ครุภัณฑ์งานบ้านงานครัว,10,สำนักปลัด,1 มี.ค. 2566,\"12,500.00\",ได้,ดี,ตราช้าง\n" +
        "2,416-66-0002,เก้าอี้พลาสติก,ครุภัณฑ์งานบ้านงานครัว,200,สำนักปลัด,15/06/2566,350,ได้,ดี,\n" +
        "3,420-64-0001,เครื่องตัดหญ้า,ครุภัณฑ์การเกษตร,1,กองช่าง,05/01/2564,\"9,500\",ไม่ได้,ชำรุด,\n";

    [Fact]
    public void The_keeper_imports_the_register_from_a_spreadsheet_after_reading_the_preview()
    {
        var org = App.Commands.CreateOrganization("asset-import", "องค์การบริหารส่วนตำบลทดสอบนำเข้า");
        var keeper = $"phatsadu@{org}.test";
        App.Commands.CreateUserWithPassword(org, keeper, "DepartmentStaff", Password, "กองคลัง", "นางสาวพัสดุ นำเข้า");
        using var folder = new TempFolder("prongsai-asset-import-");
        var csvPath = folder.File("ทะเบียนครุภัณฑ์.csv");
        File.WriteAllText(csvPath, Register, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var register = $"/staff/{org}/assets";

        WithBrowser("assets-import", Browser.Desktop, browser =>
        {
            var walk = new AxeWalk(browser, "axe-assets-import");
            SignIn(browser, keeper, Password);
            browser.Open(App.Url(register));
            Follow(browser, By.LinkText("นำเข้าทะเบียนจากไฟล์ Excel"), register + "/import");
            Assert.Contains("การนำเข้าไม่เปิดแสดงทรัพย์สินบนเว็บไซต์", browser.BodyText, StringComparison.Ordinal);
            walk.Check("import");
            browser.Driver.FindElement(By.Name("Upload")).SendKeys(csvPath);
            ClickAndWaitForNextPage(browser, Button(browser, "ตรวจสอบไฟล์"));
            Assert.Contains("ตรวจสอบก่อนบันทึก", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("\"ยี่ห้อ\"", browser.BodyText, StringComparison.Ordinal);
            Assert.Equal(3, browser.Driver.FindElements(By.CssSelector("main table tbody tr")).Count);
            browser.SaveFullPageScreenshot("assets-import-preview-1366");
            walk.Check("import-preview");
            ClickAndWaitForNextPage(browser, Button(browser, "ยืนยันบันทึก"));
            Assert.Equal(register, browser.Url.AbsolutePath);
            Assert.Contains("นำเข้าทะเบียนแล้ว เพิ่มใหม่ 3 รายการ", browser.BodyText, StringComparison.Ordinal);
            Assert.Contains("เครื่องตัดหญ้า", browser.BodyText, StringComparison.Ordinal);
            walk.Check("register-imported");
            walk.AssertNoProblems();
        });
    }
}
