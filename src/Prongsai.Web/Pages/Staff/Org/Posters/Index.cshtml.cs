using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Links;
using Prongsai.Core.Organizations;
using Prongsai.Core.Posters;
using Prongsai.Core.Publishing;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Posters;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Staff.Org.Posters;

/// <summary>
/// Posters with a QR code for the counters and notice boards (<see cref="PosterCatalog"/>): each shown with its code
/// and address, and printed as an A4 PDF, one poster or all of them. Every member of the back office may print them:
/// they carry public addresses only. A poster of a document category is offered only while that category has a
/// published document (<see cref="Poster.DocumentCategory"/>).
/// </summary>
public sealed class IndexModel(ProngsaiDbContext db, PortalData portal, IPdfConverter pdf) : StaffPageModel
{
    private static string PdfUnavailable => Lang.T("สร้างไฟล์ PDF ไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง", "The PDF cannot be made now: try again later");

    /// <summary>Name suffixes used only inside a network (RFC 6762, RFC 8375, and the common home and office ones).</summary>
    private static readonly string[] InternalSuffixes = [".local", ".localhost", ".internal", ".lan", ".home.arpa", ".corp"];

    public IReadOnlyList<Poster> Posters { get; private set; } = [];

    /// <summary>The departments a counter's poster may name (<see cref="Poster.DepartmentPath"/>).</summary>
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    /// <summary>The posters of document categories that have no published document yet, to say why they are missing.</summary>
    public IEnumerable<Poster> Waiting => PosterCatalog.All.Except(Posters);

    /// <summary>The category a waiting poster needs, by the name every organization starts with.</summary>
    public static string CategoryName(Poster poster, bool thai) =>
        DefaultCategories.All.FirstOrDefault(c => c.Slug == poster.DocumentCategory) is { } category
            ? thai ? category.Name : category.English
            : poster.DocumentCategory ?? "";

    /// <summary>The poster's public address in full, as its code and its letters print it.</summary>
    public string UrlOf(Poster poster) => BaseUrl + poster.Path(Org.Slug);

    /// <summary>
    /// The website's address the posters print: the configured public address, or else the one this page was opened
    /// at, as for every absolute link Prongsai writes. A poster is laminated and hung for a year, so the page says
    /// which address that is.
    /// </summary>
    public string BaseUrl => PortalData.BaseUrl(Request);

    /// <summary>Whether <see cref="BaseUrl"/> is the setting rather than the address this page was opened at.</summary>
    public bool AddressIsConfigured => !string.Equals(BaseUrl, PortalData.RequestBaseUrl(Request), StringComparison.Ordinal);

    /// <summary>
    /// Whether people could not open that address from their phones: "localhost", a name without a dot or under a
    /// private suffix, or an IP address that is not public (a clerk who opened the back office from inside the office).
    /// </summary>
    public bool AddressLooksInternal
    {
        get
        {
            var host = new Uri(BaseUrl).Host.Trim('[', ']');
            return IPAddress.TryParse(host, out var address)
                ? !AddressPolicy.IsPublic(address)
                : !host.Contains('.', StringComparison.Ordinal) || InternalSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        }
    }

    public static string PdfPath(string slug, string? key) =>
        $"/staff/{slug}/posters?handler=pdf" + (key is null ? "" : "&key=" + Uri.EscapeDataString(key));

    public async Task OnGetAsync()
    {
        Posters = await OfferedAsync();
        Departments = await DepartmentChoices.AllAsync(db, HttpContext.RequestAborted);
    }

    /// <summary>
    /// The poster <paramref name="key"/>, or every poster (one page each) when none is named; with
    /// <paramref name="department"/>, that poster for the department's counter (only a poster that has one, and only one
    /// of this office's departments).
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(string? key, int? department)
    {
        if (!ModelState.IsValid)
        {
            return NotFound(); // a department that is not a number must not print the office-wide poster instead
        }

        var offered = await OfferedAsync();
        var chosen = key is null ? offered : offered.Where(p => p.Key == key).ToList();
        if (chosen.Count == 0)
        {
            return NotFound();
        }

        var phone = (await portal.OrganizationAsync(Org.Id, HttpContext.RequestAborted))?.Phone;
        var printed = chosen.Select(p => new PrintedPoster(p, Org.Name, phone, UrlOf(p))).ToList();
        var fileStem = "poster-" + (key ?? "all");
        if (department is { } id)
        {
            var counter = (await DepartmentChoices.AllAsync(db, HttpContext.RequestAborted)).FirstOrDefault(d => d.Id == id);
            if (key is null || chosen[0].DepartmentPath is not { } path || counter is null)
            {
                return NotFound();
            }

            printed = [printed[0] with { Url = BaseUrl + path(Org.Slug, id), Department = counter.Name }];
            fileStem += "-" + id.ToString(CultureInfo.InvariantCulture);
        }

        return await FormDownloads.HtmlPdfAsync(pdf, PosterSheet.Write(printed), fileStem, PdfUnavailable, HttpContext.RequestAborted);
    }

    /// <summary>The catalog without the posters of document categories that have no published document here.</summary>
    private async Task<IReadOnlyList<Poster>> OfferedAsync()
    {
        var categories = PosterCatalog.All.Select(p => p.DocumentCategory).OfType<string>().ToList();
        var filled = await portal.Published().Where(d => categories.Contains(d.Category!.Slug))
            .Select(d => d.Category!.Slug).Distinct().ToListAsync(HttpContext.RequestAborted);
        return PosterCatalog.All.Where(p => p.DocumentCategory is null || filled.Contains(p.DocumentCategory)).ToList();
    }
}
