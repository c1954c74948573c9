using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Prongsai.Bench.Bulk;

/// <summary>
/// Writes a block with PostgreSQL COPY, parents before children, in one transaction: a block is there whole or
/// not at all, so a run that stops can simply be started again. Binary COPY everywhere except SearchEntries,
/// whose tsvector goes as text so the server parses SearchIndex.TsVector's literal exactly as the app's UPDATE does.
/// </summary>
public static class BulkCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, BulkBlock b, CancellationToken cancellationToken = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var set = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection, transaction))
        {
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await Copy(connection, "Organizations", ["Id", "Slug", "Name", "Kind", "Province", "District", "CreatedAt"], b.Organizations, (w, o) =>
        {
            w.Write(o.Id, NpgsqlDbType.Integer); w.Write(o.Slug, NpgsqlDbType.Varchar); w.Write(o.Name, NpgsqlDbType.Varchar);
            w.Write((int)o.Kind, NpgsqlDbType.Integer); Text(w, o.Province); Text(w, o.District); Time(w, o.CreatedAt);
        }, cancellationToken);
        await Copy(connection, "ContentStamps", ["OrganizationId", "Version"], b.Stamps, (w, s) =>
        {
            w.Write(s.OrganizationId, NpgsqlDbType.Integer); w.Write(s.Version, NpgsqlDbType.Bigint);
        }, cancellationToken);
        await Copy(connection, "Departments", ["Id", "OrganizationId", "Name", "SortOrder"], b.Departments, (w, d) =>
        {
            w.Write(d.Id, NpgsqlDbType.Integer); w.Write(d.OrganizationId, NpgsqlDbType.Integer); w.Write(d.Name, NpgsqlDbType.Varchar); w.Write(d.SortOrder, NpgsqlDbType.Integer);
        }, cancellationToken);
        await Copy(connection, "DocumentCategories", ["Id", "OrganizationId", "Slug", "Name", "NameEnglish", "Hint", "SortOrder", "IsNews"], b.Categories, (w, c) =>
        {
            w.Write(c.Id, NpgsqlDbType.Integer); w.Write(c.OrganizationId, NpgsqlDbType.Integer); w.Write(c.Slug, NpgsqlDbType.Varchar); w.Write(c.Name, NpgsqlDbType.Varchar);
            Text(w, c.NameEnglish); Text(w, c.Hint); w.Write(c.SortOrder, NpgsqlDbType.Integer); w.Write(c.IsNews, NpgsqlDbType.Boolean);
        }, cancellationToken);
        await Copy(connection, "Documents",
            ["Id", "OrganizationId", "CategoryId", "DepartmentId", "FiscalYear", "Title", "Summary", "BodyHtml", "Status", "PublishedAt", "CreatedAt", "UpdatedAt", "CreatedBy", "Version"],
            b.Documents, (w, d) =>
            {
                w.Write(d.Id, NpgsqlDbType.Integer); w.Write(d.OrganizationId, NpgsqlDbType.Integer); w.Write(d.CategoryId, NpgsqlDbType.Integer);
                Int(w, d.DepartmentId); Int(w, d.FiscalYear); w.Write(d.Title, NpgsqlDbType.Varchar); w.Write(d.Summary, NpgsqlDbType.Varchar);
                w.Write(d.BodyHtml, NpgsqlDbType.Text); w.Write((int)d.Status, NpgsqlDbType.Integer); Time(w, d.PublishedAt); Time(w, d.CreatedAt);
                Time(w, d.UpdatedAt); w.Write(d.CreatedBy, NpgsqlDbType.Varchar); w.Write(d.Version, NpgsqlDbType.Integer);
            }, cancellationToken);
        await Copy(connection, "DocumentVersions",
            ["Id", "OrganizationId", "DocumentId", "Number", "Title", "Summary", "BodyHtml", "CategoryId", "DepartmentId", "FiscalYear", "AttachmentList", "Status", "SavedAt", "SavedBy"],
            b.Versions, (w, v) =>
            {
                w.Write(v.Id, NpgsqlDbType.Integer); w.Write(v.OrganizationId, NpgsqlDbType.Integer); w.Write(v.DocumentId, NpgsqlDbType.Integer);
                w.Write(v.Number, NpgsqlDbType.Integer); w.Write(v.Title, NpgsqlDbType.Varchar); w.Write(v.Summary, NpgsqlDbType.Varchar);
                w.Write(v.BodyHtml, NpgsqlDbType.Text); w.Write(v.CategoryId, NpgsqlDbType.Integer); Int(w, v.DepartmentId); Int(w, v.FiscalYear);
                w.Write(v.AttachmentList, NpgsqlDbType.Text); w.Write((int)v.Status, NpgsqlDbType.Integer); Time(w, v.SavedAt); w.Write(v.SavedBy, NpgsqlDbType.Varchar);
            }, cancellationToken);
        await Copy(connection, "Attachments",
            ["Id", "OrganizationId", "DocumentId", "FileKey", "FileName", "ContentType", "Kind", "SizeBytes", "Sha256", "DownloadCount", "SortOrder", "UploadedAt", "TextState", "ExtractedText"],
            b.Attachments, (w, a) =>
            {
                w.Write(a.Id, NpgsqlDbType.Integer); w.Write(a.OrganizationId, NpgsqlDbType.Integer); w.Write(a.DocumentId, NpgsqlDbType.Integer);
                w.Write(a.FileKey, NpgsqlDbType.Varchar); w.Write(a.FileName, NpgsqlDbType.Varchar); w.Write(a.ContentType, NpgsqlDbType.Varchar);
                w.Write(a.Kind, NpgsqlDbType.Varchar); w.Write(a.SizeBytes, NpgsqlDbType.Bigint); w.Write(a.Sha256, NpgsqlDbType.Varchar);
                w.Write(a.DownloadCount, NpgsqlDbType.Bigint); w.Write(a.SortOrder, NpgsqlDbType.Integer); Time(w, a.UploadedAt);
                w.Write((int)a.TextState, NpgsqlDbType.Integer); Text(w, a.ExtractedText, NpgsqlDbType.Text);
            }, cancellationToken);
        await Copy(connection, "MeasurePlans", ["Id", "OrganizationId", "FiscalYear", "Title", "Introduction", "UpdatedAt"], b.Plans, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Integer); w.Write(p.OrganizationId, NpgsqlDbType.Integer); w.Write(p.FiscalYear, NpgsqlDbType.Integer);
            w.Write(p.Title, NpgsqlDbType.Varchar); w.Write(p.Introduction, NpgsqlDbType.Text); Time(w, p.UpdatedAt);
        }, cancellationToken);
        await Copy(connection, "Measures",
            ["Id", "OrganizationId", "PlanId", "SortOrder", "Number", "Title", "AllDepartments", "PeriodText", "PeriodStart", "PeriodEnd", "Outcome", "Indicators"],
            b.Measures, (w, m) =>
            {
                w.Write(m.Id, NpgsqlDbType.Integer); w.Write(m.OrganizationId, NpgsqlDbType.Integer); w.Write(m.PlanId, NpgsqlDbType.Integer);
                w.Write(m.SortOrder, NpgsqlDbType.Integer); w.Write(m.Number, NpgsqlDbType.Varchar); w.Write(m.Title, NpgsqlDbType.Text);
                w.Write(m.AllDepartments, NpgsqlDbType.Boolean); w.Write(m.PeriodText, NpgsqlDbType.Varchar); Date(w, m.PeriodStart); Date(w, m.PeriodEnd);
                w.Write(m.Outcome, NpgsqlDbType.Text); w.Write(m.Indicators, NpgsqlDbType.Varchar);
            }, cancellationToken);
        await Copy(connection, "MeasureDepartments", ["Id", "OrganizationId", "MeasureId", "DepartmentId"], b.MeasureDepartments, (w, d) =>
        {
            w.Write(d.Id, NpgsqlDbType.Integer); w.Write(d.OrganizationId, NpgsqlDbType.Integer); w.Write(d.MeasureId, NpgsqlDbType.Integer); w.Write(d.DepartmentId, NpgsqlDbType.Integer);
        }, cancellationToken);
        await Copy(connection, "MeasureSteps", ["Id", "OrganizationId", "MeasureId", "SortOrder", "Text", "IsDone", "DoneOn"], b.Steps, (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Integer); w.Write(s.OrganizationId, NpgsqlDbType.Integer); w.Write(s.MeasureId, NpgsqlDbType.Integer);
            w.Write(s.SortOrder, NpgsqlDbType.Integer); w.Write(s.Text, NpgsqlDbType.Text); w.Write(s.IsDone, NpgsqlDbType.Boolean); Date(w, s.DoneOn);
        }, cancellationToken);
        await Copy(connection, "MeasureResults", ["Id", "OrganizationId", "MeasureId", "SortOrder", "Text"], b.Results, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Integer); w.Write(r.OrganizationId, NpgsqlDbType.Integer); w.Write(r.MeasureId, NpgsqlDbType.Integer);
            w.Write(r.SortOrder, NpgsqlDbType.Integer); w.Write(r.Text, NpgsqlDbType.Text);
        }, cancellationToken);
        await Copy(connection, "ProgressEntries", ["Id", "OrganizationId", "StepId", "Date", "AuthorName", "Text", "CreatedAt"], b.Progress, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Integer); w.Write(p.OrganizationId, NpgsqlDbType.Integer); w.Write(p.StepId, NpgsqlDbType.Integer);
            Date(w, p.Date); w.Write(p.AuthorName, NpgsqlDbType.Varchar); w.Write(p.Text, NpgsqlDbType.Text); Time(w, p.CreatedAt);
        }, cancellationToken);
        await Copy(connection, "Evidence", ["Id", "OrganizationId", "ProgressEntryId", "Kind", "Title", "Url", "EffectiveDate"], b.Evidence, (w, e) =>
        {
            w.Write(e.Id, NpgsqlDbType.Integer); w.Write(e.OrganizationId, NpgsqlDbType.Integer); w.Write(e.ProgressEntryId, NpgsqlDbType.Integer);
            w.Write((int)e.Kind, NpgsqlDbType.Integer); w.Write(e.Title, NpgsqlDbType.Varchar); Text(w, e.Url); Date(w, e.EffectiveDate);
        }, cancellationToken);
        await Copy(connection, "MeasureReportVersions",
            ["Id", "OrganizationId", "PlanId", "FiscalYear", "Version", "PublishedAt", "PublishedBy", "SnapshotJson", "SnapshotSha256", "PdfProblem", "SearchIndexedAt"],
            b.ReportVersions, (w, v) =>
            {
                w.Write(v.Id, NpgsqlDbType.Integer); w.Write(v.OrganizationId, NpgsqlDbType.Integer); w.Write(v.PlanId, NpgsqlDbType.Integer);
                w.Write(v.FiscalYear, NpgsqlDbType.Integer); w.Write(v.Version, NpgsqlDbType.Integer); Time(w, v.PublishedAt);
                w.Write(v.PublishedBy, NpgsqlDbType.Varchar); w.Write(v.SnapshotJson, NpgsqlDbType.Text); Text(w, v.SnapshotSha256); Text(w, v.PdfProblem, NpgsqlDbType.Text);
                Time(w, v.PublishedAt); // the generator writes the report's search entry itself (BlockBuilder)
            }, cancellationToken);
        await Copy(connection, "LedgerEntries",
            ["Id", "OrganizationId", "Sequence", "At", "ItemType", "ItemId", "Action", "ContentSha256", "PreviousHash", "Hash", "Title"],
            b.LedgerEntries, (w, e) =>
            {
                w.Write(e.Id, NpgsqlDbType.Bigint); w.Write(e.OrganizationId, NpgsqlDbType.Integer); w.Write(e.Sequence, NpgsqlDbType.Bigint); Time(w, e.At);
                w.Write(e.ItemType, NpgsqlDbType.Varchar); w.Write(e.ItemId, NpgsqlDbType.Varchar); w.Write(e.Action, NpgsqlDbType.Varchar);
                w.Write(e.ContentSha256, NpgsqlDbType.Varchar); w.Write(e.PreviousHash, NpgsqlDbType.Varchar); w.Write(e.Hash, NpgsqlDbType.Varchar);
                w.Write(e.Title, NpgsqlDbType.Varchar);
            }, cancellationToken);
        await Copy(connection, "LedgerFiles", ["Id", "OrganizationId", "EntryId", "Name", "Sha256", "FileName"], b.LedgerFiles, (w, f) =>
        {
            w.Write(f.Id, NpgsqlDbType.Bigint); w.Write(f.OrganizationId, NpgsqlDbType.Integer); w.Write(f.EntryId, NpgsqlDbType.Bigint);
            w.Write(f.Name, NpgsqlDbType.Varchar); w.Write(f.Sha256, NpgsqlDbType.Varchar); w.Write(f.FileName, NpgsqlDbType.Varchar);
        }, cancellationToken);
        await CopySearchEntriesAsync(connection, b, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task Copy<T>(
        NpgsqlConnection connection, string table, string[] columns, List<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        foreach (var row in rows)
        {
            writer.StartRow();
            write(writer, row);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopySearchEntriesAsync(NpgsqlConnection connection, BulkBlock b, CancellationToken cancellationToken)
    {
        const string sql = "COPY \"SearchEntries\" (\"Id\", \"OrganizationId\", \"ItemType\", \"ItemId\", \"Title\", \"Url\", \"CategoryId\", \"FiscalYear\", " +
                           "\"Text\", \"TitleTokens\", \"BodyTokens\", \"PublishedAt\", \"UpdatedAt\", \"SearchVector\") FROM STDIN";
        await using var writer = await connection.BeginTextImportAsync(sql, cancellationToken);
        var line = new StringBuilder();
        foreach (var (e, vector) in b.SearchEntries)
        {
            line.Clear();
            line.Append(e.Id.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(e.OrganizationId.ToString(CultureInfo.InvariantCulture)).Append('\t');
            Field(line, e.ItemType).Append('\t');
            Field(line, e.ItemId).Append('\t');
            Field(line, e.Title).Append('\t');
            Field(line, e.Url).Append('\t');
            Field(line, e.CategoryId?.ToString(CultureInfo.InvariantCulture)).Append('\t');
            Field(line, e.FiscalYear?.ToString(CultureInfo.InvariantCulture)).Append('\t');
            Field(line, e.Text).Append('\t');
            Field(line, e.TitleTokens).Append('\t');
            Field(line, e.BodyTokens).Append('\t');
            Field(line, e.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture)).Append('\t');
            Field(line, e.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture)).Append('\t');
            Field(line, vector).Append('\n');
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.DisposeAsync();
    }

    /// <summary>COPY text format: backslash, tab, line feed and carriage return escaped; \N is NULL.</summary>
    private static StringBuilder Field(StringBuilder line, string? value)
    {
        if (value is null)
        {
            return line.Append("\\N");
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => line.Append("\\\\"),
                '\t' => line.Append("\\t"),
                '\n' => line.Append("\\n"),
                '\r' => line.Append("\\r"),
                _ => line.Append(c),
            };
        }

        return line;
    }

    private static void Text(NpgsqlBinaryImporter w, string? value, NpgsqlDbType type = NpgsqlDbType.Varchar)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, type);
        }
    }

    private static void Int(NpgsqlBinaryImporter w, int? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Date(NpgsqlBinaryImporter w, DateOnly? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Date);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Time(NpgsqlBinaryImporter w, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.Write(v.UtcDateTime, NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }
    }
}
