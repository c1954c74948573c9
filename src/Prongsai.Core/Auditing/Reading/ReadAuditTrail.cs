using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>What to show: a person (user id), a date range in Bangkok days, an action and a kind; older than an entry id.</summary>
public sealed record AuditFilter(string? UserId = null, DateOnly? From = null, DateOnly? To = null, string? Action = null, string? Kind = null, long? Before = null);

/// <summary>
/// Reads an organization's audit trail newest first, filtered, with each entry described in Thai or English. Names
/// are looked up once per page: people by user id, items by kind and id (current names, for entries that record only
/// what changed), one query per kind on the page.
/// </summary>
public sealed class ReadAuditTrail(ProngsaiDbContext db)
{
    /// <summary>A page of entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditLine>> ReadAsync(int organizationId, AuditFilter filter, int take,
        AuditLanguage language = AuditLanguage.Thai, CancellationToken cancellationToken = default)
    {
        var entries = await Query(organizationId, filter).Take(take).ToListAsync(cancellationToken);
        return await DescribeAsync(organizationId, entries, language, cancellationToken);
    }

    /// <summary>Every matching entry, in pages, for the export (in Thai: the export is the record).</summary>
    public async IAsyncEnumerable<AuditLine> ReadAllAsync(int organizationId, AuditFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int batch = 500;
        var before = filter.Before;
        while (true)
        {
            var entries = await Query(organizationId, filter with { Before = before }).Take(batch).ToListAsync(cancellationToken);
            foreach (var line in await DescribeAsync(organizationId, entries, AuditLanguage.Thai, cancellationToken))
            {
                yield return line;
            }

            if (entries.Count < batch)
            {
                yield break;
            }

            before = entries[^1].Id;
        }
    }

    /// <summary>Staff of the organization for the person filter, in Thai name order.</summary>
    public async Task<IReadOnlyList<(string UserId, string Name)>> PeopleAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var people = await db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return people.OrderBy(p => p.DisplayName, ThaiCollation.Comparer).Select(p => (p.Id, p.DisplayName)).ToList();
    }

    private IQueryable<AuditEntry> Query(int organizationId, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrganizationId == organizationId);
        if (!string.IsNullOrEmpty(filter.UserId))
        {
            query = query.Where(a => a.UserId == filter.UserId);
        }

        if (filter.From is { } from)
        {
            var start = StartOfBangkokDay(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfBangkokDay(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }

        if (!string.IsNullOrEmpty(filter.Kind))
        {
            query = query.Where(a => a.Entity == filter.Kind);
        }

        if (filter.Before is { } beforeId)
        {
            query = query.Where(a => a.Id < beforeId);
        }

        return query.OrderByDescending(a => a.Id);
    }

    /// <summary>Midnight in Bangkok, in UTC (the form the trail is stamped in, so SQLite compares like with like).</summary>
    private static DateTimeOffset StartOfBangkokDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, BangkokTime.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task<IReadOnlyList<AuditLine>> DescribeAsync(int organizationId, List<AuditEntry> entries, AuditLanguage language,
        CancellationToken cancellationToken)
    {
        var names = new AuditNames();
        var fields = entries.ToDictionary(e => e.Id, e => AuditChanges.Parse(e.Changes));

        var userIds = entries.Select(e => e.UserId)
            .Concat(entries.Where(e => e.Entity == "StaffUser").Select(e => e.EntityId))
            .Concat(fields.Values.Select(f => AuditChanges.Text(f, "UserId")))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var user in await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                     .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
        {
            names.AddPerson(user.Id, user.DisplayName);
        }

        // Small lists, read whole: they name the ids inside changes ("DepartmentId": [3, 5]).
        foreach (var d in await db.Departments.AsNoTracking().Where(d => d.OrganizationId == organizationId)
                     .Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
        {
            names.AddItem("Department", Id(d.Id), d.Name);
        }

        foreach (var c in await db.DocumentCategories.AsNoTracking().Where(c => c.OrganizationId == organizationId)
                     .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
        {
            names.AddItem("DocumentCategory", Id(c.Id), c.Name);
        }

        foreach (var (entity, ids) in WantedIds(entries, fields))
        {
            if (AuditKinds.For(entity).Lookup is { } lookup) // the fallback kind has none
            {
                foreach (var item in await lookup(db, organizationId, ids, cancellationToken))
                {
                    names.AddItem(entity, Id(item.Id), item.Name);
                }
            }
        }

        return entries.Select(e => AuditDescriber.Describe(e, names, language)).ToList();
    }

    /// <summary>Ids per kind: the entries' own items and the parents their sentences name.</summary>
    private static Dictionary<string, List<int>> WantedIds(List<AuditEntry> entries, Dictionary<long, IReadOnlyList<AuditField>> fields)
    {
        var ids = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        void Add(string kind, string? id)
        {
            if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                (ids.TryGetValue(kind, out var set) ? set : ids[kind] = []).Add(value);
            }
        }

        foreach (var entry in entries)
        {
            Add(entry.Entity, entry.EntityId);
            if (AuditKinds.For(entry.Entity).Parent is { } parent)
            {
                Add(parent.Kind, AuditChanges.Text(fields[entry.Id], parent.Field));
            }

            Add("Measure", AuditChanges.Text(fields[entry.Id], "MeasureId"));
        }

        return ids.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
