using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Search;

namespace Prongsai.Cli.Verbs;

/// <summary>Segments the search index again where the text rules of this release read an entry differently.</summary>
public sealed class RefreshSearchVerb : IVerb
{
    public string Name => "refresh-search";
    public string Summary => "ปรับดัชนีค้นหาให้ตรงกับกฎการอ่านข้อความไทยของรุ่นนี้ / refresh the search index after an upgrade";
    public string Help => "prongsai refresh-search [--org SLUG]\n  Reads every search entry (of one organization with --org) and segments again those whose\n  text or title the current rules read differently (e.g. Thai from scans and PDFs repaired\n  to the letters people type). Safe to run again; prints how many entries it read and rewrote.";

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

        var count = await scope.ServiceProvider.GetRequiredService<SearchIndexRefresh>().RunAsync(organizationId);
        context.Out.WriteLine($"อ่าน {count.Read:N0} รายการ เขียนใหม่ {count.Rewritten:N0} รายการ / read {count.Read:N0} entries, rewrote {count.Rewritten:N0}");
        return CliApp.Ok;
    }
}
