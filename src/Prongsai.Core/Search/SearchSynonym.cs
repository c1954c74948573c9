using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Search;

/// <summary>
/// Words a citizen may type for the same thing — an abbreviation and its long form, a loanword and the Thai word —
/// so that searching for one finds the others. Kept as data for the whole platform: the Operator adds groups as
/// offices meet new ones. Terms are written as people write them ("อบต."); queries compare their segmented words.
/// </summary>
public sealed class SearchSynonym
{
    public const int MaxTermsLength = 500;

    /// <summary>
    /// Made by the app, not the database: the seed rows have fixed ids, and a PostgreSQL identity sequence would not
    /// know about them (the first new row would collide with seed row 1).
    /// </summary>
    public Guid Id { get; set; }

    /// <summary>The terms of the group, separated by commas: "อบต., องค์การบริหารส่วนตำบล".</summary>
    public required string Terms { get; set; }

    public IReadOnlyList<string> TermList() => SplitTerms(Terms);

    public static IReadOnlyList<string> SplitTerms(string? terms) =>
        (terms ?? "").Split([',', '\n', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The groups a new platform starts with (also the migration's seed rows).</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        "อบต., องค์การบริหารส่วนตำบล",
        "ทต., เทศบาลตำบล",
        "ทม., เทศบาลเมือง",
        "ทน., เทศบาลนคร",
        "อบจ., องค์การบริหารส่วนจังหวัด",
        "อปท., องค์กรปกครองส่วนท้องถิ่น",
        "สขร.1, แบบสรุปผลการดำเนินการจัดซื้อจัดจ้าง",
        "ITA, การประเมินคุณธรรมและความโปร่งใส",
        "คอรัปชั่น, คอร์รัปชัน, คอรัปชัน, ทุจริต",
        "สินบน, ติดสินบน",
        "ร้องเรียน, ร้องทุกข์",
        "จัดซื้อจัดจ้าง, จัดซื้อ จัดจ้าง, พัสดุ",
        "ศพด., ศูนย์พัฒนาเด็กเล็ก",
        "รพ.สต., โรงพยาบาลส่งเสริมสุขภาพตำบล",
        "ปีงบประมาณ, ปีงบ",
    ];
}

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> b)
    {
        b.ToTable("SearchSynonyms");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Terms).HasMaxLength(SearchSynonym.MaxTermsLength);
        b.HasData(SearchSynonym.Defaults.Select((terms, i) => new SearchSynonym { Id = SeedId(i), Terms = terms }));
    }

    private static Guid SeedId(int index) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"5e000000-0000-4000-8000-{index + 1:D12}"));
}
