using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Data;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Auditing;

/// <summary>
/// The trail speaks of every kind of record the product writes, and of every field of it, in both languages. A table or
/// field added later would otherwise read as "ข้อมูลอื่นของระบบ" or be silently left out of the changes: these tests
/// remember the lists (<see cref="AuditKinds"/>, <see cref="AuditWords"/>) for whoever adds it.
/// </summary>
public sealed partial class AuditKindCoverageTests
{
    private static async Task<List<IEntityType>> AuditedTypesAsync()
    {
        await using var scope = Apps.For(DbProvider.Sqlite).Scope();
        var model = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Model;
        return model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !AuditInterceptor.Unaudited.Contains(t.ClrType))
            // ASP.NET Identity's own tables (roles, claims, logins, tokens): the product never writes them.
            .Where(t => t.ClrType.Namespace != "Microsoft.AspNetCore.Identity")
            .ToList();
    }

    [Fact]
    public async Task Every_audited_kind_of_record_has_a_noun_in_both_languages()
    {
        var missing = (await AuditedTypesAsync()).Select(t => t.ClrType.Name).Where(name => !AuditKinds.IsKnown(name)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Kinds the trail cannot name (add them to AuditKinds): " + string.Join(", ", missing));
        Assert.All(AuditKinds.All, kind =>
        {
            Assert.Matches(ThaiLetter(), kind.Noun);
            Assert.DoesNotMatch(ThaiLetter(), kind.NounEnglish);
            Assert.Equal(kind.NounEnglish, kind.NounEnglish.Trim());
        });
    }

    [Fact]
    public async Task Every_audited_field_is_named_or_declared_bookkeeping()
    {
        var missing = (await AuditedTypesAsync())
            .SelectMany(t => t.GetProperties().Select(p => (Kind: AuditKinds.For(t.ClrType.Name), Entity: t.ClrType.Name, Field: p.Name)))
            .Where(f => f.Kind.LabelOf(f.Field) is null && !AuditWords.Bookkeeping.Contains(f.Field))
            .Select(f => $"{f.Entity}.{f.Field}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0,
            "Fields neither named (AuditFieldLabels or the kind's Labels) nor declared bookkeeping: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_enum_field_the_trail_records_has_english_words()
    {
        var missing = (await AuditedTypesAsync())
            .SelectMany(t => t.GetProperties().Select(p => (Entity: t.ClrType.Name, Field: p.Name, Type: Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)))
            .Where(f => f.Type.IsEnum && !AuditEnums.HasEnglishWords(f.Type))
            .Select(f => $"{f.Entity}.{f.Field} ({f.Type.Name})")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "Enums the trail cannot say in English: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_action_and_field_label_has_its_english()
    {
        Assert.All(AuditWords.Actions, a =>
        {
            Assert.Matches(ThaiLetter(), a.Verb.Thai + a.Label.Thai);
            Assert.DoesNotMatch(ThaiLetter(), a.Verb.English + a.Label.English);
        });
        Assert.All(AuditWords.FieldLabels.Values.Concat(AuditKinds.All.SelectMany(k => k.Labels.Values)),
            label => Assert.DoesNotMatch(ThaiLetter(), label.English));
        Assert.Empty(AuditWords.FieldLabels.Keys.Intersect(AuditWords.Bookkeeping));
    }

    [GeneratedRegex(@"\p{IsThai}")]
    private static partial Regex ThaiLetter();
}
