using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// Shared steps of the verbs: the organization as the current tenant, the plumbing every import verb shares (the file,
/// the organization, warnings and errors printed alike), and printing a measures report.
/// </summary>
internal static class MeasuresVerbSupport
{
    /// <summary>What every import verb of an organization takes — its FILE (or --file FILE) and --org —, to which each adds its own.</summary>
    public static VerbOptions ImportOptions() => new VerbOptions().Positional("FILE").Value("file").Value("org");

    /// <summary>An import verb's FILE (or --file): a usage error when neither is given.</summary>
    public static string ImportFile(VerbContext context) =>
        context.Args.Positional.FirstOrDefault() ?? context.Args.Optional("file")
        ?? throw new UsageException("ต้องระบุไฟล์ / FILE is required");

    /// <summary>
    /// What every import verb does before its use case: the file must exist, the database is migrated and the
    /// organization entered; then <paramref name="import"/> runs in the organization's scope with the file open.
    /// A missing file or organization is said in Thai and English, exit code 1.
    /// </summary>
    public static async Task<int> RunImportAsync(VerbContext context, string path, string slug, Func<IServiceProvider, Stream, Task<int>> import)
    {
        if (!File.Exists(path))
        {
            return context.Fail($"ไม่พบไฟล์ {path}", "file not found");
        }

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        if (await EnterOrganizationAsync(context, scope, slug) is null)
        {
            return CliApp.DataError;
        }

        await using var file = File.OpenRead(path);
        return await import(scope.ServiceProvider, file);
    }

    /// <summary>The warnings of an import (measures, budget, the property register), each with its code and row.</summary>
    public static void PrintWarnings(TextWriter output, IReadOnlyCollection<ImportWarning> warnings)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"คำเตือน / warnings: {warnings.Count}"));
        foreach (var warning in warnings)
        {
            var row = warning.Row is { } r ? string.Create(CultureInfo.InvariantCulture, $"แถว/row {r}: ") : "";
            output.WriteLine($"  ! [{warning.Code}] {row}{warning.Message}");
        }
    }

    /// <summary>
    /// The warnings (standard output) and errors (standard error) of an import that reads line by line (procurement,
    /// service figures), each naming its row and column; false when there is an error, so nothing was saved.
    /// </summary>
    public static bool PrintMessages(VerbContext context, IReadOnlyCollection<ImportMessage> warnings, IReadOnlyCollection<ImportMessage> errors)
    {
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"คำเตือน / warnings: {warnings.Count}"));
        foreach (var warning in warnings)
        {
            context.Out.WriteLine("  ! " + warning);
        }

        if (errors.Count == 0)
        {
            return true;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ข้อผิดพลาด / errors: {errors.Count} — ไม่ได้บันทึกข้อมูลใด ๆ / nothing saved"));
        foreach (var error in errors)
        {
            context.Error.WriteLine("  ✗ " + error);
        }

        return false;
    }

    public static async Task<Organization?> EnterOrganizationAsync(VerbContext context, AsyncServiceScope scope, string slug)
    {
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var normalized = slug.Trim().ToLowerInvariant();
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == normalized);
        if (organization is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
        }
        else
        {
            context.Fail($"ไม่พบหน่วยงาน \"{slug}\"", $"no organization with slug \"{slug}\"");
        }

        return organization;
    }

    public static int FiscalYear(VerbContext context)
    {
        var year = context.Args.OptionalInt("fiscal-year") ?? throw new UsageException("ต้องระบุ --fiscal-year (ปี พ.ศ. เช่น 2567) / --fiscal-year is required");
        return year is < 2400 or > 3000
            ? throw new UsageException("--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2567 / --fiscal-year must be a Buddhist-era year such as 2567")
            : year;
    }

    public static void PrintReport(TextWriter output, MeasuresReport report)
    {
        output.WriteLine($"ชื่อรายงาน / title: {report.Title}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"มาตรการ / measures: {report.Measures.Count}"));
        foreach (var m in report.Measures)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {m.Number,-4} {PlainText.Shorten(m.Title, 60)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"       ขั้นตอน/steps {m.Steps.Count} · ผล/results {m.Results.Count} · ผู้รับผิดชอบ/responsible {string.Join(", ", m.Responsible)} · ระยะเวลา/period \"{m.Period.Text}\" → {m.Period.Start ?? "?"}..{m.Period.End ?? "?"}"));
        }
    }

}

public sealed class ImportReportVerb : IVerb
{
    public string Name => "import-report";
    public string Summary => "นำเข้ารายงานมาตรการ / import a measures report (txt, json, csv, xlsx, docx)";
    public string Help =>
        "prongsai import-report FILE --org SLUG --fiscal-year N [--dry-run] [--replace] [--create-departments]\n" +
        "  Reads the seed text format, report.json, CSV, XLSX or DOCX (recognised by content), prints what it read and every\n" +
        "  warning, and saves all or nothing. --dry-run saves nothing; --replace makes the import the new draft of a fiscal\n" +
        "  year that already has a plan; --create-departments creates departments the file names but the organization lacks.\n" +
        "  FILE may also be given as --file FILE.";

    public VerbOptions Options { get; } = MeasuresVerbSupport.ImportOptions().Value("fiscal-year").Flag("dry-run").Flag("replace").Flag("create-departments");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = MeasuresVerbSupport.ImportFile(context);
        var slug = context.Args.Required("org");
        var fiscalYear = MeasuresVerbSupport.FiscalYear(context);
        var dryRun = context.Args.Flag("dry-run");
        var replace = context.Args.Flag("replace");
        var createDepartments = context.Args.Flag("create-departments");
        return await MeasuresVerbSupport.RunImportAsync(context, path, slug, async (services, file) =>
        {
            var result = await services.GetRequiredService<ImportReport>().RunAsync(
                new ImportReportRequest(StaffActor.System(), file, fiscalYear, replace, createDepartments, dryRun));
            if (!result.Succeeded)
            {
                return context.FailImport(result.Errors);
            }

            var outcome = result.Value!;
            context.Out.WriteLine($"รูปแบบไฟล์ / format: {outcome.Format.Thai()}{(outcome.Encoding is null ? "" : $" ({outcome.Encoding})")}");
            MeasuresVerbSupport.PrintReport(context.Out, outcome.Report);
            MeasuresVerbSupport.PrintWarnings(context.Out, outcome.Warnings);
            foreach (var created in outcome.CreatedDepartments)
            {
                context.Out.WriteLine($"  + สร้างส่วนราชการ / department created: {created}");
            }

            context.Out.WriteLine(outcome.Saved
                ? (outcome.ReplacedExisting ? "บันทึกแล้ว แทนที่ร่างเดิม / saved, replacing the previous draft" : "บันทึกแล้ว / saved")
                : "ทดลองอ่านเท่านั้น ไม่ได้บันทึก / dry run, nothing saved");
            return CliApp.Ok;
        });
    }
}

public sealed class ExportReportVerb : IVerb
{
    public string Name => "export-report";
    public string Summary => "ส่งออกรายงานมาตรการ / export a measures report (docx, pdf, html, json, csv, xlsx)";
    public string Help =>
        "prongsai export-report --org SLUG --fiscal-year N --format docx|pdf|html|json|csv|xlsx -o FILE [--version N | --draft] [--force]\n" +
        "  The latest published version by default; --version N for an older one; --draft for the current draft.\n" +
        "  A published version's DOCX and PDF are the files stored at publication.\n" +
        "  An existing FILE is not overwritten unless --force is given.";

    public VerbOptions Options { get; } = new VerbOptions().Value("org").Value("fiscal-year").Value("format").Value("output", 'o').Value("version").Flag("draft").Flag("force");

    public async Task<int> RunAsync(VerbContext context)
    {
        var slug = context.Args.Required("org");
        var fiscalYear = MeasuresVerbSupport.FiscalYear(context);
        var format = context.Args.Required("format").ToLowerInvariant();
        if (!ReportFormats.All.Contains(format))
        {
            throw new UsageException($"--format ต้องเป็น {string.Join("|", ReportFormats.All)} / unknown format {format}");
        }

        var output = Path.GetFullPath(context.Args.Required("output"));
        var version = context.Args.OptionalInt("version");
        var draft = context.Args.Flag("draft");
        var force = context.Args.Flag("force");
        if (draft && version is not null)
        {
            throw new UsageException("ใช้ --draft หรือ --version อย่างใดอย่างหนึ่ง / use either --draft or --version");
        }

        // Refused before the report is read or rendered, as backup refuses: a report of another year is not written
        // over by a slip of the up-arrow.
        if (OutputFiles.Refusal(output, force, "--force") is { } refusal)
        {
            return context.Fail(refusal.Thai, refusal.English);
        }

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        if (await MeasuresVerbSupport.EnterOrganizationAsync(context, scope, slug) is null)
        {
            return CliApp.DataError;
        }

        var services = scope.ServiceProvider;
        var documents = services.GetRequiredService<IReportDocuments>();
        MeasuresReport? report;
        MeasureReportVersion? stored = null;
        if (draft)
        {
            report = await services.GetRequiredService<BuildMeasuresReport>().DraftAsync(fiscalYear);
            if (report is null)
            {
                return context.Fail(string.Create(CultureInfo.InvariantCulture, $"ไม่มีแผนมาตรการของปีงบประมาณ {fiscalYear}"), "no plan for that fiscal year");
            }
        }
        else
        {
            stored = await services.GetRequiredService<MeasureReportVersions>().GetAsync(fiscalYear, version);
            if (stored is null)
            {
                return context.Fail(
                    version is null
                        ? string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {fiscalYear} ยังไม่มีรายงานที่เผยแพร่ (ใช้ --draft เพื่อส่งออกร่าง)")
                        : string.Create(CultureInfo.InvariantCulture, $"ไม่พบรายงานฉบับที่ {version} ของปีงบประมาณ {fiscalYear}"),
                    "no such published version");
            }

            report = MeasureReportVersions.Snapshot(stored.SnapshotJson)!;
        }

        // Everything that can refuse is asked before the file is started; what is left is writing.
        var versions = services.GetRequiredService<MeasureReportVersions>();
        await using var storedFile = stored is null ? null
            : format == ReportFormats.Pdf ? await versions.OpenPdfAsync(stored)
            : format == ReportFormats.Docx ? await versions.OpenDocxAsync(stored)
            : null;
        Func<Stream, Task> write;
        switch (format)
        {
            case ReportFormats.Json:
                write = file => WriteTextAsync(file, MeasuresReportJson.Serialize(report));
                break;
            case ReportFormats.Html:
                write = file => WriteTextAsync(file, documents.WriteHtml(report));
                break;
            case ReportFormats.Pdf or ReportFormats.Docx when stored is not null:
                if (storedFile is null)
                {
                    return format == ReportFormats.Pdf
                        ? context.Fail("ฉบับนี้ไม่มีไฟล์ PDF: " + (stored.PdfProblem ?? "ไม่พบไฟล์"), "this version has no stored PDF")
                        : context.Fail("ไม่พบไฟล์ DOCX ที่เก็บไว้ของฉบับนี้", "stored DOCX missing");
                }

                write = file => storedFile.CopyToAsync(file);
                break;
            case ReportFormats.Pdf:
                var rendered = await documents.RenderPdfAsync(report, CancellationToken.None);
                if (!rendered.Succeeded)
                {
                    return context.Fail(rendered.Problem ?? "PDF ไม่สำเร็จ", "PDF failed");
                }

                write = file => file.WriteAsync(rendered.Pdf!).AsTask();
                break;
            case ReportFormats.Docx:
                write = file => Synchronously(() => documents.WriteDocx(report, file));
                break;
            case ReportFormats.Csv:
                write = file => Synchronously(() => documents.WriteCsv(report, file));
                break;
            default:
                write = file => Synchronously(() => documents.WriteXlsx(report, file));
                break;
        }

        await OutputFiles.WriteAsync(output, force, write);
        var what = draft ? "ร่าง / draft" : string.Create(CultureInfo.InvariantCulture, $"ฉบับที่ / version {report.Version}");
        context.Out.WriteLine($"ส่งออกแล้ว / exported {what} → {output} ({format})");
        return CliApp.Ok;
    }

    private static async Task WriteTextAsync(Stream file, string text)
    {
        await using var writer = new StreamWriter(file, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(text);
    }

    private static Task Synchronously(Action write)
    {
        write();
        return Task.CompletedTask;
    }
}
