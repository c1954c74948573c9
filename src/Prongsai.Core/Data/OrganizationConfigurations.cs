using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Jobs;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Slug).HasMaxLength(40);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.NameEnglish).HasMaxLength(200);
        b.Property(o => o.Province).HasMaxLength(100);
        b.Property(o => o.District).HasMaxLength(100);
        b.Property(o => o.Address).HasMaxLength(500);
        b.Property(o => o.Phone).HasMaxLength(50);
        b.Property(o => o.Email).HasMaxLength(200);
        b.Property(o => o.FacebookUrl).HasMaxLength(OnlineChannels.Length);
        b.Property(o => o.LineUrl).HasMaxLength(OnlineChannels.Length);
        b.Property(o => o.YouTubeUrl).HasMaxLength(OnlineChannels.Length);
        b.Property(o => o.LogoFileKey).HasMaxLength(200);
        b.HasMany(o => o.Hosts).WithOne().HasForeignKey(h => h.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganizationHostConfiguration : IEntityTypeConfiguration<OrganizationHost>
{
    public void Configure(EntityTypeBuilder<OrganizationHost> b)
    {
        b.Property(h => h.HostName).HasMaxLength(253);
        b.HasIndex(h => h.HostName).IsUnique();
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Name).HasMaxLength(200);
        b.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffRoleAssignmentConfiguration : IEntityTypeConfiguration<StaffRoleAssignment>
{
    public void Configure(EntityTypeBuilder<StaffRoleAssignment> b)
    {
        b.HasIndex(r => new { r.UserId, r.OrganizationId, r.Role }).IsUnique();
        b.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffDepartmentConfiguration : IEntityTypeConfiguration<StaffDepartment>
{
    public void Configure(EntityTypeBuilder<StaffDepartment> b)
    {
        b.HasIndex(r => new { r.UserId, r.DepartmentId }).IsUnique();
        b.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Entity).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(40);
        b.HasIndex(a => new { a.OrganizationId, a.At });
    }
}

internal sealed class ContentStampConfiguration : IEntityTypeConfiguration<ContentStamp>
{
    public void Configure(EntityTypeBuilder<ContentStamp> b)
    {
        b.HasKey(s => s.OrganizationId);
        b.Property(s => s.OrganizationId).ValueGeneratedNever();
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Holder).HasMaxLength(200);
    }
}
