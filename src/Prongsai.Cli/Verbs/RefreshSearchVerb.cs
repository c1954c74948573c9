using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing.Jobs;
using Prongsai.Core.Search;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// Brings search up to this release and this machine: attachments that waited for a tool now installed are read again
/// (by the running app's background job), and entries whose text the current rules read differently are segmented again.
/// </summary>
public sealed class RefreshSearchVerb : IVerb
{
    public string Name => "refresh-search";
    public string Summary => "ปรับดัชนีค้นหาให้ตรงกับกฎการอ่านข้อความไทยของรุ่นนี้ / refresh the search index after an upgrade";
    public string Help => "prongsai refresh-search [--org SLUG]\n  Run once after an upgrade. Attachments left not searchable for want of a tool that is now\n  installed (Tesseract's Thai model, pdftotext) go back to the queue; the running app reads them\n  within a minute. Every search entry (of one organization with --org) whose text or title the\n  current rules read differently (Thai from scans and PDFs repaired to the letters people type)\n  is segmented again. Safe to run again; prints what it queued, read and rewrote.";

    public VerbOptions Options { get; } = new VerbOptions().Value("org");

    public async Task<int> RunAsync(VerbContext context)
    {
        var slug = context.Args.Optional("org");
        await using var scope = context.Services.CreateAsyncScope();
        int? organizationId = null;
        if (slug is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            organizationId = await db.Organizations.AsNoTracking().Where(o => o.Slug == slug).Select(o => (int?)o.Id).FirstOrDefaultAsync();
            if (organizationId is null)
            {
                return context.Fail($"ไม่พบหน่วยงาน {slug}", $"no organization {slug}");
            }
        }

        var queued = await scope.ServiceProvider.GetRequiredService<AttachmentTextRetry>().ReadAgainAsync(organizationId);
        context.Out.WriteLine($"ไฟล์แนบที่จะอ่านข้อความใหม่ {queued:N0} ไฟล์ / {queued:N0} attachments queued to be read again");
        var count = await scope.ServiceProvider.GetRequiredService<SearchIndexRefresh>().RunAsync(organizationId);
        context.Out.WriteLine($"อ่าน {count.Read:N0} รายการ เขียนใหม่ {count.Rewritten:N0} รายการ / read {count.Read:N0} entries, rewrote {count.Rewritten:N0}");
        return CliApp.Ok;
    }
}
