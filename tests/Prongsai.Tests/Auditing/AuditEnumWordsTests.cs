using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Data;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Auditing;

public sealed class AuditEnumWordsTests
{
    /// <summary>
    /// The trail reads a recorded enum value in Thai from a list of enums kept by hand (AuditEnums). A field added
    /// later with a new enum would read "(ค่าที่ระบบกำหนด)" until someone remembered the list: this test remembers.
    /// </summary>
    [Fact]
    public async Task Every_enum_field_the_trail_records_has_thai_words()
    {
        await using var scope = Apps.For(DbProvider.Sqlite).Scope();
        var model = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Model;

        var missing = model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !AuditInterceptor.Unaudited.Contains(t.ClrType))
            .SelectMany(t => t.GetProperties().Select(p => (Entity: t.ClrType.Name, Field: p.Name, Type: Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)))
            .Where(f => f.Type.IsEnum && !AuditEnums.HasWords(f.Type))
            .Select(f => $"{f.Entity}.{f.Field} ({f.Type.Name})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Enums the trail cannot say in Thai: " + string.Join(", ", missing));
    }
}
