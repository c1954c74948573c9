using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Assets;
using Prongsai.Core.Organizations;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// prongsai import-assets: the property register from the office's spreadsheet, through the import page's use case —
/// every row with what it does (added, updated with its changes, unchanged, skipped with why), every warning, every
/// error with its row and column, and the whole file saved or nothing.
/// </summary>
public sealed class ImportAssetsVerb : IVerb
{
    public string Name => "import-assets";
    public string Summary => "นำเข้าทะเบียนครุภัณฑ์ / import the property register (csv, xlsx)";
    public string Help =>
        "prongsai import-assets FILE --org SLUG [--update-existing] [--dry-run]\n" +
        "  Reads the register as a CSV (UTF-8 or TIS-620) or the first sheet of an XLSX, with the Thai column titles of the\n" +
        "  import page (รหัสครุภัณฑ์, ชื่อครุภัณฑ์, จำนวน, ส่วนราชการ, …; docs/assets.md), and prints every row with what it does\n" +
        "  (added, updated with what changes, unchanged, skipped with why), every warning, and every error (row and column).\n" +
        "  The whole file is saved, or nothing. A code already in the register is skipped unless --update-existing is given;\n" +
        "  a written-off code is always skipped. --dry-run saves nothing. The website listing is never switched on by an import.\n" +
        "  FILE may also be given as --file FILE.";

    public VerbOptions Options { get; } = MeasuresVerbSupport.ImportOptions().Flag("update-existing").Flag("dry-run");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = MeasuresVerbSupport.ImportFile(context);
        var slug = context.Args.Required("org");
        var updateExisting = context.Args.Flag("update-existing");
        var dryRun = context.Args.Flag("dry-run");
        return await MeasuresVerbSupport.RunImportAsync(context, path, slug, async (services, file) =>
        {
            var result = await services.GetRequiredService<ImportAssetRegister>().RunAsync(
                new AssetImportRequest(StaffActor.System(), file, updateExisting, dryRun));
            if (!result.Succeeded)
            {
                return context.FailImport(result.Errors);
            }

            var outcome = result.Value!;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"รูปแบบไฟล์ / format: {outcome.Format}{(outcome.Encoding is null ? "" : $" ({outcome.Encoding})")} · หัวตารางแถว / header row {outcome.HeaderRow} · ") +
                (outcome.UpdateExisting
                    ? "ปรับปรุงรายการที่มีในทะเบียนแล้วตามไฟล์ / articles in the register are updated"
                    : "ข้ามรายการที่มีในทะเบียนแล้ว / articles in the register are skipped"));
            foreach (var row in outcome.Rows)
            {
                Print(context.Out, row);
            }

            context.Out.WriteLine(string.Join(" · ", Enum.GetValues<AssetImportAction>().Select(action =>
                string.Create(CultureInfo.InvariantCulture, $"{Label(action)} {outcome.Count(action):#,0}"))));
            MeasuresVerbSupport.PrintWarnings(context.Out, outcome.Warnings);
            var (added, updated) = (outcome.Count(AssetImportAction.Add), outcome.Count(AssetImportAction.Update));
            context.Out.WriteLine(outcome.Saved
                ? string.Create(CultureInfo.InvariantCulture, $"บันทึกแล้ว เพิ่มใหม่ {added:#,0} ปรับปรุง {updated:#,0} รายการ / saved: {added:#,0} added, {updated:#,0} updated")
                : outcome.HasChanges
                    ? string.Create(CultureInfo.InvariantCulture, $"ทดลองอ่านเท่านั้น ไม่ได้บันทึก (จะเพิ่มใหม่ {added:#,0} ปรับปรุง {updated:#,0} รายการ) / dry run, nothing saved ({added:#,0} to add, {updated:#,0} to update)")
                    : "ทดลองอ่านเท่านั้น ไฟล์นี้ไม่มีรายการที่จะเพิ่มหรือปรับปรุง / dry run: nothing in this file to add or update");
            return CliApp.Ok;
        });
    }

    /// <summary>"แถว/row 5  เพิ่มใหม่/added  416-66-0001  เต็นท์ผ้าใบ ×10 · สำนักปลัด", then an update's changes or a skip's reason.</summary>
    private static void Print(TextWriter output, AssetImportRow row)
    {
        var article = row.Article;
        var quantity = row.Action == AssetImportAction.Skip ? "" : string.Create(CultureInfo.InvariantCulture, $" ×{article.Quantity ?? 0:#,0}");
        var department = row.Department is { } name ? " · " + name : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  แถว/row {row.Row,4}  {Label(row.Action),-24} {article.Code}  {article.Name}{quantity}{department}"));
        foreach (var change in row.Changes)
        {
            output.WriteLine($"        {change.Field}: {change.Before} → {change.After}");
        }

        if (row.Note is not null)
        {
            output.WriteLine("        " + row.Note);
        }
    }

    private static string Label(AssetImportAction action) => action switch
    {
        AssetImportAction.Add => "เพิ่มใหม่/added",
        AssetImportAction.Update => "ปรับปรุง/updated",
        AssetImportAction.Unchanged => "ไม่เปลี่ยนแปลง/unchanged",
        _ => "ข้าม/skipped",
    };
}
