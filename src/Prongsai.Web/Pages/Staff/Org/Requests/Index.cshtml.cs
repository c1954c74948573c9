using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Requests;
using Prongsai.Core.Text;
using Prongsai.Documents.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Public.Requests;

namespace Prongsai.Web.Pages.Staff.Org.Requests;

/// <summary>
/// The queue of citizen requests the member may see (corruption complaints only for ComplaintOfficers, department
/// roles their departments'), with filters, search, the overdue list (late=true) and CSV/XLSX export. No identity here.
/// </summary>
public sealed class IndexModel(RequestQueue queue, ProngsaiDbContext db) : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Department { get; set; }
    [BindProperty(SupportsGet = true)] public bool Late { get; set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync()
    {
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToDictionaryAsync(d => d.Id, d => d.Name);
        Rows = await queue.ListAsync(Actor, Filter(), cancellationToken: HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var (header, rows) = await TableAsync();
        return File(CsvFiles.ToFile(header, rows), "text/csv; charset=utf-8", $"requests-{Org.Slug}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        var (header, rows) = await TableAsync();
        using var buffer = new MemoryStream();
        // All text: the request number is a reference ("1,024" would misquote it) and the dates are พ.ศ. text (see ColumnKind).
        TableXlsxWriter.Write(buffer, "เรื่องจากประชาชน", header, rows);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"requests-{Org.Slug}.xlsx");
    }

    public string Query(string handler)
    {
        var pairs = new List<string> { "handler=" + handler };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("kind", Kind);
        Add("status", Status);
        Add("department", Department?.ToString(CultureInfo.InvariantCulture));
        Add("late", Late ? "true" : null);
        Add("open", Open ? "true" : null);
        Add("q", Q);
        return "?" + string.Join("&", pairs);
    }

    private QueueFilter Filter() => new(
        Enum.TryParse<RequestKind>(Kind, true, out var kind) && Enum.IsDefined(kind) ? kind : null,
        Enum.TryParse<RequestStatus>(Status, true, out var status) && Enum.IsDefined(status) ? status : null,
        Department, Late, Open, Q);

    private async Task<(IReadOnlyList<string>, IEnumerable<IReadOnlyList<string>>)> TableAsync()
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var rows = await queue.ListAsync(Actor, Filter(), 10_000, HttpContext.RequestAborted);
        var inv = CultureInfo.InvariantCulture;
        IReadOnlyList<string> header = ["เลขที่", "ประเภท", "เรื่อง", "สถานะ", "รับเรื่อง", "กำหนด", "เกินกำหนด", "ส่วนราชการ", "ผู้รับผิดชอบ", "ไม่ประสงค์ออกนาม"];
        return (header, rows.Select(r => (IReadOnlyList<string>)
        [
            r.Id.ToString(inv), RequestLabels.TypeName(r.TypeName, r.TypeNameEnglish), r.Subject, RequestLabels.Status(r.Status), Prongsai.Core.Calendar.ThaiDate.FormatShort(r.ReceivedAt),
            Prongsai.Core.Calendar.ThaiDate.FormatShort(r.DueOn), r.VeryLate ? "เกินสองเท่า" : r.Late ? "เกิน" : "",
            r.DepartmentId is { } d ? departments.GetValueOrDefault(d, "") : "", r.OfficerName ?? "", r.Anonymous ? "ใช่" : "",
        ]));
    }
}
