using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Jobs;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Auditing;

/// <summary>
/// Adds an AuditEntry for every row staff create, update or delete, in the same SaveChanges
/// (so a change and its record commit or fail together). A created row's generated key is only known
/// after the insert — before it EF holds a temporary negative number — so such records are completed
/// after the save (the key, keys of other new rows it points to) and saved again inside the same
/// transaction: the interceptor opens one when the caller has none.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock, IEnumerable<IConfidentialRows> confidentialRows) : SaveChangesInterceptor
{
    /// <summary>Stands for a secret, a contact or protected personal data: never copied.</summary>
    public const string Protected = "(ข้อมูลคุ้มครอง ไม่บันทึกค่า)";

    /// <summary>Stands for a value of a row only some people may read (<see cref="IConfidentialRows"/>).</summary>
    public const string Withheld = "(ข้อความลับ ไม่บันทึกค่า)";

    private readonly IConfidentialRows[] confidentialRows = confidentialRows.ToArray();
    private const int MaxValueLength = 300;

    /// <summary>Identity's secrets and contact fields: never copied.</summary>
    private static readonly HashSet<string> SecretOrContactProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Email", "NormalizedEmail", "PhoneNumber",
        "UserName", "NormalizedUserName", "Phone", "Address",
    };

    /// <summary>
    /// Identity's stamps: a new one alone is not a change anyone made to the account — signing out renews the security
    /// stamp — and the action that renewed it (sign-out, password reset, account closed) writes its own entry.
    /// </summary>
    private static readonly HashSet<string> StampProperties = new(StringComparer.Ordinal) { "SecurityStamp", "ConcurrencyStamp" };

    /// <summary>Bookkeeping rows whose changes are not staff actions.</summary>
    internal static readonly HashSet<Type> Unaudited =
    [
        typeof(AuditEntry), typeof(DataProtectionKey), typeof(ContentStamp), typeof(JobLease),
        typeof(Search.SearchEntry), typeof(Search.SearchIndexState), typeof(Ledger.LedgerFile),
        // Mail waiting in the outbox tells about a change that is audited itself; its address and text are personal data.
        typeof(Notifications.OutboxMail),
        // The deleted rows are audited as deletions (and restores as restore entries); their JSON copy is not.
        typeof(Trash.TrashItem),
    ];

    /// <summary>A record whose row had temporary values when it was written, and which properties they were.</summary>
    private sealed record Pending(AuditEntry Audit, EntityEntry Row, Dictionary<string, object?[]> Changes, IReadOnlyList<string> TemporaryProperties);

    private sealed class SaveState
    {
        public required DbContext Context { get; init; }
        public List<Pending> Pending { get; } = [];
        public Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? OwnTransaction { get; set; }
    }

    private SaveState? state;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (AddEntries(eventData.Context) is { } saving && saving.Pending.Count > 0 && saving.Context.Database.CurrentTransaction is null)
        {
            saving.OwnTransaction = saving.Context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (AddEntries(eventData.Context) is { } saving && saving.Pending.Count > 0 && saving.Context.Database.CurrentTransaction is null)
        {
            saving.OwnTransaction = await saving.Context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } saved)
        {
            using var transaction = saved.OwnTransaction;
            Complete(saved);
            saved.Context.SaveChanges();
            transaction?.Commit();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } saved)
        {
            await using var transaction = saved.OwnTransaction;
            Complete(saved);
            await saved.Context.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The save's pending records, once: the second save (of the completed records) finds none.</summary>
    private SaveState? Take(DbContext? context)
    {
        if (state is null || !ReferenceEquals(state.Context, context))
        {
            return null;
        }

        var taken = state;
        state = null;
        return taken.Pending.Count > 0 ? taken : null;
    }

    /// <summary>The first save failed: the transaction this interceptor opened is rolled back (disposing does it).</summary>
    private void Abandon(DbContext? context)
    {
        if (state is not null && ReferenceEquals(state.Context, context))
        {
            state.OwnTransaction?.Dispose();
            state = null;
        }
    }

    /// <summary>Replaces temporary values with the keys the database generated.</summary>
    private static void Complete(SaveState saved)
    {
        foreach (var pending in saved.Pending)
        {
            pending.Audit.EntityId = KeyOf(pending.Row);
            pending.Audit.OrganizationId = OrganizationOf(pending.Row);
            foreach (var name in pending.TemporaryProperties)
            {
                if (pending.Changes.TryGetValue(name, out var values))
                {
                    values[1] = Shorten(pending.Row.Property(name).CurrentValue);
                }
            }

            pending.Audit.Changes = pending.Changes.Count == 0 ? null : JsonSerializer.Serialize(pending.Changes, AuditJson.Options);
        }
    }

    private SaveState? AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var saving = new SaveState { Context = context };
        state = saving;

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
            if (action == AuditActions.Update && (changes.Count == 0 || changes.Keys.All(StampProperties.Contains)))
            {
                continue;
            }

            var audit = new AuditEntry
            {
                At = now,
                OrganizationId = OrganizationOf(entry),
                UserId = actor.UserId,
                UserName = actor.UserName,
                Entity = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = action,
                Changes = changes.Count == 0 ? null : JsonSerializer.Serialize(changes, AuditJson.Options),
            };
            context.Add(audit);
            var temporary = entry.Properties.Where(p => p.IsTemporary).Select(p => p.Metadata.Name).ToList();
            if (temporary.Count > 0)
            {
                saving.Pending.Add(new Pending(audit, entry, changes, temporary));
            }
        }

        return saving;
    }

    private static int? OrganizationOf(EntityEntry entry) => entry.Entity switch
    {
        ITenantOwned owned => owned.OrganizationId,
        Organizations.Organization org => org.Id <= 0 ? null : org.Id,
        Organizations.StaffUser user => user.OrganizationId,
        _ => null,
    };

    /// <summary>Keys are known only after insert for generated ids; "new" stands in until the record is completed.</summary>
    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        var values = key.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        if (entry.State == EntityState.Added
            && (values.All(v => v is null or 0 or 0L) || key.Properties.Any(p => entry.Property(p.Name).IsTemporary)))
        {
            return "new";
        }

        return string.Join(",", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private Dictionary<string, object?[]> Describe(EntityEntry entry)
    {
        var result = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        var withheld = WithheldOf(entry);
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

            if (withheld.Contains(name))
            {
                result[name] = [before is null ? null : Withheld, after is null ? null : Withheld];
                continue;
            }

            if (before is string beforeText && after is string afterText)
            {
                // A long text edited: the passage where it changed, so an edit late in it is still seen.
                var (passageBefore, passageAfter) = ChangedPassage.Around(beforeText, afterText, MaxValueLength);
                result[name] = [passageBefore, passageAfter];
                continue;
            }

            result[name] = [Shorten(before), Shorten(after)];
        }

        return result;
    }

    private HashSet<string> WithheldOf(EntityEntry entry)
    {
        var withheld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in confidentialRows)
        {
            withheld.UnionWith(rule.Withheld(entry));
        }

        return withheld;
    }

    private static object? Shorten(object? value) => value switch
    {
        null => null,
        string s => PlainText.Shorten(s, MaxValueLength + 1),
        bool or int or long or decimal or double => value,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
