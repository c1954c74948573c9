using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Storage;

namespace Prongsai.Cli.Verbs;

/// <summary>prongsai import-procurement: the same reading, preview and line-precise errors as the import page.</summary>
public sealed class ImportProcurementVerb : IVerb
{
    public string Name => "import-procurement";
    public string Summary => "นำเข้าผลการจัดซื้อจัดจ้าง สขร.1 / import procurement records (csv, xlsx)";
    public string Help =>
        "prongsai import-procurement FILE --org SLUG --fiscal-year N [--dry-run]\n" +
        "  Reads a CSV or XLSX with the สขร.1 column titles, prints every line it read, every warning and every error\n" +
        "  (line and column), and saves all lines or none. Lines already stored (same month, work, amount) are skipped.\n" +
        "  --dry-run saves nothing. Imported months stay unpublished until an Executive publishes them.\n" +
        "  FILE may also be given as --file FILE.";

    public VerbOptions Options { get; } = MeasuresVerbSupport.ImportOptions().Value("fiscal-year").Flag("dry-run");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = MeasuresVerbSupport.ImportFile(context);
        var slug = context.Args.Required("org");
        var fiscalYear = MeasuresVerbSupport.FiscalYear(context);
        var dryRun = context.Args.Flag("dry-run");
        return await MeasuresVerbSupport.RunImportAsync(context, path, slug, async (services, file) =>
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content);
            var read = services.GetRequiredService<IUploadedTables>().Read(content.ToArray());
            if (read.Problem is { } problem)
            {
                return context.Fail(problem, "the file cannot be read");
            }

            var import = services.GetRequiredService<ImportProcurementRecords>();
            var actor = StaffActor.System();
            var result = dryRun ? await import.PreviewAsync(actor, fiscalYear, read.Rows) : await import.ImportAsync(actor, fiscalYear, read.Rows);
            if (!result.Succeeded)
            {
                return context.FailImport(result.Errors);
            }

            var preview = result.Value!;
            foreach (var row in preview.Rows)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  แถว/line {row.Line,4}  {ThaiDate.FormatMonthYear(row.Month),-16} {ThaiMoney.Format(row.BudgetAmount),16}  {ProcurementTexts.Method(row.Method, row.MethodNote)}  {row.Title}"));
            }

            if (!MeasuresVerbSupport.PrintMessages(context, preview.Warnings, preview.Errors))
            {
                return CliApp.DataError;
            }

            context.Out.WriteLine(dryRun
                ? string.Create(CultureInfo.InvariantCulture, $"ทดลองอ่านเท่านั้น ไม่ได้บันทึก / dry run, nothing saved ({preview.Rows.Count} รายการ/records)")
                : string.Create(CultureInfo.InvariantCulture, $"บันทึกแล้ว {preview.Rows.Count} รายการ / saved {preview.Rows.Count} records"));
            return CliApp.Ok;
        });
    }
}
