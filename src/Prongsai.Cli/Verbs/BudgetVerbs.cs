using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Budget;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Cli.Verbs;

/// <summary>prongsai import-budget: the spending plan or a month's disbursements from CSV/XLSX, with the page's preview and errors.</summary>
public sealed class ImportBudgetVerb : IVerb
{
    public string Name => "import-budget";
    public string Summary => "นำเข้าแผนการใช้จ่ายงบประมาณหรือผลการเบิกจ่าย / import a budget spending plan or disbursements (csv, xlsx)";
    public string Help =>
        "prongsai import-budget FILE --org SLUG --fiscal-year N [--dry-run] [--replace]\n" +
        "  Reads a CSV (UTF-8 or TIS-620) or XLSX file. Plan headers: ปีงบประมาณ, ด้าน, แผนงาน, งาน, งบ, หมวด, รายการ,\n" +
        "  ส่วนราชการ, จำนวนเงิน, optional ต.ค. … ก.ย.; disbursement headers: ปีงบประมาณ, เดือน, รายการ, จำนวนเงินเบิกจ่าย.\n" +
        "  Prints what it read and every warning, and saves all or nothing (errors name the row and column).\n" +
        "  --dry-run saves nothing; --replace replaces the lines of a plan not yet published.\n" +
        "  FILE may also be given as --file FILE.";

    public VerbOptions Options { get; } = MeasuresVerbSupport.ImportOptions().Value("fiscal-year").Flag("dry-run").Flag("replace");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = MeasuresVerbSupport.ImportFile(context);
        var slug = context.Args.Required("org");
        var fiscalYear = MeasuresVerbSupport.FiscalYear(context);
        var dryRun = context.Args.Flag("dry-run");
        var replace = context.Args.Flag("replace");
        return await MeasuresVerbSupport.RunImportAsync(context, path, slug, async (services, file) =>
        {
            var result = await services.GetRequiredService<ImportBudget>().RunAsync(
                new BudgetImportRequest(StaffActor.System(), file, fiscalYear, dryRun, replace));
            if (!result.Succeeded)
            {
                return context.FailImport(result.Errors);
            }

            var outcome = result.Value!;
            context.Out.WriteLine($"รูปแบบไฟล์ / format: {outcome.Format}{(outcome.Encoding is null ? "" : $" ({outcome.Encoding})")}");
            if (outcome.Kind == BudgetImportKind.Plan)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"แผนการใช้จ่ายงบประมาณ / plan lines: {outcome.Lines.Count} · รวม / total {ThaiMoney.Format(outcome.Lines.Sum(l => l.Line.Amount))} บาท"));
                foreach (var l in outcome.Lines)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  แถว/row {l.Row,-4} {BudgetNames.Thai(l.Line.Category)} · {l.Line.Item} · {l.Line.DepartmentName} · {ThaiMoney.Format(l.Line.Amount)}"));
                }
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ผลการเบิกจ่าย / disbursements: {outcome.Disbursements.Count}"));
                foreach (var d in outcome.Disbursements)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  แถว/row {d.Row,-4} {BudgetNames.LongMonthYear(fiscalYear, d.FiscalMonth)} · {d.Item} · {ThaiMoney.Format(d.Amount)}"));
                }
            }

            MeasuresVerbSupport.PrintWarnings(context.Out, outcome.Warnings);
            context.Out.WriteLine(outcome.Saved ? "บันทึกแล้ว / saved" : "ทดลองอ่านเท่านั้น ไม่ได้บันทึก / dry run, nothing saved");
            return CliApp.Ok;
        });
    }
}
