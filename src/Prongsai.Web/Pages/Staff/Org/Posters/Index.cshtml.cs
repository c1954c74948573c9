using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Posters;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Posters;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Staff.Org.Posters;

/// <summary>
/// Posters with a QR code for the counters and notice boards (<see cref="PosterCatalog"/>): each shown with its code
/// and address, and printed as an A4 PDF, one poster or all of them. Every member of the back office may print them:
/// they carry public addresses only.
/// </summary>
public sealed class IndexModel(ProngsaiDbContext db, IPdfConverter pdf) : StaffPageModel
{
    private const string PdfUnavailable = "สร้างไฟล์ PDF ไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง / The PDF cannot be made now: try again later";

    public IReadOnlyList<Poster> Posters => PosterCatalog.All;

    /// <summary>The poster's public address in full, as its code and its letters print it.</summary>
    public string UrlOf(Poster poster) => PortalData.BaseUrl(Request) + poster.Path(Org.Slug);

    public static string PdfPath(string slug, string? key) =>
        $"/staff/{slug}/posters?handler=pdf" + (key is null ? "" : "&key=" + Uri.EscapeDataString(key));

    public void OnGet()
    {
    }

    /// <summary>The poster <paramref name="key"/>, or every poster (one page each) when none is named.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string? key)
    {
        var chosen = key is null ? PosterCatalog.All : PosterCatalog.Find(key) is { } one ? [one] : [];
        if (chosen.Count == 0)
        {
            return NotFound();
        }

        var phone = await db.Organizations.Where(o => o.Id == Org.Id).Select(o => o.Phone).FirstOrDefaultAsync(HttpContext.RequestAborted);
        var printed = chosen.Select(p => new PrintedPoster(p, Org.Name, phone, UrlOf(p))).ToList();
        return await FormDownloads.HtmlPdfAsync(pdf, PosterSheet.Write(printed), "poster-" + (key ?? "all"), PdfUnavailable, HttpContext.RequestAborted);
    }
}
