using Prongsai.Core.Storage;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Core.Measures;

namespace Prongsai.Core.Measures.Import;

public sealed record ImportReportRequest(
    StaffActor Actor,
    Stream Content,
    int FiscalYear,
    bool Replace = false,
    bool CreateDepartments = false,
    bool DryRun = false,
    IReadOnlyCollection<string>? DepartmentsToCreate = null,
    bool MarkAllDone = false);

/// <summary>What an import read (and, unless it was a dry run, saved) with every warning.</summary>
public sealed record ImportReportOutcome(
    ReportFileFormat Format,
    string? Encoding,
    MeasuresReport Report,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<string> UnknownDepartments,
    IReadOnlyList<string> CreatedDepartments,
    bool Saved,
    bool ReplacedExisting,
    bool PlanExists);

/// <summary>
/// Imports a measures report file into the organization's plan for a fiscal year: recognises the
/// format by content (seed text, JSON, CSV, XLSX, DOCX), decodes and reads it, normalises it
/// (periods through the Thai period parser, departments matched by name, every text through the
/// SafeHtml policy) and saves it all or nothing. Without Replace a fiscal year that already has a
/// plan is refused; with it the import becomes the plan's new draft (published versions stay).
/// </summary>
public sealed class ImportReport(
    ProngsaiDbContext db, IReportDocuments documents, IOptions<ImportOptions> options, TimeProvider clock)
{
    public const string UnknownDepartmentCode = "unknown-department";
    public const string BadIndicatorCode = "bad-indicator";
    public const string OrganizationMismatchCode = "organization-mismatch";

    public async Task<Result<ImportReportOutcome>> RunAsync(ImportReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์นำเข้ารายงานมาตรการ (ต้องมีสิทธิ์จัดการแผนมาตรการ)");
        }

        if (request.FiscalYear is < 2400 or > 3000)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"ปีงบประมาณ {request.FiscalYear} ไม่ถูกต้อง ต้องเป็นปี พ.ศ. เช่น 2567"), "fiscalYear");
        }

        var organization = await db.Organizations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == db.CurrentOrganizationId, cancellationToken);
        if (organization is null)
        {
            return Error.NotFound("ไม่พบหน่วยงาน");
        }

        var maxBytes = options.Value.MaxBytes;
        var content = await LimitedRead.ReadAtMostAsync(request.Content, maxBytes, cancellationToken);
        if (content is null)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {maxBytes / 1024.0 / 1024.0:0.#} MB) ไม่ได้บันทึกข้อมูลใด ๆ"), "file");
        }

        var read = Read(content, organization.Slug, request.FiscalYear);
        if (read.Errors.Count > 0)
        {
            return Result<ImportReportOutcome>.Fail(read.Errors.Select(e => Error.Invalid(e + " ไม่ได้บันทึกข้อมูลใด ๆ", "file")).ToList());
        }

        var warnings = read.Warnings.ToList();
        var departments = await db.Departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var normalized = Normalize(read.Report!, organization.Slug, request.FiscalYear, read.Format, warnings);
        if (request.MarkAllDone)
        {
            normalized = normalized with { Measures = normalized.Measures.Select(MarkDone).ToList() };
        }

        var unknown = normalized.Measures
            .SelectMany(m => m.Responsible)
            .Where(n => !Responsibility.AllDepartmentsValues.Contains(n) && FindDepartment(departments, n) is null)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0 && (!request.CreateDepartments || request.DepartmentsToCreate is not null))
        {
            warnings.Add(new ImportWarning(UnknownDepartmentCode,
                "ไม่พบส่วนราชการชื่อ " + string.Join(", ", unknown.Select(n => $"\"{n}\""))
                + " ในระบบ จะบันทึกไว้เป็นข้อความผู้รับผิดชอบ (เลือกสร้างส่วนราชการใหม่เพื่อเชื่อมกับส่วนราชการ)", null));
        }

        var existing = await db.MeasurePlans.FirstOrDefaultAsync(p => p.FiscalYear == request.FiscalYear, cancellationToken);
        if (existing is not null && !request.Replace && !request.DryRun)
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"{new FiscalYear(request.FiscalYear).ThaiName} มีแผนมาตรการอยู่แล้ว ไม่ได้บันทึกข้อมูลใด ๆ หากต้องการแทนที่ร่างเดิมด้วยไฟล์นี้ ให้เลือก \"แทนที่ร่างเดิม\" (--replace) "
                + $"(Fiscal year {request.FiscalYear} already has a plan; use replace.)"));
        }

        // The upload page lets people tick which unknown departments to create; the rest stay as text.
        var created = !request.CreateDepartments ? []
            : request.DepartmentsToCreate is null ? unknown
            : unknown.Where(n => request.DepartmentsToCreate.Contains(n, StringComparer.Ordinal)).ToList();
        if (request.DryRun)
        {
            return Result<ImportReportOutcome>.Ok(new ImportReportOutcome(
                read.Format, read.Encoding, normalized, warnings, unknown, created, Saved: false,
                ReplacedExisting: false, PlanExists: existing is not null));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var name in created)
        {
            var department = new Department { Name = name, SortOrder = departments.Count + 1 };
            db.Departments.Add(department);
            departments.Add(department);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SaveAsync(existing, normalized, departments, request.FiscalYear, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return Result<ImportReportOutcome>.Ok(new ImportReportOutcome(
            read.Format, read.Encoding, normalized, warnings, unknown.Except(created).ToList(), created,
            Saved: true, ReplacedExisting: existing is not null, PlanExists: true));
    }

    private sealed record FileRead(
        ReportFileFormat Format, string? Encoding, MeasuresReport? Report, IReadOnlyList<ImportWarning> Warnings, IReadOnlyList<string> Errors);

    private FileRead Read(byte[] content, string slug, int fiscalYear)
    {
        if (content.Length == 0)
        {
            return new FileRead(ReportFileFormat.SeedText, null, null, [], [DecodeProblems.Empty]);
        }

        var (binaryFormat, binaryProblem) = ReportFileFormats.DetectBinary(content);
        if (binaryProblem is not null)
        {
            return new FileRead(ReportFileFormat.SeedText, null, null, [], [binaryProblem]);
        }

        if (binaryFormat is { } package)
        {
            using var stream = new MemoryStream(content, writable: false);
            var packageRead = package == ReportFileFormat.Docx ? documents.ReadDocx(stream) : documents.ReadXlsx(stream);
            return new FileRead(package, null, packageRead.Report, [], packageRead.Errors);
        }

        var decoded = TextFileDecoder.Decode(content);
        if (!decoded.Succeeded)
        {
            return new FileRead(ReportFileFormat.SeedText, null, null, [], [decoded.Problem]);
        }

        var format = ReportFileFormats.DetectText(decoded.Text);
        switch (format)
        {
            case ReportFileFormat.Json:
                var json = MeasuresReportJson.Deserialize(decoded.Text);
                return new FileRead(format, decoded.EncodingName, json.Report, [], json.Succeeded ? [] : [json.Error!]);
            case ReportFileFormat.Csv:
                var csv = documents.ReadCsv(decoded.Text);
                return new FileRead(format, decoded.EncodingName, csv.Report, [], csv.Errors);
            default:
                var seed = SeedTextReader.Read(decoded.Text, slug, fiscalYear);
                return new FileRead(ReportFileFormat.SeedText, decoded.EncodingName, seed.Report, seed.Warnings, seed.Errors);
        }
    }

    /// <summary>
    /// The same report whatever the file format: plain texts, items without typed numbering,
    /// periods re-read from their text, known indicators; warnings for what a person should check.
    /// </summary>
    private static MeasuresReport Normalize(
        MeasuresReport report, string slug, int fiscalYear, ReportFileFormat format, List<ImportWarning> warnings)
    {
        if (report.FiscalYear != 0 && report.FiscalYear != fiscalYear && format != ReportFileFormat.SeedText)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.FiscalYearMismatch, string.Create(CultureInfo.InvariantCulture,
                $"ไฟล์ระบุปีงบประมาณ {report.FiscalYear} แต่กำลังนำเข้าเป็นปีงบประมาณ {fiscalYear}"), null));
        }

        if (!string.IsNullOrWhiteSpace(report.Organization) && !string.Equals(report.Organization.Trim(), slug, StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add(new ImportWarning(OrganizationMismatchCode,
                $"ไฟล์เป็นรายงานของหน่วยงาน \"{PlainText.FromHtml(report.Organization)}\" แต่กำลังนำเข้าให้ \"{slug}\"", null));
        }

        var title = PlainText.FromHtml(report.Title);
        if (title.Length == 0)
        {
            title = string.Create(CultureInfo.InvariantCulture,
                $"รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {fiscalYear}");
            if (format != ReportFileFormat.SeedText)
            {
                warnings.Add(new ImportWarning(ImportWarningCodes.MissingTitle, $"ไฟล์ไม่มีชื่อรายงาน จึงใช้ชื่อ \"{title}\"", null));
            }
        }

        var measures = new List<MeasureReportItem>();
        for (var i = 0; i < report.Measures.Count; i++)
        {
            measures.Add(NormalizeItem(report.Measures[i], i + 1, fiscalYear, format, warnings));
        }

        if (format != ReportFileFormat.SeedText)
        {
            // The seed reader already warns (with line numbers); other formats are checked here by row.
            warnings.AddRange(DuplicateMeasures.Warn(measures.Select((m, i) => new MeasureRow(m, i + 1)).ToList()));
        }

        return new MeasuresReport(slug, fiscalYear, report.Version, report.PublishedAt, title,
            MeasureText.PlainParagraphs(MeasureText.StoreParagraphs(report.Introduction)), measures);
    }

    private static MeasureReportItem NormalizeItem(
        MeasureReportItem item, int row, int fiscalYear, ReportFileFormat format, List<ImportWarning> warnings)
    {
        var number = PlainText.FromHtml(item.Number).TrimEnd('.');
        if (number.Length == 0)
        {
            number = row.ToString(CultureInfo.InvariantCulture);
        }

        var period = item.Period ?? new ReportPeriod(string.Empty, null, null);
        var periodText = PlainText.FromHtml(period.Text);
        var parsed = ThaiPeriodParser.Parse(periodText, fiscalYear);
        string? start = null;
        string? end = null;
        if (parsed.IsParsed)
        {
            (start, end) = (parsed.Start!.Value.ToString(), parsed.End!.Value.ToString());
            var fy = new FiscalYear(fiscalYear);
            if (format != ReportFileFormat.SeedText && (!fy.Contains(parsed.Start.Value) || !fy.Contains(parsed.End.Value)))
            {
                warnings.Add(new ImportWarning(ImportWarningCodes.PeriodOutsideFiscalYear,
                    $"มาตรการที่ {number}: ระยะเวลาดำเนินการ \"{periodText}\" อยู่นอก{fy.ThaiName}", row));
            }
        }
        else if (YearMonth.TryParse(period.Start, out var s) && YearMonth.TryParse(period.End, out var e) && s <= e)
        {
            // The text cannot be read but the file gives the months (report.json): trust them.
            (start, end) = (s.ToString(), e.ToString());
        }
        else if (format != ReportFileFormat.SeedText)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.UnparsedPeriod,
                $"มาตรการที่ {number}: ระยะเวลาดำเนินการ \"{periodText}\": {parsed.Problem} เก็บข้อความไว้ตามเดิมโดยไม่มีเดือนเริ่มต้น/สิ้นสุด", row));
        }

        var indicators = new List<int>();
        foreach (var indicator in item.Indicators ?? [])
        {
            if (MeasureIndicators.IsValid(indicator))
            {
                indicators.Add(indicator);
            }
            else
            {
                warnings.Add(new ImportWarning(BadIndicatorCode, string.Create(CultureInfo.InvariantCulture,
                    $"มาตรการที่ {number}: ไม่มีตัวชี้วัด ITA ที่ {indicator} (มีเฉพาะ 1–10) จึงไม่ได้นำเข้า"), row));
            }
        }

        var status = MeasureStatus.All.Contains(item.Status) ? item.Status : MeasureStatus.NotStarted;
        var percent = Math.Clamp(item.PercentDone, 0, 100);
        if (status == MeasureStatus.Done)
        {
            percent = 100;
        }

        return new MeasureReportItem(
            number,
            PlainText.FromHtml(item.Title),
            Items(item.Steps),
            (item.Responsible ?? []).Select(PlainText.FromHtml).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            new ReportPeriod(periodText, start, end),
            Items(item.Results),
            PlainText.FromHtml(item.Outcome),
            indicators.Distinct().Order().ToList(),
            status,
            percent);
    }

    /// <summary>Wording of the one step a finished measure gets when its file lists none (a done measure needs a done step).</summary>
    public const string FinishedStepText = "ดำเนินการตามมาตรการแล้วเสร็จ";

    /// <summary>
    /// A year-end results report: offices write what was done, not which steps were ticked, so staff confirm on the
    /// preview that every measure is finished; otherwise a finished year would show as late at 0 %.
    /// </summary>
    private static MeasureReportItem MarkDone(MeasureReportItem item) => item with
    {
        Status = MeasureStatus.Done,
        PercentDone = 100,
        Steps = item.Steps.Count > 0 ? item.Steps : [FinishedStepText],
    };

    private static List<string> Items(IReadOnlyList<string>? items) =>
        (items ?? []).Select(i => ListItems.StripLeadingNumber(PlainText.FromHtml(i))).Where(i => i.Length > 0).ToList();

    private async Task SaveAsync(
        MeasurePlan? existing, MeasuresReport report, IReadOnlyList<Department> departments, int fiscalYear, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plan = existing;
        if (plan is null)
        {
            plan = new MeasurePlan { FiscalYear = fiscalYear, Title = string.Empty };
            db.MeasurePlans.Add(plan);
        }
        else
        {
            var old = await db.Measures.Where(m => m.PlanId == plan.Id).ToListAsync(cancellationToken);
            db.Measures.RemoveRange(old);
            plan.ApprovalRequestedAt = null;
            plan.ApprovalRequestedBy = null;
        }

        plan.Title = MeasureText.Store(report.Title);
        plan.Introduction = MeasureText.StoreParagraphs(report.Introduction);
        plan.UpdatedAt = now;

        var order = 0;
        foreach (var item in report.Measures)
        {
            plan.Measures.Add(ToMeasure(item, ++order, departments));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Measure ToMeasure(MeasureReportItem item, int order, IReadOnlyList<Department> departments)
    {
        var measure = new Measure
        {
            Number = item.Number,
            Title = MeasureText.Store(item.Title),
            SortOrder = order,
            PeriodText = MeasureText.Store(item.Period.Text),
            PeriodStart = YearMonth.TryParse(item.Period.Start, out var start) ? start.FirstDay : null,
            PeriodEnd = YearMonth.TryParse(item.Period.End, out var end) ? end.FirstDay : null,
            Outcome = MeasureText.Store(item.Outcome),
            Indicators = MeasureIndicators.Format(item.Indicators),
        };

        var other = new List<string>();
        foreach (var name in item.Responsible)
        {
            if (Responsibility.AllDepartmentsValues.Contains(name))
            {
                measure.AllDepartments = true;
            }
            else if (FindDepartment(departments, name) is { } department)
            {
                if (measure.Departments.All(d => d.DepartmentId != department.Id))
                {
                    measure.Departments.Add(new MeasureDepartment { DepartmentId = department.Id });
                }
            }
            else
            {
                other.Add(name);
            }
        }

        measure.OtherResponsible = other.Count == 0 ? null : MeasureText.Store(string.Join('\n', other));

        // Steps done are derived back from the file's progress: all of them when done, else the share in percent.
        var stepsDone = item.Status == MeasureStatus.Done
            ? item.Steps.Count
            : (int)Math.Round(item.PercentDone * item.Steps.Count / 100.0, MidpointRounding.AwayFromZero);
        var doneOn = YearMonth.TryParse(item.Period.End, out var last) ? last.LastDay : (DateOnly?)null;
        var stepOrder = 0;
        foreach (var step in item.Steps)
        {
            var isDone = stepOrder < stepsDone;
            measure.Steps.Add(new MeasureStep
            {
                Text = MeasureText.Store(step),
                SortOrder = ++stepOrder,
                IsDone = isDone,
                DoneOn = isDone ? doneOn : null,
            });
        }

        var resultOrder = 0;
        foreach (var result in item.Results)
        {
            measure.Results.Add(new MeasureResult { Text = MeasureText.Store(result), SortOrder = ++resultOrder });
        }

        return measure;
    }

    /// <summary>Department names match when they differ only in spacing, punctuation, case or width.</summary>
    public static Department? FindDepartment(IEnumerable<Department> departments, string name) =>
        departments.FirstOrDefault(d => SameName(d.Name, name));

    public static bool SameName(string a, string b) =>
        ThaiCollation.CompareInfo.Compare(
            PlainText.CollapseWhitespace(a), PlainText.CollapseWhitespace(b),
            CompareOptions.IgnoreCase | CompareOptions.IgnoreWidth | CompareOptions.IgnoreSymbols) == 0;
}
