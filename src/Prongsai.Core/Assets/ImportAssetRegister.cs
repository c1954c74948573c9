using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Assets;

/// <summary>
/// Imports the property register (ทะเบียนครุภัณฑ์) an office keeps in Excel, or exports from e-LAAS, so nobody types
/// hundreds of articles: CSV (UTF-8 or TIS-620) or the first sheet of an .xlsx, headers by their Thai titles in any
/// order below any title rows (<see cref="AssetRegisterColumns"/>). Each row is held to the rules of one article
/// (<see cref="AssetRules"/>); a code already in the register corrects that article only when asked to, and a code
/// written off is skipped. Every problem is a Thai error with its row and column; one error and nothing is saved. The
/// preview (a dry run) shows every row and warning; the save is one transaction, audited row by row like the form.
/// </summary>
public sealed class ImportAssetRegister(ProngsaiDbContext db, AssetKeepers keepers, IUploadedTables tables, ContentVersion contentVersion, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Articles in one file: a large municipality's register; a bigger one is imported in parts.</summary>
    public const int MaxRows = 5_000;

    public const string WrittenOffCode = "written-off";
    public const string NothingSaved = "ไม่ได้บันทึกข้อมูลใด ๆ";

    public async Task<Result<AssetImportOutcome>> RunAsync(AssetImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await keepers.CheckAsync(request.Actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var table = await tables.ReadAsync(request.Content, MaxBytes, cancellationToken);
        if (table.Problem is { } problem)
        {
            return Refuse(problem);
        }

        var (sheet, noHeader) = AssetImportSheet.Find(table.Rows);
        if (sheet is null)
        {
            return Refuse(noHeader!);
        }

        var data = table.Rows.Select((cells, index) => (Row: index + 1, Cells: cells)).Skip(sheet.HeaderRow)
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (data.Count == 0)
        {
            return Refuse("ไฟล์ไม่มีรายการใต้แถวหัวตาราง");
        }

        if (data.Count > MaxRows)
        {
            return Refuse(string.Create(CultureInfo.InvariantCulture,
                $"ไฟล์มี {data.Count:#,0} รายการ เกินกำหนด {MaxRows:#,0} รายการต่อไฟล์ แบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์ (รายการที่นำเข้าแล้วจะข้ามไป)"));
        }

        var codes = data.Select(r => sheet.Cell(r.Cells, AssetColumn.Code).Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var reader = new AssetImportRowReader(sheet, departments, fromExcel: table.Format.Contains("xlsx", StringComparison.Ordinal), BangkokTime.Today(clock));
        if (request.DryRun)
        {
            var preview = await PlanAsync(request, sheet, reader, departments, data, codes, cancellationToken);
            return preview.Errors.Count > 0 ? Fail(preview.Errors) : Outcome(table, sheet, request, preview, saved: false);
        }

        // Under the lock an approval takes, for every article the file names: what is lent cannot grow before the save.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<Asset>().Where(a => codes.Contains(a.Code))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedAt, a => a.UpdatedAt), cancellationToken);
        var plan = await PlanAsync(request, sheet, reader, departments, data, codes, cancellationToken);
        if (plan.Errors.Count > 0)
        {
            return Fail(plan.Errors);
        }

        if (!plan.Rows.Any(r => r.Row.Action is AssetImportAction.Add or AssetImportAction.Update))
        {
            return Refuse("ไฟล์นี้ไม่มีรายการที่จะเพิ่มหรือปรับปรุง");
        }

        var now = clock.GetUtcNow();
        var written = new List<Asset>();
        foreach (var (row, asset) in plan.Rows.Where(r => r.Row.Action is AssetImportAction.Add or AssetImportAction.Update))
        {
            var article = asset ?? db.Set<Asset>().Add(new Asset { Code = "", Name = "", CreatedAt = now }).Entity;
            AssetRules.Apply(article, row.Article, now);
            written.Add(article);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another keeper added one of these codes since the preview: the unique index decides, and nothing is kept.
            db.ChangeTracker.Clear();
            return Error.Conflict($"ระหว่างนำเข้า มีผู้เพิ่มเลขรหัสบางรายการในไฟล์นี้ในทะเบียนแล้ว กรุณาตรวจสอบไฟล์อีกครั้ง {NothingSaved}", "file");
        }

        // Once for the whole file: the website's list of what may be borrowed is read again.
        await contentVersion.BumpAsync(written[0].OrganizationId, cancellationToken);
        return Outcome(table, sheet, request, plan, saved: true);
    }

    private sealed record Plan(List<(AssetImportRow Row, Asset? Asset)> Rows, List<Error> Errors, List<ImportWarning> Warnings);

    /// <summary>What each row does, the register as it is now (tracked for the save, read-only for a preview).</summary>
    private async Task<Plan> PlanAsync(AssetImportRequest request, AssetImportSheet sheet, AssetImportRowReader reader, List<Core.Organizations.Department> departments,
        List<(int Row, IReadOnlyList<string> Cells)> data, List<string> codes, CancellationToken cancellationToken)
    {
        var query = db.Set<Asset>().Where(a => codes.Contains(a.Code));
        var existing = await (request.DryRun ? query.AsNoTracking() : query).ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        var ids = existing.Values.Select(a => a.Id).ToList();
        var lent = await db.Set<AssetLoan>().Where(l => ids.Contains(l.AssetId) && l.Status == AssetLoanStatus.Approved)
            .GroupBy(l => l.AssetId).Select(g => new { g.Key, Pieces = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Pieces, cancellationToken);
        var departmentNames = departments.ToDictionary(d => d.Id, d => d.Name);
        var plan = new Plan([], [], []);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, cells) in data)
        {
            var code = sheet.Cell(cells, AssetColumn.Code).Trim();
            if (code.Length > 0 && !firstRowOf.TryAdd(code, row))
            {
                plan.Errors.Add(reader.AtRow(row, AssetColumn.Code, string.Create(CultureInfo.InvariantCulture,
                    $"เลขรหัส {code} ซ้ำกับแถวที่ {firstRowOf[code]} (เลขรหัสหนึ่งใช้ได้แถวเดียว รวมจำนวนของชุดเดียวกันไว้ในแถวเดียว)")));
                continue;
            }

            var asset = existing.GetValueOrDefault(code);
            if (asset is not null && (asset.RetiredAt is not null || !request.UpdateExisting))
            {
                plan.Rows.Add((Skipped(row, code, sheet.Cell(cells, AssetColumn.Name), asset, plan.Warnings), asset));
                continue;
            }

            var read = reader.Read(row, cells, asset, asset is null ? 0 : lent.GetValueOrDefault(asset.Id));
            plan.Errors.AddRange(read.Errors);
            plan.Warnings.AddRange(read.Warnings);
            if (read.Errors.Count > 0)
            {
                continue;
            }

            IReadOnlyList<AssetImportChange> changes = asset is null ? [] : AssetImportChanges.Between(asset, read.Input, departmentNames);
            var action = asset is null ? AssetImportAction.Add : changes.Count > 0 ? AssetImportAction.Update : AssetImportAction.Unchanged;
            var note = action == AssetImportAction.Unchanged ? "มีในทะเบียนแล้ว ตรงกับไฟล์ทุกช่อง" : null;
            plan.Rows.Add((new AssetImportRow(row, action, read.Input, read.Department, changes, note), asset));
        }

        return plan;
    }

    private static AssetImportRow Skipped(int row, string code, string name, Asset asset, List<ImportWarning> warnings)
    {
        var article = new AssetInput(code, name.Trim(), null, null, null, null, null, null, false, AssetCondition.Good, null);
        if (asset.RetiredAt is null)
        {
            return new AssetImportRow(row, AssetImportAction.Skip, article, null, [],
                "มีในทะเบียนแล้ว จึงข้ามไป (เลือก \"ปรับปรุงรายการที่มีในทะเบียนแล้วตามไฟล์\" หากต้องการแก้ไขตามไฟล์)");
        }

        var note = $"เลขรหัส {code} ({asset.Name}) จำหน่ายออกจากทะเบียนแล้ว จึงไม่นำเข้า หากจำหน่ายผิด ให้ยกเลิกการจำหน่ายที่หน้าของทรัพย์สินก่อน";
        warnings.Add(new ImportWarning(WrittenOffCode, note, row));
        return new AssetImportRow(row, AssetImportAction.Skip, article, null, [], note);
    }

    private static AssetImportOutcome Outcome(UploadedTable table, AssetImportSheet sheet, AssetImportRequest request, Plan plan, bool saved) =>
        new(table.Format, table.Encoding, sheet.HeaderRow, plan.Rows.Select(r => r.Row).ToList(),
            sheet.Warnings.Concat(plan.Warnings.OrderBy(w => w.Row)).ToList(), request.UpdateExisting, saved);

    private static Result<AssetImportOutcome> Fail(List<Error> errors) =>
        Result<AssetImportOutcome>.Fail(errors.Append(Error.Invalid(NothingSaved, "file")).ToList());

    private static Error Refuse(string message) => Error.Invalid(message + " " + NothingSaved, "file");
}
