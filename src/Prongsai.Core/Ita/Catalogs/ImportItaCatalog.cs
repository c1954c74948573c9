using Prongsai.Core.Common;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Ita.Catalog.Json;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita.Catalogs;

/// <param name="Variant">The variant of a flat sheet (a JSON file names its own).</param>
/// <param name="DryRun">Read, validate and compare with the current revision, but save nothing.</param>
public sealed record ImportCatalogRequest(
    StaffActor Actor, Stream Content, string Variant = CatalogVersion.DefaultVariant, bool DryRun = false,
    string? Label = null, string? SourceNote = null, bool Unconfirmed = false);

/// <param name="Format">"json", "csv" or "xlsx", recognised by content.</param>
/// <param name="Catalog">The revision saved (or that would be saved); when <see cref="Unchanged"/>, the newest stored one.</param>
public sealed record ImportCatalogOutcome(
    string Format, CatalogVersion Catalog, CatalogChanges Changes, IReadOnlyList<CatalogError> Warnings, bool Saved)
{
    /// <summary>
    /// The file says exactly what the newest stored revision of its year and variant says: nothing was (or would be)
    /// saved, and <see cref="Catalog"/> is that revision.
    /// </summary>
    public bool Unchanged { get; init; }
}

/// <summary>
/// The platform Operator imports a catalog file (JSON, or the flat CSV/XLSX sheet): read and validated in full,
/// numbered as the next revision of its fiscal year and variant (items matched by key; items the file no longer
/// lists kept as retired, so checklists keep their evidence), and saved — all or nothing. Every error of the file
/// is returned, each with its line and column (CSV/XLSX) or JSON path. A file whose content equals the newest stored
/// revision saves nothing (<see cref="ImportCatalogOutcome.Unchanged"/>).
/// </summary>
public sealed class ImportItaCatalog(ItaCatalogs catalogs, IItaDocuments documents)
{
    public async Task<Result<ImportCatalogOutcome>> RunAsync(ImportCatalogRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลระบบ (Operator) นำเข้ารายการ ITA ได้");
        }

        var variant = request.Variant.Trim().ToLowerInvariant();
        using var buffer = new MemoryStream();
        await request.Content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > CatalogJson.MaxBytes)
        {
            return Error.Invalid($"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {CatalogJson.MaxBytes / (1024 * 1024)} MB)", "File");
        }

        var bytes = buffer.ToArray();
        var format = FormatOf(bytes);
        CatalogReadResult read;
        if (format == "json")
        {
            read = CatalogJson.Read(bytes);
        }
        else
        {
            // A flat sheet says only its items; the rest comes from the version it follows (docs/ita-catalog.md).
            var year = PeekFiscalYear(bytes, format);
            var baseCatalog = year is { } y ? await catalogs.LatestUpToAsync(y, variant, cancellationToken) : null;
            var options = new FlatCatalogOptions(variant, baseCatalog, request.Label, request.SourceNote, request.Unconfirmed);
            read = format == "xlsx" ? documents.ReadCatalogXlsx(new MemoryStream(bytes), options) : CatalogCsvReader.Read(bytes, options);
        }

        if (!read.Succeeded)
        {
            return Result<ImportCatalogOutcome>.Fail(read.Errors.Select(e => Error.Invalid(e.ToString(), "File")).ToList());
        }

        var imported = read.Catalog!;
        var current = await catalogs.LatestAsync(imported.FiscalYear, imported.Variant, cancellationToken);
        var next = CatalogRevision.Next(current, imported);
        if (!next.Succeeded)
        {
            return Result<ImportCatalogOutcome>.Fail(next.Errors);
        }

        var (catalog, changes) = next.Value!;
        if (current is not null && CatalogDifference.Between(current, next.Value!) is null)
        {
            // The same content again (a file imported twice, say) makes no revision: checklists would follow it for nothing.
            return new ImportCatalogOutcome(format, current, changes, read.Warnings, Saved: false) { Unchanged = true };
        }

        if (!request.DryRun)
        {
            await catalogs.SaveAsync(catalog, shipped: false, request.Actor.UserName, cancellationToken);
        }

        return new ImportCatalogOutcome(format, catalog, changes, read.Warnings, Saved: !request.DryRun);
    }

    private static string FormatOf(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
        {
            return "xlsx";
        }

        var start = bytes.AsSpan();
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        var first = start.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && start[first] == (byte)'{' ? "json" : "csv";
    }

    /// <summary>
    /// The fiscal year a flat sheet is for, read once without the base so the right base can be chosen; the real
    /// read follows with that base (and reports every error). Null when the sheet does not read.
    /// </summary>
    private int? PeekFiscalYear(byte[] bytes, string format)
    {
        var options = new FlatCatalogOptions();
        var read = format == "xlsx" ? documents.ReadCatalogXlsx(new MemoryStream(bytes), options) : CatalogCsvReader.Read(bytes, options);
        return read.Catalog?.FiscalYear;
    }
}
