using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Jobs;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses (Prongsai.Data) carry the migrations.
/// Every ITenantOwned entity is filtered to the current organization: with none chosen,
/// tenant queries return nothing. Platform code opts out with IgnoreQueryFilters().
/// </summary>
public class ProngsaiDbContext(DbContextOptions options, ICurrentOrganization currentOrganization)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>Read by the query filters at query time (EF parameterizes it per context).</summary>
    public int? CurrentOrganizationId => currentOrganization.OrganizationId;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationHost> OrganizationHosts => Set<OrganizationHost>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<StaffRoleAssignment> StaffRoles => Set<StaffRoleAssignment>();
    public DbSet<StaffDepartment> StaffDepartments => Set<StaffDepartment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ContentStamp> ContentStamps => Set<ContentStamp>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();

    public DbSet<MeasurePlan> MeasurePlans => Set<MeasurePlan>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureDepartment> MeasureDepartments => Set<MeasureDepartment>();
    public DbSet<MeasureStep> MeasureSteps => Set<MeasureStep>();
    public DbSet<MeasureResult> MeasureResults => Set<MeasureResult>();
    public DbSet<ProgressEntry> ProgressEntries => Set<ProgressEntry>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<MeasureReportVersion> MeasureReportVersions => Set<MeasureReportVersion>();

    public DbSet<DocumentCategory> DocumentCategories => Set<DocumentCategory>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<OrganizationPage> OrganizationPages => Set<OrganizationPage>();
    public DbSet<Executive> Executives => Set<Executive>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LedgerFile> LedgerFiles => Set<LedgerFile>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ProngsaiDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
                if (!LeadsAnIndex(entityType, nameof(ITenantOwned.OrganizationId)))
                {
                    builder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.OrganizationId));
                }
            }
        }
    }

    /// <summary>
    /// True when one of the table's own indexes starts with <paramref name="property"/>, so it already finds an
    /// organization's rows and an index of that column alone would only cost every write (and, on PostgreSQL, draw
    /// the planner away from a better index: SearchEntries' full-text index also starts with the organization).
    /// </summary>
    private static bool LeadsAnIndex(IMutableEntityType entityType, string property) =>
        entityType.GetIndexes().Any(index => index.Properties.Count > 1 && index.Properties[0].Name == property);

    private LambdaExpression TenantFilter(Type type)
    {
        // e => e.OrganizationId == this.CurrentOrganizationId
        var e = Expression.Parameter(type, "e");
        var organizationId = Expression.Convert(Expression.Property(e, nameof(ITenantOwned.OrganizationId)), typeof(int?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrganizationId));
        return Expression.Lambda(Expression.Equal(organizationId, current), e);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenantWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenantWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// New tenant rows take the current organization; a write to another organization's row
    /// is refused even if some code path loaded it without the filter.
    /// </summary>
    private void GuardTenantWrites()
    {
        var current = CurrentOrganizationId;
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.State == EntityState.Added && entry.Entity.OrganizationId == 0 && current is not null)
            {
                entry.Entity.OrganizationId = current.Value;
            }

            if (current is not null && entry.Entity.OrganizationId != current.Value)
            {
                throw new CrossTenantWriteException(entry.Metadata.ClrType.Name);
            }

            if (entry.Entity.OrganizationId == 0)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no organization.");
            }
        }
    }
}

public sealed class CrossTenantWriteException(string entity)
    : InvalidOperationException($"Refused to write {entity} of another organization.");
