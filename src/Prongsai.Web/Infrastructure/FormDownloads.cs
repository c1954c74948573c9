using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A form to sign (<see cref="PrintedForm"/>) as the pages hand it out: Word for an office that edits before signing,
/// PDF to print and file. The PDF needs Chromium; without it the answer is a 503 that says to take the Word file
/// instead, never a 500.
/// </summary>
public static class FormDownloads
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static string UnavailableTakeWord =>
        Lang.T("สร้างไฟล์ PDF ไม่ได้ในขณะนี้ ดาวน์โหลดไฟล์ Word แทน", "The PDF cannot be made now: download the Word file");

    public static FileContentResult Docx(PrintedForm form, string fileStem) =>
        new(FormDocxWriter.Write(form), DocxType) { FileDownloadName = fileStem + ".docx" };

    public static Task<IActionResult> PdfAsync(IPdfConverter converter, PrintedForm form, string fileStem, CancellationToken cancellationToken) =>
        HtmlPdfAsync(converter, FormHtmlWriter.Write(form), fileStem, UnavailableTakeWord, cancellationToken);

    /// <summary>Any standalone HTML document printed to PDF, or a 503 titled <paramref name="unavailableTitle"/> without Chromium.</summary>
    public static async Task<IActionResult> HtmlPdfAsync(
        IPdfConverter converter, string html, string fileStem, string unavailableTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(converter);
        var rendered = await converter.HtmlToPdfAsync(html, cancellationToken);
        return rendered.Succeeded ? Pdf(rendered.Pdf!, fileStem) : Unavailable(rendered.Message, unavailableTitle);
    }

    /// <summary>
    /// For a page the public page cache cannot keep because its figures change without a publication (live counts): the
    /// PDF is kept in memory under what it prints, so asking again renders nothing until a figure (or the day) changes.
    /// </summary>
    /// <param name="scope">who the form belongs to (page, organization, year), so equal texts of two offices never meet</param>
    public static async Task<IActionResult> CachedPdfAsync(
        IPdfConverter converter, FormPdfStore store, string scope, PrintedForm form, string fileStem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(store);
        var html = FormHtmlWriter.Write(form);
        var key = "form-pdf:" + scope + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        if (store.TryGet(key, out var kept))
        {
            return Pdf(kept!, fileStem);
        }

        var rendered = await converter.HtmlToPdfAsync(html, cancellationToken);
        if (!rendered.Succeeded)
        {
            return Unavailable(rendered.Message, UnavailableTakeWord);
        }

        store.Keep(key, rendered.Pdf!);
        return Pdf(rendered.Pdf!, fileStem);
    }

    /// <summary>
    /// Whether the website makes a year's PDF: this year and last, and an earlier year only when it has entries. Each PDF
    /// is a browser run, so the addresses a stranger could ask for are the years with something to say, not every empty
    /// year of every office (the Word file, which costs nothing like it, answers for every year).
    /// </summary>
    public static bool PdfOffered(int fiscalYear, int currentFiscalYear, bool hasEntries) =>
        fiscalYear <= currentFiscalYear && (fiscalYear >= currentFiscalYear - 1 || hasEntries);

    /// <summary>
    /// A redirect to a year's one PDF address (the page's path and <c>?handler=pdf</c>) when it is asked for under another
    /// (an added query, a changed case, the year left out), or null at that address: a PDF costs a browser run, and the
    /// page cache keeps it under one address only.
    /// </summary>
    public static RedirectResult? ElsewhereThanPdfAddress(HttpRequest request, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(request);
        var canonical = pagePath + "?handler=pdf";
        return CanonicalAddress.IsAt(request, canonical) ? null : new RedirectResult(canonical);
    }

    private static FileContentResult Pdf(byte[] pdf, string fileStem) =>
        new(pdf, "application/pdf") { FileDownloadName = fileStem + ".pdf" };

    private static ObjectResult Unavailable(string? message, string title) =>
        new ObjectResult(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = title,
            Detail = message,
        }) { StatusCode = StatusCodes.Status503ServiceUnavailable };
}
