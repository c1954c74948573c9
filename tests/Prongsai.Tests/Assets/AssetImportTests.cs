using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Assets.AssetImportTestData;
using static Prongsai.Tests.Assets.AssetsTestData;

namespace Prongsai.Tests.Assets;

/// <summary>
/// Importing the register an office keeps in Excel, on both databases: headers found by their Thai titles below the
/// title rows, cells as clerks fill them (พ.ศ. dates, commas, "ได้", "ชำรุด"), departments matched by name, every
/// article's rule held row by row, and the file saved whole or not at all.
/// </summary>
public sealed class AssetImportTests
{
    private static readonly string[] Header =
        ["ลำดับ", "รายการ", "เลขทะเบียน", "จำนวน (หน่วย)", "ราคาต่อหน่วย (บาท)", "วันที่ซื้อ", "ส่วนราชการ", "ที่ตั้ง", "ให้ยืมได้", "สภาพ", "ยี่ห้อ", "หมายเหตุ", "ประเภท"];

    /// <summary>The errors of the bad file, in the order of its rows (each message starts so).</summary>
    private static readonly string[] Expected =
    [
        "แถวที่ 3 คอลัมน์ \"รหัสครุภัณฑ์\": กรุณากรอกเลขรหัสครุภัณฑ์",
        "แถวที่ 3 คอลัมน์ \"ชื่อครุภัณฑ์\": กรุณากรอกชื่อทรัพย์สิน",
        "แถวที่ 4 คอลัมน์ \"ให้ยืมได้\": อ่าน \"อาจจะ\" ไม่ได้",
        "แถวที่ 4 คอลัมน์ \"สภาพ\": ไม่รู้จักสภาพ \"พัง\"",
        "แถวที่ 4 คอลัมน์ \"วันที่ได้มา\": วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2566",
        "แถวที่ 4 คอลัมน์ \"ราคา\": อ่านจำนวนเงินไม่ได้",
        "แถวที่ 4 คอลัมน์ \"จำนวน\": จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง",
        "แถวที่ 5 คอลัมน์ \"จำนวน\": อ่านจำนวน \"สิบ\" ไม่ได้",
        "แถวที่ 5 คอลัมน์ \"วันที่ได้มา\": ปี 2023 ดูเหมือนเป็น ค.ศ.",
        "แถวที่ 6 คอลัมน์ \"ชื่อครุภัณฑ์\": ชื่อยาวได้ไม่เกิน",
        "แถวที่ 7 คอลัมน์ \"วันที่ได้มา\": วันที่ได้มาต้องไม่เลยวันนี้",
    ];

    [Theory, Providers]
    public async Task A_keeper_previews_a_register_below_its_title_rows_then_saves_it_whole(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
            (await db.Departments.SingleAsync(d => d.Name == "กองช่าง")).RetiredAt = host.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });
        var file = Csv(
            ["ทะเบียนครุภัณฑ์ องค์การบริหารส่วนตำบลทดสอบ"],
            ["ประจำปีงบประมาณ 2567"],
            [""],
            Header,
            ["1", "เต็นท์ผ้าใบ 4x8 เมตร", "416-66-0001", "10", "12,500.00", "1 มี.ค. 2566", " สำนัก ปลัด ", "โรงเก็บพัสดุ", "ได้", "ดี", "ตราช้าง", "", "ครุภัณฑ์งานบ้านงานครัว"],
            ["2", "เก้าอี้พลาสติก", " 416-66-0002 ", "๒๐๐ ตัว", "350", "๑๕/๐๖/๒๕๖๖", "กองคลัง", "", "✓", "ปกติ ใช้งานได้", "", "", ""],
            ["3", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "416-67-0001", "", "25,900.50 บาท", "10/10/66", "กองพัสดุ", "ห้องกองคลัง", "ไม่ได้", "ชำรุด", "", "รอซ่อม", ""],
            [""],
            ["4", "เครื่องเสียงเคลื่อนที่", "416-67-0002", "1", "", "", "กองช่าง", "", "", "สูญหาย", "", "", ""]);
        var stampBefore = await ContentStampAsync(host);

        var preview = Imported(await ImportAsync(host, team.Keeper.Actor, file, dryRun: true));
        Assert.False(preview.Saved);
        Assert.Equal(4, preview.HeaderRow);
        Assert.Equal([5, 6, 7, 9], preview.Rows.Select(r => r.Row));
        Assert.All(preview.Rows, r => Assert.Equal(AssetImportAction.Add, r.Action));
        Assert.Equal(["สำนักปลัด", "กองคลัง", null, null], preview.Rows.Select(r => r.Department));
        Assert.Equal(("unknown-columns", 4), (preview.Warnings[0].Code, preview.Warnings[0].Row));
        Assert.Contains("\"ยี่ห้อ\"", preview.Warnings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ลำดับ", preview.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains(preview.Warnings, w => w.Row == 7 && w.Message.Contains("ไม่พบส่วนราชการชื่อ \"กองพัสดุ\"", StringComparison.Ordinal));
        Assert.Contains(preview.Warnings, w => w.Row == 9 && w.Message.Contains("\"กองช่าง\" เลิกใช้แล้ว", StringComparison.Ordinal));
        Assert.Equal(0, await AssetCountAsync(host));
        Assert.Equal(stampBefore, await ContentStampAsync(host));

        var saved = Imported(await ImportAsync(host, team.Keeper.Actor, file));
        Assert.True(saved.Saved);
        Assert.Equal(4, await AssetCountAsync(host));
        var tent = await ByCodeAsync(host, "416-66-0001");
        Assert.Equal(("เต็นท์ผ้าใบ 4x8 เมตร", "ครุภัณฑ์งานบ้านงานครัว", 10, (int?)team.Office, "โรงเก็บพัสดุ"), (tent.Name, tent.Category, tent.Quantity, tent.DepartmentId, tent.Location));
        Assert.Equal((new DateOnly(2023, 3, 1), 12_500m, true, AssetCondition.Good, false), (tent.AcquiredOn!.Value, tent.Value!.Value, tent.Lendable, tent.Condition, tent.ShownToPublic));
        var chairs = await ByCodeAsync(host, "416-66-0002");
        Assert.Equal((200, (int?)team.Finance, new DateOnly(2023, 6, 15), 350m, true, (string?)null), (chairs.Quantity, chairs.DepartmentId, chairs.AcquiredOn!.Value, chairs.Value!.Value, chairs.Lendable, chairs.Location));
        var notebook = await ByCodeAsync(host, "416-67-0001");
        Assert.Equal((1, (int?)null, new DateOnly(2023, 10, 10), 25_900.50m, false, AssetCondition.Damaged, "รอซ่อม"),
            (notebook.Quantity, notebook.DepartmentId, notebook.AcquiredOn!.Value, notebook.Value!.Value, notebook.Lendable, notebook.Condition, notebook.Notes));
        var sound = await ByCodeAsync(host, "416-67-0002");
        Assert.Equal(((int?)null, (decimal?)null, (DateOnly?)null, false, AssetCondition.Lost), (sound.DepartmentId, sound.Value, sound.AcquiredOn, sound.Lendable, sound.Condition));

        // Audited row by row like the register's form, and the website's stamp bumped once for the whole file.
        Assert.Equal(4, await host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Entity == nameof(Asset) && e.Action == AuditActions.Create)));
        Assert.Equal(stampBefore + 1, await ContentStampAsync(host));
    }

    [Theory, Providers]
    public async Task One_bad_row_saves_nothing_and_every_error_names_its_row_and_column(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var file = Csv(
            ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน", "วันที่ได้มา", "ราคา", "ให้ยืมได้", "สภาพ"],
            ["416-66-0001", "เต็นท์ผ้าใบ", "10", "01/03/2566", "12,500", "ได้", "ดี"],
            ["", "", "1", "", "", "", ""],
            ["416-66-0003", "โต๊ะพับ", "0", "31/02/2566", "1,2,3", "อาจจะ", "พัง"],
            ["416-66-0004", "โต๊ะพับ", "สิบ", "01/03/2023", "", "", ""],
            ["416-66-0005", new string('ก', AssetLimits.Name + 1), "1", "", "", "", ""],
            ["416-66-0006", "พัดลม", "1", "01/01/2570", "", "", ""]);

        foreach (var dryRun in new[] { true, false })
        {
            var refused = await ImportAsync(host, team.Keeper.Actor, file, dryRun: dryRun);
            Assert.False(refused.Succeeded);
            var messages = refused.Errors.Select(e => e.Message).ToList();
            Assert.Equal(Expected.Length + 1, messages.Count);
            for (var i = 0; i < Expected.Length; i++)
            {
                Assert.StartsWith(Expected[i], messages[i], StringComparison.Ordinal);
            }

            Assert.Equal(ImportAssetRegister.NothingSaved, messages[^1]);
            Assert.All(refused.Errors, e => Assert.IsType<ValidationError>(e));
            Assert.Equal(0, await AssetCountAsync(host));
        }
    }

    [Theory, Providers]
    public async Task A_code_twice_in_the_file_is_an_error_naming_both_rows(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var file = Csv(
            ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน"],
            ["416-66-0001", "เก้าอี้พลาสติก", "100"],
            ["416-66-0002", "โต๊ะพับ", "20"],
            ["416-66-0001 ", "เก้าอี้พลาสติก (ชุดที่สอง)", "100"]);

        var refused = await ImportAsync(host, team.Admin.Actor, file);

        Assert.Equal("แถวที่ 4 คอลัมน์ \"รหัสครุภัณฑ์\": เลขรหัส 416-66-0001 ซ้ำกับแถวที่ 2 (เลขรหัสหนึ่งใช้ได้แถวเดียว รวมจำนวนของชุดเดียวกันไว้ในแถวเดียว)", refused.Errors[0].Message);
        Assert.Equal(ImportAssetRegister.NothingSaved, Assert.Single(refused.Errors.Skip(1)).Message);
        Assert.Equal(0, await AssetCountAsync(host));
    }

    [Theory, Providers]
    public async Task Codes_in_the_register_are_skipped_unless_updating_which_shows_what_changes_and_keeps_what_is_lent(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = Core.Calendar.BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs(departmentId: team.Office) with { ShownToPublic = true });
        await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 6, today.AddDays(3), today.AddDays(5));
        var tents = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-59-0001", name: "เต็นท์ผ้าใบเก่า"));
        Assert.True((await RetireAsync(host, team.Keeper.Actor, tents.Id, "ชำรุดเกินกว่าจะซ่อม")).Succeeded);
        var tables = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-66-0003", name: "โต๊ะพับ", quantity: 20) with { Location = null, Category = null });
        string[] header = ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน", "สถานที่"];
        string[] newRow = ["416-67-0009", "พัดลมตั้งพื้น", "4", "ห้องประชุม"];
        var file = Csv(header, ["416-66-0001", "เก้าอี้พลาสติก", "12", "ห้องเก็บของชั้นล่าง"], ["416-59-0001", "เต็นท์ผ้าใบเก่า", "2", ""],
            ["416-66-0003", "โต๊ะพับ", "20", ""], newRow);

        // Not updating: only the new code is added; the others are skipped, the written-off one with a warning.
        var skipping = Imported(await ImportAsync(host, team.Keeper.Actor, file, dryRun: true));
        Assert.Equal([AssetImportAction.Skip, AssetImportAction.Skip, AssetImportAction.Skip, AssetImportAction.Add], skipping.Rows.Select(r => r.Action));
        Assert.Contains("มีในทะเบียนแล้ว จึงข้ามไป", skipping.Rows[0].Note, StringComparison.Ordinal);
        Assert.Contains("จำหน่ายออกจากทะเบียนแล้ว", skipping.Rows[1].Note, StringComparison.Ordinal);
        Assert.Equal((ImportAssetRegister.WrittenOffCode, (int?)3), (skipping.Warnings.Single().Code, skipping.Warnings.Single().Row));

        // Updating: what changes is listed; an article exactly as the file says is unchanged; the written-off one stays skipped.
        var updating = Imported(await ImportAsync(host, team.Keeper.Actor, file, update: true, dryRun: true));
        Assert.Equal([AssetImportAction.Update, AssetImportAction.Skip, AssetImportAction.Unchanged, AssetImportAction.Add], updating.Rows.Select(r => r.Action));
        Assert.Equal([new AssetImportChange("จำนวน", "10", "12"), new AssetImportChange("สถานที่", "โรงเก็บพัสดุ", "ห้องเก็บของชั้นล่าง")], updating.Rows[0].Changes);
        // A column the file does not have is left as it is: the chairs keep their department, price and listing.
        Assert.Equal("สำนักปลัด", updating.Rows[0].Department);

        Imported(await ImportAsync(host, team.Keeper.Actor, file, update: true));
        var stored = await StoredAssetAsync(host, chairs.Id);
        Assert.Equal((12, "ห้องเก็บของชั้นล่าง", (int?)team.Office, 350m, true), (stored.Quantity, stored.Location, stored.DepartmentId, stored.Value!.Value, stored.ShownToPublic));
        Assert.Equal(tables.UpdatedAt, (await StoredAssetAsync(host, tables.Id)).UpdatedAt);
        Assert.NotNull((await StoredAssetAsync(host, tents.Id)).RetiredAt);
        Assert.False((await ByCodeAsync(host, "416-67-0009")).ShownToPublic);

        // Fewer than are out on loan: refused like the edit form, and nothing of the file is saved.
        var below = await ImportAsync(host, team.Keeper.Actor, Csv(header, ["416-66-0001", "เก้าอี้พลาสติก", "5", ""], ["416-67-0010", "พัดลมติดผนัง", "1", ""]), update: true);
        Assert.StartsWith("แถวที่ 2 คอลัมน์ \"จำนวน\": ขณะนี้ให้ยืมออกไป 6 ชิ้น", below.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(12, (await StoredAssetAsync(host, chairs.Id)).Quantity);
        Assert.Equal(4, await AssetCountAsync(host));

        // Not lendable any more: it comes off the website's list, and the preview says so.
        var notLent = Imported(await ImportAsync(host, team.Keeper.Actor, Csv(["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "ให้ยืมได้"], ["416-66-0001", "เก้าอี้พลาสติก", "ไม่ได้"]), update: true, dryRun: true));
        Assert.Equal(["การให้ยืม", "แสดงบนเว็บไซต์"], notLent.Rows[0].Changes.Select(c => c.Field));
    }

    [Theory, Providers]
    public async Task Tis620_csv_and_xlsx_with_number_and_date_cells_import_alike_and_other_files_are_refused_in_Thai(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        var tis = Imported(await ImportAsync(host, team.Keeper.Actor, Tis620(Csv(
            ["ชื่อ", "เลขรหัสครุภัณฑ์", "ส่วนราชการ", "วันที่ได้มา"], ["เครื่องตัดหญ้า", "420-64-0001", "กองช่าง", "5 ม.ค. 2564"])), dryRun: true));
        Assert.Equal("windows-874", tis.Encoding);
        Assert.Equal(("เครื่องตัดหญ้า", "กองช่าง", new DateOnly(2021, 1, 5)), (tis.Rows[0].Article.Name, tis.Rows[0].Department, tis.Rows[0].Article.AcquiredOn!.Value));

        var xlsx = Imported(await ImportAsync(host, team.Keeper.Actor, Xlsx(
            ["ทะเบียนคุมทรัพย์สิน"],
            ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน", "วันที่ได้มา", "มูลค่า", "ให้ยืมได้"],
            ["416-66-0001", "เต็นท์", 5, new DateOnly(2023, 3, 1), 12500.1 * 0.1, "ได้"],
            ["416-66-0002", "โต๊ะ", 2.0, "1/3/2566", 12500, "ไม่ได้"])));
        Assert.Equal("Excel (.xlsx)", xlsx.Format);
        var tent = await ByCodeAsync(host, "416-66-0001");
        Assert.Equal((5, new DateOnly(2023, 3, 1), 1_250.01m, true), (tent.Quantity, tent.AcquiredOn!.Value, tent.Value!.Value, tent.Lendable));
        var table = await ByCodeAsync(host, "416-66-0002");
        Assert.Equal((2, new DateOnly(2023, 3, 1), 12_500m), (table.Quantity, table.AcquiredOn!.Value, table.Value!.Value));

        async Task<string> RefusedAsync(byte[] file)
        {
            var refused = await ImportAsync(host, team.Keeper.Actor, file, dryRun: true);
            var error = Assert.Single(refused.Errors);
            Assert.IsType<ValidationError>(error);
            Assert.EndsWith(ImportAssetRegister.NothingSaved, error.Message, StringComparison.Ordinal);
            return error.Message;
        }

        Assert.Contains("Excel รุ่นเก่า (.xls)", await RefusedAsync(Storage.CompoundFiles.Xls()), StringComparison.Ordinal);
        Assert.Contains("ไม่ใช่ CSV หรือ Excel", await RefusedAsync("%PDF-1.7\n1 0 obj\n"u8.ToArray()), StringComparison.Ordinal);
        Assert.Contains("ไม่พบแถวหัวตาราง", await RefusedAsync(Csv(["ทะเบียน"], ["เต็นท์", "10"])), StringComparison.Ordinal);
        Assert.Contains("ไม่พบคอลัมน์ \"ชื่อครุภัณฑ์\"", await RefusedAsync(Csv(["รหัสครุภัณฑ์", "จำนวน"], ["416-66-0001", "10"])), StringComparison.Ordinal);
        Assert.Contains("ไม่มีรายการใต้แถวหัวตาราง", await RefusedAsync(Csv(["รหัสครุภัณฑ์", "ชื่อ"], ["", " "])), StringComparison.Ordinal);
        var tooMany = Csv([["รหัสครุภัณฑ์", "ชื่อ"], .. Enumerable.Range(0, ImportAssetRegister.MaxRows + 1).Select(i => new[] { $"C-{i}", "เก้าอี้" })]);
        Assert.Contains("เกินกำหนด 5,000 รายการต่อไฟล์", await RefusedAsync(tooMany), StringComparison.Ordinal);
        Assert.Equal("ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 10 MB) กรุณาลบแผ่นงานอื่น รูปภาพ และแถวที่ไม่ใช้ออกจากไฟล์ แล้วนำเข้าใหม่ " + ImportAssetRegister.NothingSaved,
            await RefusedAsync(new byte[ImportAssetRegister.MaxBytes + 1]));
        Assert.Equal(2, await AssetCountAsync(host));
    }

    [Theory, Providers]
    public async Task Only_keepers_of_the_register_import_and_the_auditor_is_refused(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var file = Csv(["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์"], ["416-66-0001", "เต็นท์"]);

        foreach (var member in new[] { team.Executive, team.Head, team.Clerk, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError, AssetImportOutcome>(await ImportAsync(host, member.Actor, file));
        }

        Assert.Equal(0, await AssetCountAsync(host));
        Imported(await ImportAsync(host, team.Admin.Actor, file, dryRun: true));
        Imported(await ImportAsync(host, team.Keeper.Actor, file));
        Assert.Equal(1, await AssetCountAsync(host));
    }
}
