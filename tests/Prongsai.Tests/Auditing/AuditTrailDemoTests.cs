using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Auditing;

/// <summary>
/// The demo organization holds records of every part of the product, written through the same code as real ones: its
/// trail, read kind by kind, must name each of them in Thai and in English — never "ข้อมูลอื่นของระบบ", never a verb
/// the trail does not know, and in English no Thai but the names people typed.
/// </summary>
public sealed partial class AuditTrailDemoTests
{
    [Theory, Providers]
    public async Task Every_kind_in_the_demo_trail_reads_as_a_sentence_in_thai_and_in_english(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        _ = app.Client();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Slug == "bangkha");
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var trail = scope.ServiceProvider.GetRequiredService<ReadAuditTrail>();

        var kinds = await db.AuditEntries.AsNoTracking().Where(a => a.OrganizationId == org.Id).Select(a => a.Entity).Distinct().ToListAsync();
        Assert.True(kinds.Count >= 25, $"The demo should write records of most kinds; it wrote {kinds.Count}: {string.Join(", ", kinds)}");
        Assert.All(kinds, kind => Assert.True(AuditKinds.IsKnown(kind), $"The trail does not know the kind {kind}"));

        // People are named as they are called, in Thai or not; the rest of an English sentence is English.
        var people = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org.Id).Select(u => u.DisplayName).ToListAsync();
        var problems = new List<string>();
        // The demo's jobs keep writing while the test reads: both languages read the same entries, those written so far.
        var upTo = await db.AuditEntries.MaxAsync(a => a.Id) + 1;
        foreach (var kind in kinds)
        {
            var thai = await trail.ReadAsync(org.Id, new AuditFilter(Kind: kind, Before: upTo), 40, AuditLanguage.Thai);
            var english = await trail.ReadAsync(org.Id, new AuditFilter(Kind: kind, Before: upTo), 40, AuditLanguage.English);
            Assert.Equal(thai.Count, english.Count);
            foreach (var line in thai)
            {
                if (line.KindNoun != AuditKinds.For(kind).Noun || !line.Sentence.StartsWith(line.Person, StringComparison.Ordinal)
                    || line.Sentence.Contains("ข้อมูลอื่นของระบบ", StringComparison.Ordinal) || line.Sentence.Contains("ดำเนินการกับ", StringComparison.Ordinal))
                {
                    problems.Add($"{kind} (Thai): {line.Sentence}");
                }
            }

            foreach (var line in english)
            {
                var said = people.Aggregate(Quoted().Replace(line.Sentence, ""), (text, name) => text.Replace(name, "", StringComparison.Ordinal));
                var labels = string.Join(" ", line.Changes.Select(c => c.Label));
                if (ThaiLetter().IsMatch(said + line.KindNoun + labels) || said.Contains("other record", StringComparison.Ordinal)
                    || said.Contains("acted on", StringComparison.Ordinal))
                {
                    problems.Add($"{kind} (English): {line.Sentence} [{line.KindNoun}] [{labels}]");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
    }

    [GeneratedRegex(@" '[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{IsThai}")]
    private static partial Regex ThaiLetter();
}
