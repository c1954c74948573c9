using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

internal sealed class CountedServiceConfiguration : IEntityTypeConfiguration<CountedService>
{
    public void Configure(EntityTypeBuilder<CountedService> b)
    {
        b.ToTable("CountedServices");
        b.Property(s => s.Name).HasMaxLength(ServiceStatisticsRules.Name);
        b.Property(s => s.Unit).HasMaxLength(ServiceStatisticsRules.Unit);
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.SetNull);

        // One service of a name per office, retired or not, so a month's figures are never split between two of them.
        b.HasIndex(s => new { s.OrganizationId, s.Name }).IsUnique();
    }
}

internal sealed class ServiceMonthCountConfiguration : IEntityTypeConfiguration<ServiceMonthCount>
{
    public void Configure(EntityTypeBuilder<ServiceMonthCount> b)
    {
        b.ToTable("ServiceMonthCounts");
        b.Property(c => c.RecordedBy).HasMaxLength(200);
        b.HasOne<CountedService>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);

        // One figure per service and month; the year's table reads an organization's months in a range.
        b.HasIndex(c => new { c.OrganizationId, c.Month, c.ServiceId }).IsUnique();
        b.HasIndex(c => c.ServiceId);
    }
}
