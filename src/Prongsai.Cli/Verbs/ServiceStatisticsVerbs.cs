using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// prongsai import-service-figures: a fiscal year of service figures from a spreadsheet, through the import page's use
/// case — every service with what each month's box does, every warning, every error with its row and column, and the
/// whole file saved or nothing.
/// </summary>
public sealed class ImportServiceFiguresVerb : IVerb
{
    public string Name => "import-service-figures";
    public string Summary => "นำเข้าสถิติการให้บริการทั้งปี / import a year of service figures (csv, xlsx)";
    public string Help =>
        "prongsai import-service-figures FILE --org SLUG --fiscal-year N [--add-new-services] [--replace] [--dry-run]\n" +
        "  Reads a CSV (UTF-8 or TIS-620) or XLSX: a row per service with a column per month (งานบริการ, หน่วยนับ, ต.ค. 67 …),\n" +
        "  or the public file of service statistics (docs/service-statistics.md). Prints every service with what each month's\n" +
        "  box does (new figure, replaced, cleared, the same, kept), every warning and every error (row and column), and\n" +
        "  saves all of it or nothing. Fiscal years from 2560 to the current one; months not yet begun take no figure.\n" +
        "  --add-new-services adds a service the office's list lacks (otherwise it is an error; the page's \"เพิ่มเป็นบริการใหม่\");\n" +
        "  --replace lets an empty box (or a dash) clear a figure already recorded (otherwise it is kept; the page's \"แทนที่\");\n" +
        "  --dry-run saves nothing. Figures are stamped as recorded by \"command-line\".\n" +
        "  FILE may also be given as --file FILE.";

    public VerbOptions Options { get; } = MeasuresVerbSupport.ImportOptions().Value("fiscal-year").Flag("add-new-services").Flag("replace").Flag("dry-run");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = MeasuresVerbSupport.ImportFile(context);
        var slug = context.Args.Required("org");
        var fiscalYear = MeasuresVerbSupport.FiscalYear(context);
        var options = new ServiceCountsImportOptions(AddNewServices: context.Args.Flag("add-new-services"), EmptyClears: context.Args.Flag("replace"));
        var dryRun = context.Args.Flag("dry-run");
        return await MeasuresVerbSupport.RunImportAsync(context, path, slug, async (services, file) =>
        {
            var import = services.GetRequiredService<ImportServiceCounts>();
            var request = new ServiceCountsImportRequest(StaffActor.System(), fiscalYear, file, options);

            // One step: the file is checked and saved in the same call, and what is printed is what that check found and
            // saved — there is no earlier preview whose fingerprint could have gone stale, so none is compared.
            var result = dryRun ? await import.PreviewAsync(request) : await import.ImportAsync(request, previewed: null);
            if (!result.Succeeded)
            {
                return context.FailImport(result.Errors);
            }

            var preview = result.Value!;
            if (preview.Format.Length > 0)
            {
                Print(context.Out, preview);
            }

            if (!MeasuresVerbSupport.PrintMessages(context, preview.Warnings, preview.Errors))
            {
                return CliApp.DataError;
            }

            var (written, replaced, cleared) = (preview.Count(FigureChange.Added) + preview.Count(FigureChange.Changed),
                preview.Count(FigureChange.Changed), preview.Count(FigureChange.Cleared));
            var counts = string.Create(CultureInfo.InvariantCulture,
                $"บันทึก {written:#,0} ตัวเลข (แก้ไขตัวเลขเดิม {replaced:#,0}) ลบ {cleared:#,0} เพิ่มบริการใหม่ {preview.NewServices:#,0} บริการ");
            var english = string.Create(CultureInfo.InvariantCulture,
                $"{written:#,0} figures ({replaced:#,0} replaced), {cleared:#,0} cleared, {preview.NewServices:#,0} services added");
            context.Out.WriteLine(
                preview.Saved ? $"บันทึกแล้ว: {counts} / saved: {english}"
                : !preview.HasChanges ? "ไม่มีอะไรต้องบันทึก ตัวเลขในไฟล์ตรงกับที่บันทึกไว้แล้ว / nothing to save: the file agrees with what is recorded"
                : $"ทดลองอ่านเท่านั้น ไม่ได้บันทึก (จะ{counts}) / dry run, nothing saved (would save {english})");
            return CliApp.Ok;
        });
    }

    /// <summary>The file, each service with its boxes as the preview page shows them, and the counts.</summary>
    private static void Print(TextWriter output, ServiceCountsImportPreview preview)
    {
        var shape = preview.Shape == ServiceCountsFileShape.RowPerMonth
            ? "หนึ่งแถวต่อบริการและเดือน / a row per service and month"
            : "หนึ่งแถวต่อบริการ คอลัมน์ละเดือน / a row per service, a column per month";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"รูปแบบไฟล์ / format: {preview.Format}{(preview.Encoding is null ? "" : $" ({preview.Encoding})")} · {shape} · ปีงบประมาณ / fiscal year {preview.FiscalYear} · เดือน / months {preview.Months.Count}"));
        foreach (var service in preview.Services)
        {
            var added = service.IsNew ? " · บริการใหม่/new service" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  แถว/row {service.Row,4}  {service.Name} ({service.Unit}) · {service.Department}{added}"));
            var boxes = service.Figures.Select(Box).OfType<string>().ToList();
            if (boxes.Count > 0)
            {
                output.WriteLine("        " + string.Join(" · ", boxes));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ตัวเลขใหม่/new {preview.Count(FigureChange.Added):#,0} · แก้ตัวเลขเดิม/replaced {preview.Count(FigureChange.Changed):#,0} · " +
            $"ลบ/cleared {preview.Count(FigureChange.Cleared):#,0} · เท่าเดิม/same {preview.Count(FigureChange.Unchanged):#,0} · บริการใหม่/new services {preview.NewServices:#,0}"));
    }

    /// <summary>"ต.ค. 67 120", "พ.ย. 67 130 (เดิม/was 100)", "ธ.ค. 67 ลบ/cleared (เดิม/was 4)", … or null for a box with nothing in it or behind it.</summary>
    private static string? Box(ImportedFigure figure)
    {
        var month = ThaiDate.FormatShortMonthYear(figure.Month);
        string Was() => string.Create(CultureInfo.InvariantCulture, $"(เดิม/was {figure.Existing!.Value:#,0})");
        return figure.Change switch
        {
            FigureChange.Added => string.Create(CultureInfo.InvariantCulture, $"{month} {figure.Figure!.Value:#,0}"),
            FigureChange.Changed => string.Create(CultureInfo.InvariantCulture, $"{month} {figure.Figure!.Value:#,0} {Was()}"),
            FigureChange.Cleared => $"{month} ลบ/cleared {Was()}",
            FigureChange.Unchanged => string.Create(CultureInfo.InvariantCulture, $"{month} {figure.Figure!.Value:#,0} (เท่าเดิม/same)"),
            _ => figure.Existing is { } kept ? string.Create(CultureInfo.InvariantCulture, $"{month} คงเดิม/kept {kept:#,0}") : null,
        };
    }
}
