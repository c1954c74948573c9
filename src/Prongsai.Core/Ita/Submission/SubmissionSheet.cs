using System.Globalization;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Text;

namespace Prongsai.Core.Ita.Submission;

/// <summary>One OIT item as ITAS takes it: code, title, มี/ไม่มี, the URL(s) and the note to the assessor.</summary>
public sealed record SubmissionRow(string Code, string Title, bool Has, IReadOnlyList<string> Urls, string Note)
{
    public string Answer => Has ? SubmissionSheet.Yes : SubmissionSheet.No;
}

/// <summary>
/// The sheet an office pastes into ITAS: every current item of the catalog version, in catalog order. Only ready or
/// approved items answer "มี", with the absolute addresses of their confirmed evidence; every other item "ไม่มี".
/// </summary>
public sealed record SubmissionSheet(string OrganizationName, int FiscalYear, string CatalogLabel, IReadOnlyList<SubmissionRow> Rows)
{
    public const string Yes = "มี";
    public const string No = "ไม่มี";

    public static IReadOnlyList<string> Headers { get; } = ["รหัส", "ข้อ", "มี/ไม่มี", "URL", "หมายเหตุถึงผู้ประเมิน"];

    /// <param name="siteOrigin">The site's origin ("https://example.go.th"), put before Prongsai's own paths.</param>
    public static SubmissionSheet From(ChecklistView view, string organizationName, string siteOrigin)
    {
        ArgumentNullException.ThrowIfNull(view);
        var origin = siteOrigin.TrimEnd('/');
        var rows = view.Current.Select(r =>
        {
            var done = r.Entry.IsDone;
            var urls = done
                ? r.Confirmed.Select(e => e.IsExternal ? e.Url : origin + e.Url).Distinct(StringComparer.Ordinal).ToList()
                : [];
            return new SubmissionRow(r.Item.Code, r.Item.DisplayTitle, done && urls.Count > 0, urls, done ? r.Entry.Note ?? "" : "");
        }).ToList();
        return new SubmissionSheet(organizationName, view.FiscalYear, view.Catalog.Label, rows);
    }

    /// <summary>The URLs of a row in one cell, one per line (how ITAS takes several).</summary>
    public static string UrlCell(SubmissionRow row) => string.Join("\n", row.Urls);

    /// <summary>The sheet as CSV in Prongsai's dialect (formula guard included), UTF-8 with BOM so Excel reads Thai.</summary>
    public void WriteCsv(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var text = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using (var csv = CsvFiles.CreateWriter(text))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var row in Rows)
            {
                csv.WriteField(row.Code);
                csv.WriteField(row.Title);
                csv.WriteField(row.Answer);
                csv.WriteField(UrlCell(row));
                csv.WriteField(row.Note);
                csv.EndRecord();
            }
        }

        text.Flush();
    }

    public string FileName(string extension) => string.Create(CultureInfo.InvariantCulture, $"ita-oit-{FiscalYear}.{extension}");
}
