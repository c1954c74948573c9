using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Auditing;

/// <summary>An edit late in a long text shows in the audit trail: each side keeps the passage where they differ.</summary>
public sealed class ChangedPassageTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("ประชาชนมีส่วนร่วมในการจัดการขยะ ", 20));

    [Fact]
    public void An_edit_past_the_kept_length_is_in_both_passages_with_what_precedes_it()
    {
        var (before, after) = ChangedPassage.Around(Long + "ค่าธรรมเนียม 20 บาทต่อเดือน", Long + "ค่าธรรมเนียม 200 บาทต่อเดือน", 300);

        Assert.StartsWith("…", before, StringComparison.Ordinal);
        Assert.EndsWith("ค่าธรรมเนียม 20 บาทต่อเดือน", before, StringComparison.Ordinal);
        Assert.EndsWith("ค่าธรรมเนียม 200 บาทต่อเดือน", after, StringComparison.Ordinal);
        Assert.True(before.Length <= 302 && after.Length <= 302);
    }

    [Fact]
    public void An_edit_early_in_a_long_text_keeps_the_start_and_marks_the_cut_end()
    {
        var (before, after) = ChangedPassage.Around("ก" + Long, "ข" + Long, 300);

        Assert.StartsWith("ก", before, StringComparison.Ordinal);
        Assert.StartsWith("ข", after, StringComparison.Ordinal);
        Assert.EndsWith("…", after, StringComparison.Ordinal);
        Assert.Equal(301, after.Length);
    }

    [Fact]
    public void A_passage_never_starts_or_ends_on_a_vowel_or_tone_mark_cut_from_its_letter()
    {
        // The first difference is right after "สิ่ง": a cut 40 characters back lands inside a syllable unless moved.
        var text = string.Concat(Enumerable.Repeat("สิ่งที่", 60));
        var (before, after) = ChangedPassage.Around(text + "ก", text + "ข", 300);

        foreach (var side in new[] { before, after })
        {
            var first = side.TrimStart('…')[0];
            Assert.NotEqual(System.Globalization.UnicodeCategory.NonSpacingMark, char.GetUnicodeCategory(first));
        }
    }

    [Fact]
    public void Texts_that_fit_are_kept_whole()
    {
        Assert.Equal(("เดิม", "ใหม่"), ChangedPassage.Around("เดิม", "ใหม่", 300));
    }

    [Theory, Providers]
    public async Task The_audit_entry_of_an_edit_at_the_end_of_a_long_summary_shows_the_edit(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศค่าธรรมเนียมเก็บขยะ");
        await PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var row = await db.Documents.SingleAsync(d => d.Id == document.Id);
            row.Summary = Long + "อัตรา 20 บาทต่อเดือน";
            await db.SaveChangesAsync();
            row.Summary = Long + "อัตรา 200 บาทต่อเดือน";
            return await db.SaveChangesAsync();
        });

        await using var scope = app.Scope();
        var entries = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.OrganizationId == org.Id && a.Entity == "Document" && a.Action == AuditActions.Update).OrderBy(a => a.Id).ToListAsync();
        using var changes = JsonDocument.Parse(entries[^1].Changes!);
        var summary = changes.RootElement.GetProperty("Summary");
        Assert.EndsWith("อัตรา 20 บาทต่อเดือน", summary[0].GetString(), StringComparison.Ordinal);
        Assert.EndsWith("อัตรา 200 บาทต่อเดือน", summary[1].GetString(), StringComparison.Ordinal);
    }
}
