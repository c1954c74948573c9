using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Organizations;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>The platform Operator imports an ITA catalog file (JSON, CSV or XLSX) as the next revision of its year and variant.</summary>
public sealed class ImportItaCatalogVerb : IVerb
{
    public string Name => "import-ita-catalog";
    public string Summary => "นำเข้ารายการ ITA (OIT) ของปีงบประมาณ / import an ITA catalog (json, csv, xlsx)";
    public string Help =>
        "prongsai import-ita-catalog FILE [--variant lao] [--dry-run] [--label TEXT] [--source-note TEXT] [--unconfirmed]\n" +
        "  Reads the catalog JSON or the flat operator sheet (CSV/XLSX, one row per OIT item; see docs/ita-catalog.md),\n" +
        "  prints every error with its line and column, and saves all or nothing as the next revision of that fiscal year\n" +
        "  and variant. Items are matched by key: checklists keep their evidence; items no longer listed are kept as retired.\n" +
        "  --variant applies to CSV/XLSX (a JSON file names its own); --dry-run shows the changes and saves nothing.\n" +
        "  A file equal to the newest stored revision saves nothing and says so.\n" +
        "  FILE may also be given as --file FILE.";

    public VerbOptions Options { get; } = new VerbOptions().Positional("FILE").Value("file").Value("variant").Value("label").Value("source-note").Flag("dry-run").Flag("unconfirmed");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = context.Args.Positional.FirstOrDefault() ?? context.Args.Optional("file")
            ?? throw new UsageException("ต้องระบุไฟล์ / FILE is required");
        var variant = context.Args.Optional("variant") ?? CatalogVersion.DefaultVariant;
        if (!System.Text.RegularExpressions.Regex.IsMatch(variant, "^[a-z0-9-]{1,32}$"))
        {
            throw new UsageException("--variant ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - / --variant must be lower-case letters, digits or -");
        }

        if (!File.Exists(path))
        {
            return context.Fail($"ไม่พบไฟล์ {path}", "file not found");
        }

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        await using var file = File.OpenRead(path);
        var request = new ImportCatalogRequest(StaffActor.PlatformOperator(), file, variant, context.Args.Flag("dry-run"),
            context.Args.Optional("label"), context.Args.Optional("source-note"), context.Args.Flag("unconfirmed"));
        var result = await scope.ServiceProvider.GetRequiredService<ImportItaCatalog>().RunAsync(request);
        if (!result.Succeeded)
        {
            return context.FailImport(result.Errors);
        }

        var outcome = result.Value!;
        var catalog = outcome.Catalog;
        if (outcome.Unchanged)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ไม่มีอะไรเปลี่ยน: ไฟล์นี้เหมือนฉบับที่ {catalog.Revision} ของปีงบประมาณ {catalog.FiscalYear} ({catalog.Variant}) ที่บันทึกไว้ล่าสุดทุกประการ จึงไม่ได้สร้างฉบับใหม่"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Nothing changed: this file equals the newest stored revision {catalog.Revision} of fiscal year {catalog.FiscalYear} ({catalog.Variant}); no new revision was made."));
            return CliApp.Ok;
        }

        var changes = outcome.Changes;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"รูปแบบไฟล์ / format: {outcome.Format} · ปีงบประมาณ / fiscal year {catalog.FiscalYear} · {catalog.Variant} · ฉบับที่ / revision {catalog.Revision}"));
        context.Out.WriteLine(catalog.Label);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ข้อ / items: {catalog.CurrentItems.Count()} · ใหม่ / added {changes.Added.Count} · คงเดิม / kept {changes.Kept.Count} · เปลี่ยนรหัส / renumbered {changes.Renumbered.Count} · เลิกใช้ / retired {changes.Retired.Count} · กลับมาใช้ / revived {changes.Revived.Count}"));
        foreach (var moved in changes.Renumbered)
        {
            context.Out.WriteLine($"  {moved.Key}: {moved.OldCode} → {moved.NewCode}");
        }

        foreach (var retired in changes.Retired)
        {
            context.Out.WriteLine($"  - {retired}");
        }

        foreach (var warning in outcome.Warnings)
        {
            context.Out.WriteLine($"  ! [{warning.Code}] {warning}");
        }

        context.Out.WriteLine(outcome.Saved ? "บันทึกแล้ว / saved" : "ทดลองอ่านเท่านั้น ไม่ได้บันทึก / dry run, nothing saved");
        return CliApp.Ok;
    }
}
