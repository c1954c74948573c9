using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Prongsai.Core.Caching;
using Prongsai.Core.Jobs;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Auditing;

/// <summary>
/// Adds an AuditEntry for every row staff create, update or delete, in the same SaveChanges
/// (so a change and its record commit or fail together).
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private const string Protected = "(ข้อมูลคุ้มครอง ไม่บันทึกค่า)";
    private const int MaxValueLength = 300;

    /// <summary>Identity's secrets and contact fields: never copied.</summary>
    private static readonly HashSet<string> SecretOrContactProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Email", "NormalizedEmail", "PhoneNumber",
        "UserName", "NormalizedUserName", "Phone", "Address",
    };

    /// <summary>Bookkeeping rows whose changes are not staff actions.</summary>
    private static readonly HashSet<Type> Unaudited =
    [
        typeof(AuditEntry), typeof(DataProtectionKey), typeof(ContentStamp), typeof(JobLease),
        typeof(Search.SearchEntry), typeof(Ledger.LedgerFile),
        // The deleted rows are audited as deletions (and restores as restore entries); their JSON copy is not.
        typeof(Trash.TrashItem),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !Unaudited.Contains(e.Entity.GetType()) && !e.Metadata.IsOwned())
            .ToList();

        foreach (var entry in entries)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };
            var changes = Describe(entry);
            if (action == AuditActions.Update && changes.Count == 0)
            {
                continue;
            }

            context.Add(new AuditEntry
            {
                At = now,
                OrganizationId = OrganizationOf(entry),
                UserId = actor.UserId,
                UserName = actor.UserName,
                Entity = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = action,
                Changes = changes.Count == 0 ? null : JsonSerializer.Serialize(changes, AuditJson.Options),
            });
        }
    }

    private static int? OrganizationOf(EntityEntry entry) => entry.Entity switch
    {
        ITenantOwned owned => owned.OrganizationId,
        Organizations.Organization org => org.Id == 0 ? null : org.Id,
        Organizations.StaffUser user => user.OrganizationId,
        _ => null,
    };

    /// <summary>Keys are known only after insert for generated ids; "new" stands in then.</summary>
    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        var values = key.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        if (entry.State == EntityState.Added && values.All(v => v is null or 0 or 0L))
        {
            return "new";
        }

        return string.Join(",", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, object?[]> Describe(EntityEntry entry)
    {
        var result = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var isProtected = SecretOrContactProperties.Contains(name)
                || property.Metadata.PropertyInfo?.GetCustomAttribute<ProtectedPersonalDataAttribute>() is not null;

            object? before = entry.State == EntityState.Added ? null : property.OriginalValue;
            object? after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            if (entry.State == EntityState.Modified && Equals(before, after))
            {
                continue;
            }

            if (isProtected)
            {
                result[name] = [before is null ? null : Protected, after is null ? null : Protected];
                continue;
            }

            result[name] = [Shorten(before), Shorten(after)];
        }

        return result;
    }

    private static object? Shorten(object? value) => value switch
    {
        null => null,
        string s when s.Length > MaxValueLength => string.Concat(s.AsSpan(0, MaxValueLength), "…"),
        string s => s,
        bool or int or long or decimal or double => value,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
