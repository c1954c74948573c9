using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Auditing;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.Assets.AssetImportTestData;
using static Prongsai.Tests.Infrastructure.CommandLine;

namespace Prongsai.Tests.Assets;

/// <summary>
/// prongsai import-assets on both databases: the import page's use case on the command line — every row with what it
/// does, warnings, errors with their row and column, the whole file or nothing, and the same refusals of files.
/// </summary>
public sealed class ImportAssetsVerbTests
{
    private static readonly string[] Header = ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน", "ส่วนราชการ", "ให้ยืมได้", "สภาพ"];

    [Theory, Providers]
    public async Task A_register_is_dry_run_then_saved_and_a_corrected_copy_updates_only_when_asked(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var register = TempFile("register.csv", Csv(
            ["ทะเบียนครุภัณฑ์"],
            Header,
            ["416-66-0001", "เต็นท์ผ้าใบ", "10", "สำนักปลัด", "ได้", "ดี"],
            ["416-66-0002", "เก้าอี้พลาสติก", "200", "กองพัสดุ", "ได้", "ดี"]));

        var dry = await RunAsync(app, "import-assets", register, "--org", org.Slug, "--dry-run");
        Assert.True(dry.Code == 0, dry.Error);
        Assert.Contains("หัวตารางแถว / header row 2", dry.Out, StringComparison.Ordinal);
        Assert.Contains("แถว/row    3  เพิ่มใหม่/added", dry.Out, StringComparison.Ordinal);
        Assert.Contains("416-66-0001  เต็นท์ผ้าใบ ×10 · สำนักปลัด", dry.Out, StringComparison.Ordinal);
        Assert.Contains("416-66-0002  เก้าอี้พลาสติก ×200", dry.Out, StringComparison.Ordinal);
        Assert.Contains("แถว/row 4: ", dry.Out, StringComparison.Ordinal);
        Assert.Contains("ไม่พบส่วนราชการชื่อ \"กองพัสดุ\"", dry.Out, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing saved (2 to add, 0 to update)", dry.Out, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));

        var saved = await RunAsync(app, "import-assets", register, "--org", org.Slug);
        Assert.True(saved.Code == 0, saved.Error);
        Assert.Contains("saved: 2 added, 0 updated", saved.Out, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(app, org));
        Assert.Equal(2, await QueryAsync(app, org, db => db.Set<AuditEntry>()
            .CountAsync(e => e.Entity == nameof(Asset) && e.Action == AuditActions.Create && e.UserName == "command-line")));

        // The office's Excel copy with one count corrected: skipped (nothing to save) unless asked to update.
        var corrected = TempFile("register.xlsx", Xlsx(
            Header,
            ["416-66-0001", "เต็นท์ผ้าใบ", 12, "สำนักปลัด", "ได้", "ดี"],
            ["416-66-0002", "เก้าอี้พลาสติก", 200, "", "ได้", "ดี"]));
        var skipped = await RunAsync(app, "import-assets", corrected, "--org", org.Slug);
        Assert.Equal(1, skipped.Code);
        Assert.Contains("ไฟล์นี้ไม่มีรายการที่จะเพิ่มหรือปรับปรุง", skipped.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", skipped.Error, StringComparison.Ordinal);

        var updated = await RunAsync(app, "import-assets", corrected, "--org", org.Slug, "--update-existing");
        Assert.True(updated.Code == 0, updated.Error);
        Assert.Contains("รูปแบบไฟล์ / format: Excel", updated.Out, StringComparison.Ordinal);
        Assert.Contains("แถว/row    2  ปรับปรุง/updated", updated.Out, StringComparison.Ordinal);
        Assert.Contains("จำนวน: 10 → 12", updated.Out, StringComparison.Ordinal);
        Assert.Contains("แถว/row    3  ไม่เปลี่ยนแปลง/unchanged", updated.Out, StringComparison.Ordinal);
        Assert.Contains("saved: 0 added, 1 updated", updated.Out, StringComparison.Ordinal);
        Assert.Equal(12, await QueryAsync(app, org, db => db.Set<Asset>().Where(a => a.Code == "416-66-0001").Select(a => a.Quantity).SingleAsync()));
    }

    [Theory, Providers]
    public async Task Bad_rows_unreadable_files_and_wrong_usage_are_refused_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var bad = TempFile("bad.csv", Csv(
            ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน", "วันที่ได้มา", "ราคา", "ให้ยืมได้", "สภาพ"],
            ["416-66-0001", "เต็นท์ผ้าใบ", "10", "01/03/2566", "12,500", "ได้", "ดี"],
            ["416-66-0002", "", "1", "", "", "", ""],
            ["416-66-0003", "โต๊ะพับ", "1", "", "1,2,3", "อาจจะ", "พัง"]));

        foreach (var dryRun in new[] { false, true })
        {
            string[] args = dryRun ? ["import-assets", bad, "--org", org.Slug, "--dry-run"] : ["import-assets", bad, "--org", org.Slug];
            var refused = await RunAsync(app, args);
            Assert.Equal(1, refused.Code);
            Assert.Contains("แถวที่ 3 คอลัมน์ \"ชื่อครุภัณฑ์\": กรุณากรอกชื่อทรัพย์สิน", refused.Error, StringComparison.Ordinal);
            Assert.Contains("แถวที่ 4 คอลัมน์ \"ให้ยืมได้\": อ่าน \"อาจจะ\" ไม่ได้", refused.Error, StringComparison.Ordinal);
            Assert.Contains("แถวที่ 4 คอลัมน์ \"สภาพ\": ไม่รู้จักสภาพ \"พัง\"", refused.Error, StringComparison.Ordinal);
            Assert.Contains("แถวที่ 4 คอลัมน์ \"ราคา\": อ่านจำนวนเงินไม่ได้", refused.Error, StringComparison.Ordinal);
            Assert.Contains("import failed, nothing was saved", refused.Error, StringComparison.Ordinal);
        }

        var pdf = await RunAsync(app, "import-assets", TempFile("register.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray()), "--org", org.Slug);
        Assert.Equal(1, pdf.Code);
        Assert.Contains("ไฟล์นี้ไม่ใช่ CSV หรือ Excel (.xlsx)", pdf.Error, StringComparison.Ordinal);
        var xls = await RunAsync(app, "import-assets", TempFile("register.xls", Storage.CompoundFiles.Xls()), "--org", org.Slug);
        Assert.Equal(1, xls.Code);
        Assert.Contains("ไฟล์ Excel รุ่นเก่า (.xls) นำเข้าไม่ได้", xls.Error, StringComparison.Ordinal);

        var good = TempFile("good.csv", Csv(Header, ["416-66-0001", "เต็นท์ผ้าใบ", "10", "", "ได้", "ดี"]));
        var unknownOrg = await RunAsync(app, "import-assets", good, "--org", "no" + org.Slug);
        Assert.Equal(1, unknownOrg.Code);
        Assert.Contains("no organization with slug", unknownOrg.Error, StringComparison.Ordinal);
        var missing = await RunAsync(app, "import-assets", good + ".missing", "--org", org.Slug);
        Assert.Equal(1, missing.Code);
        Assert.Contains("file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync(app, "import-assets", good)).Code);
        var noFile = await RunAsync(app, "import-assets", "--org", org.Slug);
        Assert.Equal(2, noFile.Code);
        Assert.Contains("prongsai import-assets FILE --org SLUG [--update-existing] [--dry-run]", noFile.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));
    }

    private static Task<int> CountAsync(ProngsaiApp app, TestOrg org) => QueryAsync(app, org, db => db.Set<Asset>().CountAsync());
}
