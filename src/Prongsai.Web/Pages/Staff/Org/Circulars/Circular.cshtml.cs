using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Circulars;
using Prongsai.Web.Infrastructure;
using Prongsai.Core.Storage;
using Prongsai.Core.Text;
using Prongsai.Documents.Requests;

namespace Prongsai.Web.Pages.Staff.Org.Circulars;

/// <summary>
/// One circular: its text and file, the member's "รับทราบ" button while it waits for them, and for those who follow
/// acknowledgements the roll of who has and has not, downloadable as CSV or Excel. A circular the member may not see
/// answers 404, like one that does not exist.
/// </summary>
public sealed class CircularModel(CircularBoard board, AcknowledgeCircular acknowledge, IFileStore store) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }

    public CircularView View { get; private set; } = null!;
    public bool MayCancel { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync()
    {
        if (!await LoadAsync() || View.Circular.FileKey is not { } key
            || await store.OpenReadAsync(key, HttpContext.RequestAborted) is not { } stream)
        {
            return NotFound();
        }

        return File(stream, View.Circular.ContentType ?? "application/octet-stream", View.Circular.FileName);
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync() || View.Roll is null)
        {
            return NotFound();
        }

        return File(CircularBoard.RollCsv(View), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (!await LoadAsync() || View.Roll is null)
        {
            return NotFound();
        }

        var (header, rows) = CircularBoard.RollTable(View);
        using var buffer = new MemoryStream();
        // When each acknowledged stays the พ.ศ. text (see ColumnKind).
        TableXlsxWriter.Write(buffer, "ผู้รับทราบ", header, rows, ("ลำดับ", ColumnKind.Count));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    /// <summary>Why an acknowledgement was not recorded (the circular was withdrawn meanwhile), said as a warning, not a success.</summary>
    [TempData]
    public string? NotRecorded { get; set; }

    public async Task<IActionResult> OnPostAcknowledgeAsync()
    {
        var result = await acknowledge.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (StatusFor(result.Errors) is { } status)
            {
                return status;
            }

            NotRecorded = result.Errors[0].Message;
        }
        else
        {
            Flash = Lang.T("บันทึกว่าคุณรับทราบแล้ว", "Recorded: you have acknowledged it.");
        }

        return Redirect($"/staff/{Org.Slug}/circulars/{Id}");
    }

    public string Paragraphs => TextShape.FromPlainText(View.Circular.Body);

    private string FileName(string extension) => $"circular-{Id}-acknowledgements.{extension}";

    private async Task<bool> LoadAsync()
    {
        var view = await board.FindAsync(Actor, Id, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = view;
        MayCancel = view.Circular.Status == CircularStatus.Issued && Actor.Has(CircularsPermissions.IssueCirculars);
        return true;
    }
}
