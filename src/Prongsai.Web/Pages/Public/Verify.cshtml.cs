using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Publishing;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public;

/// <summary>
/// "Verify this file": anyone uploads a file; its SHA-256 is looked up in the organization's
/// ledger. The file is only hashed, never kept: ASP.NET Core's form reader buffers an upload over 64 KB in a temporary
/// file for the length of the request, which it deletes afterwards. Rate limited ([PublicPost]).
/// </summary>
[PublicPost]
public sealed class VerifyModel(ProngsaiDbContext db, IOptions<UploadOptions> options) : PageModel
{
    public sealed record Match(long Sequence, DateTimeOffset At, string ItemType, string ItemId, string Action, string Title, string FileName);

    public string Slug { get; private set; } = "";
    public string? Sha256 { get; private set; }
    public IReadOnlyList<Match> Matches { get; private set; } = [];
    public string? Problem { get; private set; }

    public IActionResult OnGet()
    {
        Slug = HttpContext.Organization()?.Slug ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        Slug = HttpContext.Organization()?.Slug ?? "";
        if (file is null || file.Length == 0)
        {
            Problem = Lang.T("กรุณาเลือกไฟล์ที่จะตรวจสอบ", "Choose a file to check.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (file.Length > options.Value.MaxBytes)
        {
            Problem = Lang.T("ไฟล์ใหญ่เกินกำหนด", "The file is too large.");
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        await using (var stream = file.OpenReadStream())
        {
            Sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, HttpContext.RequestAborted));
        }

        var hash = Sha256;
        var rows = await db.LedgerFiles.AsNoTracking().Where(f => f.Sha256 == hash)
            .Join(db.LedgerEntries, f => f.EntryId, e => e.Id, (f, e) => new { Entry = e, f.FileName })
            .OrderBy(x => x.Entry.Sequence)
            .Take(50)
            .ToListAsync(HttpContext.RequestAborted);
        Matches = rows.Select(x => new Match(x.Entry.Sequence, x.Entry.At, x.Entry.ItemType, x.Entry.ItemId, x.Entry.Action, x.Entry.Title, x.FileName)).ToList();
        return Page();
    }
}
